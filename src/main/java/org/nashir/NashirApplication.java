package org.nashir;

import java.time.Clock;
import org.nashir.shared.NashirProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableConfigurationProperties(NashirProperties.class)
public class NashirApplication {

    public static void main(String[] args) {
        SpringApplication.run(NashirApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
