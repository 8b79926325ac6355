package org.credpath.learner;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.credpath.database.CypherQueries;
import org.credpath.database.GraphReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The rights of access and erasure over a learner's record (GDPR art. 15 and 17). */
@Component
class PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

    private final Neo4jClient client;
    private final GraphReader graph;
    private final Clock clock;

    PersonalData(Neo4jClient client, GraphReader graph, Clock clock) {
        this.client = client;
        this.graph = graph;
        this.clock = clock;
    }

    /** Everything held about the learner; empty when there is no such learner. */
    @Transactional(readOnly = true)
    Optional<LearnerData> data(String id) {
        return graph.one("learner/learner-data", Map.of("id", id)).map(row -> {
            @SuppressWarnings("unchecked")
            var labels = (java.util.List<String>) row.get("labels");
            @SuppressWarnings("unchecked")
            var properties = (Map<String, Object>) row.get("properties");
            return new LearnerData(id, clock.instant(), labels, properties,
                    graph.list(row.get("relationships"), LearnerData.Relationship.class), LearnerData.NOTES);
        });
    }

    /** Deletes the learner with everything that holds their data, in one transaction; false when there is no such learner. */
    @Transactional
    boolean erase(String id) {
        var erased = client.query(CypherQueries.get("learner/erase-learner")).bind(id).to("id").fetch().one();
        // the log names no learner: the id is personal data that must not outlive the erasure
        erased.ifPresent(row -> log.info("Erased a learner record: {} relationships, {} nodes that held only their data",
                row.get("relationships"), row.get("nodes")));
        return erased.isPresent();
    }
}
