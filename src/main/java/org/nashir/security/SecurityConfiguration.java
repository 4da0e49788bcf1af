package org.nashir.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nashir.shared.FilterOrder;
import org.nashir.shared.NashirProperties;
import org.nashir.shared.StaffPaths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Readers need no account; the back office (/admin) and previews need a signed-in member of staff.
 * Form login with CSRF protection, sessions in the database, throttled sign-in.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String LOGIN = "/admin/login";

    @Bean
    SecurityFilterChain security(HttpSecurity http, LoginThrottle throttle, JdbcTemplate jdbc, SecurityProperties properties)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, "/admin/setup/**", "/admin/denied").permitAll()
                        .requestMatchers("/admin/**", "/preview/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/admin/stories", false)
                        .failureUrl(LOGIN + "?error"))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN + "?signedOut"))
                // readers have no session and nothing to change; only the back office needs CSRF tokens
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::writesToBackOffice))
                // staff pages are never stored; public responses carry ETags instead (see ConditionalRequests)
                // SecurityHeaders writes the rest first on every response, refusals written before this chain included
                .headers(headers -> headers.defaultsDisabled()
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(StaffPaths::matches,
                                new CacheControlHeadersWriter())))
                .exceptionHandling(errors -> errors.accessDeniedPage("/admin/denied"))
                .addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                // before anything asks who is signed in: the account as it is now
                .addFilterAfter(new AccountRefresh(jdbc), SecurityContextHolderFilter.class)
                // once the account is known (a stranger's write is refused unread) and before the CSRF check reads the body
                .addFilterAfter(new RequestBodies(properties.maxRequestBody().toBytes(), properties.bodyRate()),
                        AccountRefresh.class);
        return http.build();
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(SecurityProperties properties, NashirProperties nashir) {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(
                new SecurityHeaders(properties.hsts(), nashir.baseUrl()));
        registration.setOrder(FilterOrder.SECURITY_HEADERS);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(SecurityProperties properties) {
        FilterRegistrationBean<RequestLimits> registration = new FilterRegistrationBean<>(new RequestLimits(properties.rateLimits()));
        registration.setOrder(FilterOrder.REQUEST_LIMITS);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> unreadBodies(SecurityProperties properties) {
        return factory -> factory.addEngineValves(new UnreadBodies(properties.bodyRate()));
    }

    /** A method that changes nothing and carries no body (Tomcat itself refuses TRACE). */
    static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
    }

    /** A request that changes something in the back office or a preview: what needs a CSRF token and an account. */
    static boolean writesToBackOffice(HttpServletRequest request) {
        String path = request.getServletPath();
        return !isSafe(request.getMethod()) && (path.startsWith("/admin") || path.startsWith("/preview"));
    }

    @Bean
    UserDetailsService staffDetails(StaffUserRepository users) {
        return username -> users.findByUsername(StaffAccounts.normalize(username))
                .map(StaffPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
    }

    /** Refuses a sign-in attempt before the password is even checked when its account or address is throttled. */
    private static final class ThrottleFilter extends OncePerRequestFilter {
        private final LoginThrottle throttle;

        ThrottleFilter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && LOGIN.equals(request.getServletPath())
                    && !throttle.admit(request.getParameter("username"), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + LOGIN + "?throttled");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
