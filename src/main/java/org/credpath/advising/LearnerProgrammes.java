package org.credpath.advising;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CatalogSnapshots;
import org.credpath.database.CypherQueries;
import org.credpath.database.GraphReader;
import org.credpath.web.BadRequestException;
import org.credpath.web.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Catalog years per learner: when they started a programme (and the catalog year they chose), and so which version of
 * its rules their audits and plans follow ({@link FollowedYear#pick}).
 */
@Component
public class LearnerProgrammes {

    /** When the learner started; {@code catalogYear}: a catalog year chosen instead of the start's (the programme or one of its years). */
    public record StartRequest(LocalDate start, String catalogYear) {
    }

    private final GraphReader graph;
    private final Neo4jClient client;
    private final CatalogSnapshots snapshots;

    LearnerProgrammes(GraphReader graph, Neo4jClient client, CatalogSnapshots snapshots) {
        this.graph = graph;
        this.client = client;
        this.snapshots = snapshots;
    }

    FollowedYear start(String learnerId, String program, StartRequest request) {
        var snapshot = snapshots.current();
        if (snapshot.offering(program).isEmpty()) {
            throw new NotFoundException("credential", program);
        }
        if (snapshot.requirements(program).isEmpty()) {
            throw new BadRequestException("program", "credential '" + program + "' has no stacking rules: it is not a programme");
        }
        if (request == null || request.start() == null) {
            throw new BadRequestException("start", "is required: the date the learner started the programme");
        }
        var row = graph.one("advising/programme-years", Map.of("program", program)).orElseThrow();
        @SuppressWarnings("unchecked")
        var years = (List<String>) row.get("versions");
        var chosen = request.catalogYear();
        if (chosen != null && !chosen.equals(program) && !years.contains(chosen)) {
            throw new BadRequestException("catalogYear", "'" + chosen + "' is not a catalog year of '" + program + "' (its years: "
                    + String.join(", ", years) + ")");
        }
        var params = new HashMap<String, Object>();
        params.put("learner", learnerId);
        params.put("program", program);
        params.put("start", request.start());
        params.put("chosen", chosen);
        if (client.query(CypherQueries.get("advising/start-programme")).bindAll(params).fetch().one().isEmpty()) {
            throw new NotFoundException("learner", learnerId);
        }
        return followed(learnerId).get(program);
    }

    /** Per programme the learner started, the catalog year they follow. */
    Map<String, FollowedYear> followed(String learnerId) {
        var followed = new HashMap<String, FollowedYear>();
        for (var row : graph.all("advising/learner-programmes", Map.of("id", learnerId))) {
            var program = (String) row.get("program");
            var versions = graph.list(row.get("versions"), FollowedYear.Version.class);
            followed.put(program, FollowedYear.pick(program, graph.convert(row.get("start"), LocalDate.class), (String) row.get("chosen"), versions));
        }
        return followed;
    }

    /** The snapshot with each started programme's rules replaced by those of the catalog year the learner follows. */
    CatalogSnapshot following(CatalogSnapshot snapshot, Map<String, FollowedYear> followed) {
        var replaced = new HashMap<String, org.credpath.catalog.snapshot.Rule>();
        followed.values().forEach(year -> {
            if (!year.rules().equals(year.program()) && snapshot.offering(year.program()).isPresent()) {
                snapshot.requirements(year.rules()).ifPresent(rules -> replaced.put(year.program(), rules));
            }
        });
        return snapshot.withRules(replaced, Map.of());
    }

    /** Credentials that hold another programme's catalog year: not targets of their own in a stacking list. */
    public Set<String> yearsOfOtherProgrammes() {
        return graph.one("advising/catalog-year-versions", Map.of()).map(row -> {
            @SuppressWarnings("unchecked")
            var ids = (List<String>) row.get("versions");
            return (Set<String>) new HashSet<>(ids);
        }).orElse(Set.of());
    }
}
