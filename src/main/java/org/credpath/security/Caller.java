package org.credpath.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, from their validated token.
 *
 * @param subject   the caller's id (the token's principal claim); consents name advisers and employers by it
 * @param roles     the credpath roles the token carries
 * @param learnerId the learner a LEARNER token speaks for (null for other roles)
 */
public record Caller(String subject, Set<Role> roles, String learnerId) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** True when this caller is the learner with this id. */
    public boolean isLearner(String id) {
        return has(Role.LEARNER) && learnerId != null && learnerId.equals(id);
    }

    /** The authenticated caller of the current request, if any. */
    public static Optional<Caller> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Optional<Caller> of(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated() && authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }
}
