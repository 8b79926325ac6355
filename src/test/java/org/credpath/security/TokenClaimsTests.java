package org.credpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenClaimsTests {

    private static SecurityProperties properties(String rolesClaim, String learnerClaim, String principalClaim) {
        return new SecurityProperties(null, null, null, null, rolesClaim, learnerClaim, principalClaim, Duration.ofHours(1));
    }

    private static Jwt jwt(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("f3a1-uuid").issuedAt(Instant.now());
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void readsRolesFromAListIgnoringCasePrefixAndUnknownValues() {
        var claims = new TokenClaims(properties("roles", "learner_id", "sub"));
        var caller = claims.caller(jwt(Map.of("roles", List.of("adviser", "ROLE_EMPLOYER", "offline_access"))));
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.ADVISER, Role.EMPLOYER);
        assertThat(caller.subject()).isEqualTo("f3a1-uuid");
        assertThat(caller.learnerId()).isNull();
    }

    @Test
    void readsKeycloakRealmRolesFromANestedClaim() {
        var claims = new TokenClaims(properties("realm_access.roles", "learner_id", "preferred_username"));
        var caller = claims.caller(jwt(Map.of("realm_access", Map.of("roles", List.of("learner", "default-roles-credpath")),
                "preferred_username", "aino", "learner_id", "learner-aino")));
        assertThat(caller.roles()).containsExactly(Role.LEARNER);
        assertThat(caller.subject()).isEqualTo("aino");
        assertThat(caller.learnerId()).isEqualTo("learner-aino");
        assertThat(caller.isLearner("learner-aino")).isTrue();
        assertThat(caller.isLearner("learner-other")).isFalse();
    }

    @Test
    void readsRolesFromASpaceOrCommaSeparatedString() {
        var claims = new TokenClaims(properties("scope_roles", "learner_id", "sub"));
        assertThat(claims.caller(jwt(Map.of("scope_roles", "admin, learner employer"))).roles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.LEARNER, Role.EMPLOYER);
    }

    @Test
    void takesTheSubjectAsLearnerIdWhenTheLearnerClaimIsAbsent() {
        var caller = new TokenClaims(properties("roles", "learner_id", "sub")).caller(jwt(Map.of("roles", List.of("LEARNER"))));
        assertThat(caller.learnerId()).isEqualTo("f3a1-uuid");
    }

    @Test
    void givesNoRoleAndNoLearnerToATokenWithoutRoles() {
        var authentication = new TokenClaims(properties("roles", "learner_id", "sub"))
                .convert(jwt(Map.of("learner_id", "learner-aino")));
        var caller = (Caller) authentication.getPrincipal();
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.learnerId()).isNull();
        assertThat(authentication.getAuthorities()).isEmpty();
    }

    @Test
    void grantsSpringAuthoritiesPerRole() {
        var authentication = new TokenClaims(properties("roles", "learner_id", "sub")).convert(jwt(Map.of("roles", List.of("ADMIN", "LEARNER"))));
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrderElementsOf(Set.of("ROLE_ADMIN", "ROLE_LEARNER"));
        assertThat(authentication.getName()).isEqualTo("f3a1-uuid");
    }

    @Test
    void givesATokenWithoutSubjectNoLearnerAndAnEmptyName() {
        var jwt = Jwt.withTokenValue("t").header("alg", "RS256").claim("roles", List.of("LEARNER", "ADVISER")).issuedAt(Instant.now()).build();
        var caller = new TokenClaims(properties("roles", "learner_id", "sub")).caller(jwt);
        assertThat(caller.subject()).isEmpty();
        assertThat(caller.learnerId()).isNull();
        assertThat(caller.isLearner("")).isFalse();
    }
}
