package org.credpath.learner;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything credpath holds about one learner (the right of access, GDPR art. 15): the learner node as stored and
 * every relationship it has, with the node at the other end, read generically so data other features attach is
 * listed too.
 */
public record LearnerData(String learner, Instant generatedAt, List<String> labels, Map<String, Object> properties,
                          List<Relationship> relationships, List<String> notes) {

    /** One relationship as stored: {@code node.properties} is given for nodes that are not shared catalog or reference data. */
    public record Relationship(String type, String direction, Map<String, Object> properties, Node node) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(List<String> labels, String id, String name, Map<String, Object> properties) {
    }

    static final List<String> NOTES = List.of(
            "Audits, plans, stacking options and recommendations are computed for each request from the data above and are not stored.",
            "credpath keeps no copy of learner data in memory between requests: its in-memory snapshots hold the catalog only.",
            "GRANTS relationships are the consents the learner gave; the account id is the grantee's sign-in subject.",
            "DELETE /api/learners/{id} erases the learner node, every relationship listed here and the nodes that only held their data.");
}
