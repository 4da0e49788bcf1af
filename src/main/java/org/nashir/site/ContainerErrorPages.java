package org.nashir.site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.nashir.shared.Messages;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Some requests are refused by Tomcat before any of our code runs (a path that climbs out with
 * {@code ..}, an invalid percent-encoding). Tomcat would answer those with its English report page;
 * this answers them with a short Arabic page instead, with no server name or version in it.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ArabicErrorReportValve.class.getName());
            }
        });
    }

    public static class ArabicErrorReportValve extends ErrorReportValve {

        private static final String PAGE = """
                <!DOCTYPE html>
                <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>%s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body><main><h1>%s</h1><p>%s <a href="/">%s</a></p></main></body></html>
                """.formatted(Messages.text("problem.invalid"), Messages.text("error.client"),
                Messages.text("error.container.detail"), Messages.text("error.home-link"));

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                // refused before the application's filters run, so their browser policy is set here: this page needs nothing
                response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "no-referrer");
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(PAGE);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was committed: nothing more can be said
            }
        }
    }
}
