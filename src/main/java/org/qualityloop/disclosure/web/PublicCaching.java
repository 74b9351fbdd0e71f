package org.qualityloop.disclosure.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public pages and open data carry an ETag of what they send (beside their Last-Modified), so a portal's cache or
 * a harvester fetching the feed again gets 304 for nothing changed.
 */
@Configuration(proxyBeanMethods = false)
class PublicCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/public", "/public/*");
        registration.setName("publicEtags");
        return registration;
    }
}
