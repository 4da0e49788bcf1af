package org.nashir.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETag and 304 on everything the public reads: pages, feeds, sitemaps and the API. The tag is a hash
 * of the response, so a client that already has the bytes gets a 304 whatever produced them. The hash is
 * CRC-32C and the length, not Spring's MD5: a tag needs no resistance to forgery, and MD5 took a sixth of
 * an uncached story page's time.
 * Staff pages change under one person's hands and are never cached; image variants carry their own
 * year-long immutable caching and are too large to hash on every request.
 */
@Configuration
class ConditionalRequests {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        PublicEtags etags = new PublicEtags();
        // weak: the same page compressed or not is the same page, and Tomcat compresses nothing under a strong tag
        etags.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
        registration.setOrder(FilterOrder.CONDITIONAL_REQUESTS);
        return registration;
    }

    private static final class PublicEtags extends ShallowEtagHeaderFilter {
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return StaffPaths.matches(request) || request.getServletPath().startsWith("/media/");
        }

        @Override
        protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
            CheckedInputStream summed = new CheckedInputStream(body, new CRC32C());
            long length = summed.transferTo(OutputStream.nullOutputStream());
            return (isWeak ? "W/\"" : "\"") + Long.toHexString(summed.getChecksum().getValue()) + "-"
                    + Long.toHexString(length) + "\"";
        }
    }
}
