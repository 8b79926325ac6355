package org.credpath.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads a validated token as a {@link Caller}: the subject from the principal claim, the roles from the roles
 * claim (a dotted path such as Keycloak's {@code realm_access.roles}; a list or a space- or comma-separated string;
 * values that name no credpath role are ignored), and for a LEARNER the learner id from the learner claim, else
 * the subject.
 */
final class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String principalClaim;
    private final String[] rolesPath;
    private final String learnerClaim;

    TokenClaims(SecurityProperties properties) {
        this.principalClaim = properties.principalClaim();
        this.rolesPath = properties.rolesClaim().split("\\.");
        this.learnerClaim = properties.learnerClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new CallerAuthentication(caller(jwt), jwt);
    }

    Caller caller(Jwt jwt) {
        var subject = text(jwt.getClaimAsString(principalClaim));
        if (subject == null) {
            subject = text(jwt.getSubject());
        }
        var roles = roles(jwt.getClaims());
        String learner = null;
        if (roles.contains(Role.LEARNER)) {
            var claimed = text(jwt.getClaimAsString(learnerClaim));
            learner = claimed == null ? subject : claimed;
        }
        // a token naming no one is nobody's: no grant and no learner can match the empty subject
        return new Caller(subject == null ? "" : subject, roles, learner);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private Set<Role> roles(Map<String, Object> claims) {
        Object value = claims;
        for (var step : rolesPath) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        var roles = EnumSet.noneOf(Role.class);
        if (value instanceof Collection<?> list) {
            list.forEach(v -> Role.named(String.valueOf(v)).ifPresent(roles::add));
        } else if (value instanceof String text) {
            for (var part : text.split("[\\s,]+")) {
                Role.named(part).ifPresent(roles::add);
            }
        }
        return roles;
    }
}
