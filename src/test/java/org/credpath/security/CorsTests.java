package org.credpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CorsTests {

    @Test
    void allowsOnlyConfiguredOriginsOnTheApi() {
        var source = new Cors(List.of("https://app.example.org", "https://*.uni.example"), 600).source();
        var config = source.getCorsConfiguration(new MockHttpServletRequest("GET", "/api/credentials"));
        assertThat(config).isNotNull();
        assertThat(config.checkOrigin("https://app.example.org")).isEqualTo("https://app.example.org");
        assertThat(config.checkOrigin("https://lms.uni.example")).isEqualTo("https://lms.uni.example");
        assertThat(config.checkOrigin("https://evil.example")).isNull();
        assertThat(config.getAllowCredentials()).isFalse();
        assertThat(config.getAllowedHeaders()).contains("Authorization");
        assertThat(source.getCorsConfiguration(new MockHttpServletRequest("GET", "/actuator/health"))).isNull();
    }

    @Test
    void allowsNoOriginByDefault() {
        var source = new Cors(List.of(), 3600).source();
        assertThat(source.getCorsConfiguration(new MockHttpServletRequest("GET", "/api/credentials"))).isNull();
    }
}
