package org.credpath.security;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers authenticate.
 *
 * @param mode             {@code local} (the service signs its own development tokens; not for production) or
 *                         {@code oidc} (tokens of an OpenID Connect provider); unset: {@code oidc} when an issuer or
 *                         key set is configured, else {@code local}
 * @param issuerUri        the OIDC issuer whose tokens are accepted (its discovery document gives the keys), e.g.
 *                         {@code https://keycloak.example.org/realms/credpath}
 * @param jwkSetUri        the issuer's key set, when it should not be discovered from {@code issuerUri}
 * @param audience         when set, a token's {@code aud} must contain it
 * @param rolesClaim       claim holding the caller's roles; a dotted path reads nested claims
 *                         ({@code realm_access.roles} for Keycloak realm roles)
 * @param learnerClaim     claim naming the learner a LEARNER token speaks for; its subject when absent
 * @param principalClaim   claim identifying the caller (advisers and employers are granted access under it)
 * @param localTokenLifetime how long a token of the local mode lasts
 */
@ConfigurationProperties("credpath.security")
public record SecurityProperties(
        String mode,
        String issuerUri,
        String jwkSetUri,
        String audience,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("learner_id") String learnerClaim,
        @DefaultValue("sub") String principalClaim,
        @DefaultValue("8h") Duration localTokenLifetime) {

    public enum Mode { LOCAL, OIDC }

    /** The mode in force; fails on a local mode that also names an issuer, which would be a misconfiguration. */
    public Mode effectiveMode() {
        var external = present(issuerUri) || present(jwkSetUri);
        if (!present(mode)) {
            return external ? Mode.OIDC : Mode.LOCAL;
        }
        Mode chosen;
        try {
            chosen = Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("credpath.security.mode must be local or oidc (was '" + mode + "')");
        }
        if (chosen == Mode.LOCAL && external) {
            throw new IllegalStateException("credpath.security.mode=local cannot be combined with an issuer-uri or jwk-set-uri");
        }
        if (chosen == Mode.OIDC && !external) {
            throw new IllegalStateException("credpath.security.mode=oidc needs credpath.security.issuer-uri (or jwk-set-uri)");
        }
        return chosen;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
