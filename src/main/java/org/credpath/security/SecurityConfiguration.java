package org.credpath.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The access model, in one place: catalog browsing, health and the API documents are public; everything else under
 * {@code /api} needs a bearer token with a credpath role; admin paths need ADMIN; paths naming a learner
 * ({@code /api/learners/{id}/...}) need the access level below for that learner ({@link LearnerAccess}), and any
 * such path not listed here needs the strictest ({@link Access#OWN}), so a new learner endpoint is closed until
 * someone opens it. The web app's pages and libraries ({@code /}, {@code /app/**}, {@code /webjars/**}) are public:
 * they hold no data, and every datum they show comes from the API under these same rules, authenticated by the
 * session cookie ({@link SessionCookie}) instead of the header. Anything outside these paths is refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Lets Swagger UI run (its styles are inline) and nothing be framed or load foreign content. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] ROLES = {"LEARNER", "ADVISER", "EMPLOYER", "ADMIN"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, LearnerAccess learners, SecurityProperties properties, JwtDecoder decoder,
                            Cors cors) throws Exception {
        var problems = new ProblemResponses();
        var local = properties.effectiveMode() == SecurityProperties.Mode.LOCAL;
        http
                // Spring's CSRF (for HttpSession logins) is off: bearer calls carry nothing a forged request could ride on,
                // and the web app's cookie session has its own check (SessionCsrfFilter)
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new SessionCsrfFilter(), BearerTokenAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .cors(c -> c.configurationSource(cors.source()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(o -> o.bearerTokenResolver(new SessionTokenResolver()).authenticationEntryPoint(problems).accessDeniedHandler(problems)
                        .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(new TokenClaims(properties)))
                        // RFC 9728 metadata at /.well-known/oauth-protected-resource: where clients get tokens
                        .protectedResourceMetadata(m -> m.protectedResourceMetadataCustomizer(b -> {
                            b.tlsClientCertificateBoundAccessTokens(false);
                            if (SecurityProperties.present(properties.issuerUri())) {
                                b.authorizationServer(properties.issuerUri());
                            }
                        })))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                            "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    a.requestMatchers("/", "/index.html", "/favicon.ico", "/app/**", "/webjars/**").permitAll();
                    if (local) {
                        a.requestMatchers(HttpMethod.POST, "/api/dev/token").permitAll();
                    }
                    a.requestMatchers(HttpMethod.GET, "/api/credentials", "/api/credentials/**", "/api/providers", "/api/providers/**",
                            "/api/skills", "/api/skills/**", "/api/occupations", "/api/occupations/**").permitAll();
                    a.requestMatchers("/api/admin/**", "/actuator/**").hasRole("ADMIN");
                    a.requestMatchers(HttpMethod.GET, "/api/learners/{id}", "/api/learners/{id}/audit/**", "/api/learners/{id}/stacking",
                            "/api/learners/{id}/skill-gap").access(learners.onPath(Access.VIEW));
                    a.requestMatchers(HttpMethod.POST, "/api/learners/{id}/audit/joint").access(learners.onPath(Access.VIEW));
                    a.requestMatchers(HttpMethod.GET, "/api/learners/{id}/plan/**", "/api/learners/{id}/next-steps",
                            "/api/learners/{id}/route").access(learners.onPath(Access.PLAN));
                    // an adviser's exceptions: read with the record; made and withdrawn by the granted adviser or an admin
                    // (PLAN lets the learner through to the service, which refuses them: LearnerAccess.requireAdviser)
                    a.requestMatchers(HttpMethod.GET, "/api/learners/{id}/exceptions").access(learners.onPath(Access.VIEW));
                    a.requestMatchers("/api/learners/{id}/exceptions", "/api/learners/{id}/exceptions/*").access(learners.onPath(Access.PLAN));
                    a.requestMatchers(HttpMethod.PUT, "/api/learners/{id}/programmes/*").access(learners.onPath(Access.PLAN));
                    a.requestMatchers(HttpMethod.POST, "/api/learners/{id}/prior-learning", "/api/learners/{id}/prior-learning/suggestions",
                                    "/api/learners/{id}/holdings")
                            .access(learners.onPath(Access.PLAN));
                    a.requestMatchers("/api/learners/{id}/**").access(learners.onPath(Access.OWN));
                    a.requestMatchers("/api/**").hasAnyRole(ROLES);
                    a.anyRequest().denyAll();
                });
        return http.build();
    }

    /** Spring Security picks this bean up for the requests its firewall refuses. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new RequestRejections();
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties, org.springframework.beans.factory.ObjectProvider<LocalTokens> local) {
        var verifier = properties.effectiveMode() == SecurityProperties.Mode.LOCAL ? local.getObject().decoder() : OidcTokens.decoder(properties);
        return new VerifiedTokens(verifier, Clock.systemUTC(), Duration.ofMinutes(5), 10_000);
    }
}
