package org.credpath.learner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.database.CypherQueries;
import org.credpath.database.GraphReader;
import org.credpath.database.TransientRetry;
import org.credpath.web.BadRequestException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** A learner's declared goals (occupations or credentials they aim at), which recommendations default to. */
@Component
class Goals {

    static final int MAX_GOALS = 50;

    /** One goal: exactly one of an ESCO occupation URI or a credential id. */
    record GoalRequest(String occupation, String credential) {
    }

    private final Neo4jClient client;
    private final GraphReader graph;
    private final TransientRetry retry;

    Goals(Neo4jClient client, GraphReader graph, TransientRetry retry) {
        this.client = client;
        this.graph = graph;
        this.retry = retry;
    }

    /**
     * Replaces the goals; false when there is no such learner. Every goal must name something that exists (400 naming it).
     * Concurrent replacements of one learner's goals queue on the learner's lock (so the result is one of the bodies
     * whole, never a mix); a deadlock between learners aiming at the same targets is retried.
     */
    boolean replace(String learner, List<GoalRequest> goals) {
        return retry.inTransaction("Replacing the goals of learner " + learner, () -> replaceOnce(learner, goals));
    }

    private boolean replaceOnce(String learner, List<GoalRequest> goals) {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < goals.size(); i++) {
            var goal = goals.get(i);
            if (goal == null || (goal.occupation() == null) == (goal.credential() == null)) {
                throw new BadRequestException("goals[" + i + "]", "name exactly one of occupation (an ESCO URI) or credential (an id)");
            }
            var row = new HashMap<String, Object>();
            row.put("occupation", goal.occupation());
            row.put("credential", goal.credential());
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            @SuppressWarnings("unchecked")
            var missing = (List<Long>) graph.one("learner/missing-goal-targets", Map.of("goals", rows)).orElseThrow().get("missing");
            if (!missing.isEmpty()) {
                int i = missing.get(0).intValue();
                var goal = goals.get(i);
                throw new BadRequestException("goals[" + i + "]", goal.occupation() != null
                        ? "no occupation with URI '" + goal.occupation() + "'" : "no credential with id '" + goal.credential() + "'");
            }
        }
        return client.query(CypherQueries.get("learner/replace-goals")).bindAll(Map.of("id", learner, "goals", rows))
                .fetch().one().isPresent();
    }
}
