package org.credpath.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Which browser origins may call the API ({@code credpath.cors.allowed-origins}, e.g. {@code https://app.example.org};
 * patterns such as {@code https://*.example.org} work). None by default: browsers on other origins are refused.
 * Tokens travel in the Authorization header, never in cookies, so credentials are not allowed.
 */
@ConfigurationProperties("credpath.cors")
record Cors(@DefaultValue List<String> allowedOrigins, @DefaultValue("3600") long maxAgeSeconds) {

    CorsConfigurationSource source() {
        var source = new UrlBasedCorsConfigurationSource();
        if (!allowedOrigins.isEmpty()) {
            var config = new CorsConfiguration();
            config.setAllowedOriginPatterns(allowedOrigins);
            config.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
            config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
            config.setExposedHeaders(List.of("WWW-Authenticate", "Location"));
            config.setAllowCredentials(false);
            config.setMaxAge(maxAgeSeconds);
            source.registerCorsConfiguration("/api/**", config);
        }
        return source;
    }
}
