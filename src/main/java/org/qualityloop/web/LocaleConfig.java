package org.qualityloop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages are in Chinese until the user picks English ({@code ?lang=en}, remembered in a cookie). API
 * clients are programs, not browsers with a preference set once: they get what they ask for with
 * {@code Accept-Language}, Chinese otherwise.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ql-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(LocaleConfig::defaultLocale);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("Accept-Language") != null) {
            Locale asked = request.getLocale();
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst()
                    .orElse(Locale.SIMPLIFIED_CHINESE);
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
