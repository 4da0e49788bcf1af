package org.nashir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nashir.article.SchedulerProperties;
import org.nashir.cache.CacheProperties;
import org.nashir.search.SearchProperties;
import org.nashir.seo.SitemapProperties;
import org.nashir.shared.OutboundProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * A setting out of its range stops the start with its name, instead of surfacing later in a request or a log.
 * An integration test only for the JVM it runs in: the unit tests' JVM carries the fuzz tests' agent, whose
 * instrumented classes lose the parameter names Spring binds settings records by.
 */
class SettingsIntegrationTests {

    @Configuration
    @EnableConfigurationProperties({SearchProperties.class, SitemapProperties.class, SchedulerProperties.class,
            CacheProperties.class, OutboundProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void theDefaultsStart() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(SitemapProperties.class).partSize()).isEqualTo(10_000);
            assertThat(context.getBean(OutboundProperties.class).allowedHosts()).isEmpty();
        });
    }

    @Test
    void aValueOutOfRangeStopsTheStartNamingTheSetting() {
        for (String setting : new String[] {"nashir.sitemap.part-size=60000", "nashir.sitemap.part-size=0",
                "nashir.search.check-every=PT0S", "nashir.search.protocol=ftp", "nashir.scheduler.interval=PT0.001S",
                "nashir.cache.cluster-poll=PT0S"}) {
            String field = camelCase(setting.substring(0, setting.indexOf('=')).replaceAll(".*\\.", ""));
            runner.withPropertyValues(setting).run(context -> assertThat(context).as(setting).hasFailed()
                    .getFailure().rootCause().hasMessageContaining("on field '" + field + "'"));
        }
    }

    @Test
    void blankEntriesInAListOfHostsAreIgnored() {
        runner.withPropertyValues("nashir.outbound.allowed-hosts=partner.local,, ").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(OutboundProperties.class).allowedHosts()).contains("partner.local");
        });
    }

    private static String camelCase(String kebab) {
        java.util.regex.Matcher dash = java.util.regex.Pattern.compile("-(.)").matcher(kebab);
        return dash.replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
    }
}
