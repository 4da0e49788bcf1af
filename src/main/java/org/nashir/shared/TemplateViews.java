package org.nashir.shared;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered into UTF-8 bytes in memory, then sent in one write with their length. The
 * starter's view writes through the servlet writer instead: every small piece of a template passes
 * through several response wrappers and a character encoder, which cost more than the template
 * itself; here the templates' fixed text is encoded once, when they are compiled.
 */
@Configuration
class TemplateViews {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
        return new JteViewResolver(engine, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new BytesView(engine);
            }

            @Override
            protected Class<?> requiredViewClass() {
                // the starter's constructor names its own view class, which must pass this check
                return AbstractTemplateView.class;
            }
        };
    }

    static final class BytesView extends AbstractTemplateView {

        private final TemplateEngine engine;

        BytesView(TemplateEngine engine) {
            this.engine = engine;
        }

        @Override
        public boolean checkResource(Locale locale) {
            return engine.hasTemplate(getUrl());
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                HttpServletResponse response) throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput();
            engine.render(getUrl(), model, output);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
