package org.credpath.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.database.GraphReader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Learners' grants of access, stored as {@code (:Learner)-[:GRANTS {role, since}]->(:Account {id})}. */
@Component
class Consents {

    /** One grant: the account (a token subject) and the role it may act in. */
    record Consent(String grantee, String role, String since) {
    }

    record Granted(Consent consent, boolean created) {
    }

    private final GraphReader graph;
    private final Clock clock;

    Consents(GraphReader graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /** The learner's grants; empty when there is no such learner. */
    @Transactional(readOnly = true)
    Optional<List<Consent>> of(String learner) {
        return graph.one("security/list-consents", Map.of("learner", learner))
                .map(row -> graph.list(row.get("consents"), Consent.class));
    }

    /** Grants (idempotently); empty when there is no such learner. */
    @Transactional
    Optional<Granted> grant(String learner, String grantee, Role role) {
        var params = Map.<String, Object>of("learner", learner, "grantee", grantee, "role", role.name(), "now", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        return graph.one("security/grant-consent", params).map(row -> new Granted(
                new Consent((String) row.get("grantee"), (String) row.get("role"), (String) row.get("since")),
                !Boolean.TRUE.equals(row.get("existed"))));
    }

    /** Revokes the grantee's grants (of one role, or all when {@code role} is null); false when there is no such learner. */
    @Transactional
    boolean revoke(String learner, String grantee, Role role) {
        var params = new HashMap<String, Object>();
        params.put("learner", learner);
        params.put("grantee", grantee);
        params.put("role", role == null ? null : role.name());
        return graph.one("security/revoke-consent", params).isPresent();
    }
}
