package org.nashir.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nashir.security.ApiTokens;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks the admin API's bearer token before anything else of the request is read, so that a caller
 * without a valid token learns only that (401), whatever the body or the path holds.
 */
@Configuration
class AdminApiAuthentication implements WebMvcConfigurer {

    static final String CALLER = AdminApiAuthentication.class.getName() + ".caller";

    private final ApiTokens tokens;

    AdminApiAuthentication(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if ("OPTIONS".equals(request.getMethod())) {
                    return true; // answered by Spring itself with the methods allowed: nothing of the API is reached
                }
                String header = request.getHeader(HttpHeaders.AUTHORIZATION);
                if (header == null || !header.startsWith("Bearer ")) {
                    throw new ApiUnauthorizedException("api.token.missing");
                }
                ApiTokens.Caller caller = tokens.authenticate(header.substring("Bearer ".length()).strip())
                        .orElseThrow(() -> new ApiUnauthorizedException("api.token.invalid"));
                request.setAttribute(CALLER, caller);
                return true;
            }
        }).addPathPatterns("/api/v1/admin/**");
    }
}
