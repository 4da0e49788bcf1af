package org.nashir;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A second, whole site beside the shared test context, on its own fresh database, for tests that need other settings. */
public final class TestSites {

    private TestSites() {
    }

    public static ConfigurableApplicationContext start(String kind, Map<String, String> settings) {
        Map<String, String> properties = new LinkedHashMap<>(TestDatabase.fresh(kind));
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.putAll(settings);
        // as arguments: they must win over application.yml, as the test context's own do
        return new SpringApplicationBuilder(NashirApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext site) {
        return ((WebServerApplicationContext) site).getWebServer().getPort();
    }
}
