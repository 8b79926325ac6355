package org.credpath.advising;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CatalogSnapshots;
import org.credpath.database.CypherQueries;
import org.credpath.database.GraphReader;
import org.credpath.security.LearnerAccess;
import org.credpath.web.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * An adviser's exceptions to one learner's rules: made and withdrawn by an adviser the learner granted access or an
 * admin (never the learner, who may read them), stored with who made them, when and why, and applied to the learner's
 * audits, plans and stacking list by {@link #advise}.
 */
@Service
public class LearnerExceptions {

    private final GraphReader graph;
    private final Neo4jClient client;
    private final CatalogSnapshots snapshots;
    private final LearnerAccess access;
    private final Clock clock;
    private final LearnerProgrammes programmes;

    LearnerExceptions(GraphReader graph, Neo4jClient client, CatalogSnapshots snapshots, LearnerAccess access, Clock clock,
                      LearnerProgrammes programmes) {
        this.programmes = programmes;
        this.graph = graph;
        this.client = client;
        this.snapshots = snapshots;
        this.access = access;
        this.clock = clock;
    }

    /** The learner's exceptions, oldest first; 404 when there is no such learner. */
    public List<RuleException> list(String learnerId) {
        var row = graph.one("advising/learner-exceptions", Map.of("id", learnerId))
                .orElseThrow(() -> new NotFoundException("learner", learnerId));
        return graph.list(row.get("exceptions"), RuleException.class);
    }

    RuleException add(String learnerId, ExceptionRequest request) {
        var caller = access.requireAdviser(learnerId);
        list(learnerId); // 404 before 400: the learner is what the path names
        // checked against the rules the learner follows (a catalog year's node ids, for one who started under it)
        var rules = programmes.following(snapshots.current(), programmes.followed(learnerId));
        var checked = new ExceptionChecks(rules).check(request);
        var params = new HashMap<String, Object>();
        params.put("learner", learnerId);
        params.put("id", UUID.randomUUID().toString());
        params.put("kind", checked.kind().name());
        params.put("target", checked.target());
        params.put("node", checked.node());
        params.put("credential", checked.credential());
        params.put("equivalentTo", checked.equivalentTo());
        params.put("reason", checked.reason());
        params.put("madeBy", caller.subject());
        params.put("madeAt", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        var row = client.query(CypherQueries.get("advising/add-exception")).bindAll(params).fetch().one()
                .orElseThrow(() -> new NotFoundException("learner", learnerId));
        return graph.convert(row.get("exception"), RuleException.class);
    }

    void remove(String learnerId, String exceptionId) {
        access.requireAdviser(learnerId);
        list(learnerId);
        var removed = client.query(CypherQueries.get("advising/remove-exception")).bindAll(Map.of("learner", learnerId, "id", exceptionId))
                .fetch().one().map(row -> ((Number) row.get("removed")).longValue()).orElse(0L);
        if (removed == 0) {
            throw new NotFoundException("exception", exceptionId);
        }
    }

    /**
     * The catalog as the learner's audits and plans see it: each programme they started with the rules of the catalog
     * year they follow, then their exceptions written in (the catalog itself for neither, or no learner).
     */
    public AdvisedCatalog advise(CatalogSnapshot snapshot, String learnerId) {
        if (learnerId == null) {
            return AdvisedCatalog.none(snapshot);
        }
        var years = programmes.followed(learnerId);
        var row = graph.one("advising/learner-exceptions", Map.of("id", learnerId));
        var exceptions = row.map(r -> graph.list(r.get("exceptions"), RuleException.class)).orElse(List.of());
        return new ExceptionRewriter(programmes.following(snapshot, years)).apply(exceptions).following(years);
    }
}
