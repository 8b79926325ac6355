package org.credpath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;

/**
 * Production mode against a stand-in OpenID Connect provider on the loopback interface (discovery document and key
 * set, as Keycloak publishes them): tokens are checked for signature, issuer, lifetime and audience.
 */
class OidcTokensTests {

    private HttpServer provider;
    private String issuer;
    private final AtomicInteger requests = new AtomicInteger();
    private JwtEncoder issuerKey;
    private JwtEncoder strangerKey;

    @BeforeEach
    void startProvider() throws Exception {
        var key = rsaKey("k1");
        issuerKey = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        strangerKey = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(rsaKey("k1"))));
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/credpath";
        serve("/realms/credpath/.well-known/openid-configuration", "{\"issuer\": \"" + issuer + "\", \"jwks_uri\": \"" + issuer
                + "/protocol/openid-connect/certs\", \"subject_types_supported\": [\"public\"], \"id_token_signing_alg_values_supported\": [\"RS256\"]}");
        serve("/realms/credpath/protocol/openid-connect/certs", new JWKSet(key.toPublicJWK()).toString());
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    private static SecurityProperties keycloak(String issuer, String audience) {
        return new SecurityProperties(null, issuer, null, audience, "realm_access.roles", "learner_id", "preferred_username", Duration.ofHours(1));
    }

    @Test
    void acceptsTheIssuersTokenAndReadsKeycloakRealmRoles() {
        var properties = keycloak(issuer, "credpath");
        var decoder = OidcTokens.decoder(properties);
        assertThat(requests).as("the provider is contacted on first use, not at start").hasValue(0);
        var jwt = decoder.decode(token(issuerKey, issuer, "credpath", Instant.now().plusSeconds(300)));
        var caller = new TokenClaims(properties).caller(jwt);
        assertThat(caller.roles()).containsExactly(Role.ADVISER);
        assertThat(caller.subject()).isEqualTo("anna");
        assertThat(requests.get()).isPositive();
    }

    @Test
    void refusesTokensOfAnotherIssuerOrKey() {
        var decoder = OidcTokens.decoder(keycloak(issuer, null));
        assertThatThrownBy(() -> decoder.decode(token(issuerKey, "https://elsewhere.example/realms/credpath", null, Instant.now().plusSeconds(300))))
                .isInstanceOf(JwtException.class).hasMessageContaining("iss");
        assertThatThrownBy(() -> decoder.decode(token(strangerKey, issuer, null, Instant.now().plusSeconds(300))))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void refusesExpiredTokensAndTokensForAnotherAudience() {
        var decoder = OidcTokens.decoder(keycloak(issuer, "credpath"));
        assertThatThrownBy(() -> decoder.decode(token(issuerKey, issuer, "credpath", Instant.now().minusSeconds(600))))
                .isInstanceOf(JwtException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> decoder.decode(token(issuerKey, issuer, "another-service", Instant.now().plusSeconds(300))))
                .isInstanceOf(JwtException.class).hasMessageContaining("aud");
    }

    private static String token(JwtEncoder key, String issuer, String audience, Instant expires) {
        var claims = JwtClaimsSet.builder().issuer(issuer).subject("0b6e-uuid").claim("preferred_username", "anna")
                .claim("realm_access", Map.of("roles", List.of("adviser", "offline_access")))
                .issuedAt(expires.minusSeconds(900)).expiresAt(expires);
        if (audience != null) {
            claims.audience(List.of(audience));
        }
        return key.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(), claims.build()))
                .getTokenValue();
    }

    private static RSAKey rsaKey(String id) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()).keyID(id).build();
    }

    private void serve(String path, String json) {
        provider.createContext(path, exchange -> {
            requests.incrementAndGet();
            var body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
