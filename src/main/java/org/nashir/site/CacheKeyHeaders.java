package org.nashir.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nashir.shared.SurrogateKeys;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Sends the content names of a reader page before its template writes the body (see {@link SurrogateKeys}). */
@Configuration
class CacheKeyHeaders implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView view) {
                if (view != null && view.getModel().get("page") instanceof ReaderPage page
                        && page.layout().cacheKeys() != null) {
                    response.setHeader(SurrogateKeys.HEADER, page.layout().cacheKeys().toString());
                }
            }
        });
    }
}
