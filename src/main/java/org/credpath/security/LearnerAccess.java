package org.credpath.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.credpath.database.GraphReader;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a learner's data. An admin may do anything; the learner may do anything with their own
 * record; an adviser the learner granted access may view and plan; an employer the learner shared their record
 * with may view. Consents are read from the graph on every decision (never cached), so a revocation holds from
 * the next request on. A refusal never depends on whether the learner exists.
 */
@Component
public class LearnerAccess {

    private final GraphReader graph;

    LearnerAccess(GraphReader graph) {
        this.graph = graph;
    }

    public boolean allows(Caller caller, String learnerId, Access access) {
        if (caller.isAdmin() || caller.isLearner(learnerId)) {
            return true;
        }
        if (access == Access.OWN || learnerId == null) {
            return false;
        }
        var grants = new ArrayList<String>();
        if (caller.has(Role.ADVISER)) {
            grants.add(Role.ADVISER.name());
        }
        if (access == Access.VIEW && caller.has(Role.EMPLOYER)) {
            grants.add(Role.EMPLOYER.name());
        }
        return !grants.isEmpty() && granted(learnerId, caller.subject(), grants);
    }

    /** Throws {@link AccessDeniedException} (403) unless the current caller may do this with the learner. */
    public void require(String learnerId, Access access) {
        var caller = Caller.current().orElseThrow(() -> new AccessDeniedException("not authenticated"));
        if (!allows(caller, learnerId, access)) {
            throw new AccessDeniedException("no " + access + " access to this learner");
        }
    }

    /**
     * Waiving a rule condition (consent, standing, an unresolved reference) is an adviser's decision, not the
     * learner's: only an admin, or an adviser the learner granted ADVISER access (any adviser for hypothetical
     * holdings, {@code learnerId} null), may. Throws a 403 naming the parameter otherwise; nothing to check
     * when nothing is waived.
     */
    public void requireWaiver(String learnerId, Collection<String> waive, String parameter) {
        if (waive == null || waive.isEmpty()) {
            return;
        }
        if (!mayAdvise(Caller.current().orElse(null), learnerId)) {
            throw new ParameterAccessDeniedException(parameter,
                    "Only an adviser the learner granted access, or an admin, may waive rule conditions: leave out '" + parameter + "'.");
        }
    }

    /**
     * Exceptions to a learner's rules (count a credential toward a rule, waive a rule, accept an equivalent) are the
     * adviser's decision, as waivers are: only an admin or an adviser the learner granted ADVISER access may make or
     * withdraw them, never the learner. Answers the caller; a 403 otherwise.
     */
    public Caller requireAdviser(String learnerId) {
        var caller = Caller.current().orElse(null);
        if (learnerId == null || !mayAdvise(caller, learnerId)) {
            throw new AccessDeniedException("only an adviser the learner granted access, or an admin, may make exceptions to their rules");
        }
        return caller;
    }

    private boolean mayAdvise(Caller caller, String learnerId) {
        return caller != null && (caller.isAdmin() || caller.has(Role.ADVISER)
                && (learnerId == null || granted(learnerId, caller.subject(), List.of(Role.ADVISER.name()))));
    }

    /**
     * Which learners a listing shows this caller: all ({@code all}), their own ({@code self}), and those granting
     * {@code grantee} one of {@code grantRoles}; as query parameters for a Cypher filter.
     */
    public Map<String, Object> visibility(Caller caller) {
        var roles = new ArrayList<String>();
        if (caller.has(Role.ADVISER)) {
            roles.add(Role.ADVISER.name());
        }
        if (caller.has(Role.EMPLOYER)) {
            roles.add(Role.EMPLOYER.name());
        }
        var self = caller.has(Role.LEARNER) ? caller.learnerId() : null;
        return Map.of("all", caller.isAdmin(), "self", self == null ? "" : self, "grantee", caller.subject(), "grantRoles", roles);
    }

    /** The rule for a request path with an {@code {id}} variable naming the learner. */
    AuthorizationManager<RequestAuthorizationContext> onPath(Access access) {
        return (authentication, context) -> new AuthorizationDecision(Caller.of(authentication.get())
                .map(caller -> allows(caller, context.getVariables().get("id"), access)).orElse(false));
    }

    private boolean granted(String learnerId, String grantee, List<String> roles) {
        return graph.one("security/consent-granted", Map.of("learner", learnerId, "grantee", grantee, "roles", roles))
                .map(row -> (Boolean) row.get("granted")).orElse(false);
    }
}
