package org.nashir.cache;

import org.nashir.settings.SiteAddress;
import org.nashir.shared.FilterOrder;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The page cache answers first; the load shedder right behind it bounds what reaches the application. */
@Configuration
class CacheConfiguration {

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, CacheProperties properties, SiteAddress address) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
                new PageCacheFilter(cache, properties.http(), address::configured));
        registration.setOrder(FilterOrder.PAGE_CACHE);
        return registration;
    }

    /**
     * A kept page leaves in one write: Tomcat's default 8 KB socket buffer sends a 25 KB story page in
     * four system calls, which cost more than everything else a cache hit does.
     */
    @Bean
    TomcatConnectorCustomizer wholePageWrites() {
        return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(64 * 1024));
    }

    @Bean
    FilterRegistrationBean<LoadShedding> loadShedding(CacheProperties properties) {
        FilterRegistrationBean<LoadShedding> registration = new FilterRegistrationBean<>(new LoadShedding(properties.overload()));
        registration.setOrder(FilterOrder.LOAD_SHEDDING);
        return registration;
    }
}
