package org.credpath.security;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * The local mode's own token issuer: an RSA key made at start (and never stored, so tokens die with the process)
 * signs tokens for any subject and role asked of {@code POST /api/dev/token}, and only tokens it signed are
 * accepted. For development and demos: anyone who reaches the service can make themselves an admin.
 */
@Component
@Conditional(LocalMode.class)
@ConditionalOnWebApplication // the import command serves nothing: no tokens, no warning about them
class LocalTokens {

    static final String ISSUER = "urn:credpath:local";
    private static final Logger log = LoggerFactory.getLogger(LocalTokens.class);

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final SecurityProperties properties;
    private final Clock clock;

    LocalTokens(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        var keys = rsaKeyPair();
        var publicKey = (RSAPublicKey) keys.getPublic();
        this.encoder = NimbusJwtEncoder.withKeyPair(publicKey, (RSAPrivateKey) keys.getPrivate()).build();
        var decoder = NimbusJwtDecoder.withPublicKey(publicKey).signatureAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        this.decoder = decoder;
    }

    /** A signed token; {@code learner} is written to the learner claim for a LEARNER (default: the subject). */
    IssuedToken issue(String subject, Role role, String learner) {
        var now = Instant.now(clock);
        var claims = JwtClaimsSet.builder().issuer(ISSUER).subject(subject).issuedAt(now)
                .expiresAt(now.plus(properties.localTokenLifetime()))
                .claims(c -> c.putAll(rolesClaim(role)));
        if (role == Role.LEARNER) {
            claims.claim(properties.learnerClaim(), learner == null ? subject : learner);
        }
        var header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
        var jwt = encoder.encode(JwtEncoderParameters.from(header, claims.build()));
        return new IssuedToken(jwt.getTokenValue(), "Bearer", properties.localTokenLifetime().toSeconds(), subject, role.name(),
                role == Role.LEARNER ? (learner == null ? subject : learner) : null);
    }

    /** The role where the roles claim says to look, nested for a dotted path ({@code realm_access.roles}). */
    private Map<String, Object> rolesClaim(Role role) {
        var path = properties.rolesClaim().split("\\.");
        Object value = List.of(role.name());
        for (int i = path.length - 1; i > 0; i--) {
            value = Map.of(path[i], value);
        }
        return Map.of(path[0], value);
    }

    JwtDecoder decoder() {
        return decoder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        log.warn("""

                ************************************************************************************
                *  credpath security runs in LOCAL mode -- NOT FOR PRODUCTION.                     *
                *  The service signs its own tokens: POST /api/dev/token gives anyone any role,    *
                *  ADMIN included. Set credpath.security.issuer-uri to an OpenID Connect issuer    *
                *  (e.g. a Keycloak realm) to run in production mode.                              *
                ************************************************************************************""");
    }

    /** What {@code POST /api/dev/token} answers (OAuth 2.0 token response names). */
    record IssuedToken(@com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
                       @com.fasterxml.jackson.annotation.JsonProperty("token_type") String tokenType,
                       @com.fasterxml.jackson.annotation.JsonProperty("expires_in") long expiresIn,
                       String subject, String role, String learner) {
    }

    private static java.security.KeyPair rsaKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
