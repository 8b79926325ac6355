package org.credpath.stacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.database.GraphReader;
import org.credpath.stacking.engine.AuditResult;

/**
 * Says which counted holdings came by a transfer equivalency table, and from which row: the recognition the audit used
 * ({@code via}) carries its table's row, and a course a table brought in as credits in a subject carries its own.
 */
final class TransferSources {

    private final GraphReader graph;

    TransferSources(GraphReader graph) {
        this.graph = graph;
    }

    List<TransferCredit> of(AuditResult audit) {
        if (audit.counted().isEmpty()) {
            return List.of();
        }
        var counted = new ArrayList<Map<String, Object>>();
        for (var c : audit.counted()) {
            var row = new HashMap<String, Object>();
            row.put("credential", c.credential());
            row.put("via", c.via());
            row.put("leaf", c.leaf());
            counted.add(row);
        }
        return graph.one("stacking/transfer-sources", Map.of("counted", counted))
                .map(row -> graph.list(row.get("transfers"), TransferCredit.class)).orElse(List.of());
    }
}
