package org.credpath.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * While the start waits for the database, the API answers at once with a 503 problem ({@code database-unavailable},
 * {@code Retry-After}) rather than each request waiting out the driver's connection timeout, and nothing reads or
 * writes before the schema migrations have run. Development tokens need no database and stay available.
 */
@Configuration(proxyBeanMethods = false)
class StartGate implements WebMvcConfigurer {

    private final SchemaInitializer schema;

    StartGate(SchemaInitializer schema) {
        this.schema = schema;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!schema.current()) {
                    throw new DataAccessResourceFailureException("Not ready: the service waits for " + schema.waitingFor());
                }
                return true;
            }
        }).addPathPatterns("/api/**").excludePathPatterns("/api/dev/**");
    }
}
