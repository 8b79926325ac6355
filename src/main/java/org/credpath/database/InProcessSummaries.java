package org.credpath.database;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.bolt.connection.AuthInfo;
import org.neo4j.bolt.connection.AuthToken;
import org.neo4j.bolt.connection.summary.DiscardSummary;
import org.neo4j.bolt.connection.summary.LogoffSummary;
import org.neo4j.bolt.connection.summary.LogonSummary;
import org.neo4j.bolt.connection.summary.PullSummary;
import org.neo4j.bolt.connection.summary.ResetSummary;
import org.neo4j.bolt.connection.summary.RollbackSummary;
import org.neo4j.bolt.connection.summary.RunSummary;
import org.neo4j.bolt.connection.summary.TelemetrySummary;
import org.neo4j.bolt.connection.values.Value;

/** The answers an in-process connection gives the driver ({@link InProcessBoltConnection}), as a server's SUCCESS messages. */
final class InProcessSummaries {

    static final RollbackSummary ROLLBACK = new RollbackSummary() {
    };
    static final ResetSummary RESET = new ResetSummary() {
    };
    static final TelemetrySummary TELEMETRY = new TelemetrySummary() {
    };
    static final LogonSummary LOGON = new LogonSummary() {
    };
    static final LogoffSummary LOGOFF = new LogoffSummary() {
    };

    record Run(long queryId, List<String> keys, long resultAvailableAfter, Optional<String> databaseName) implements RunSummary {
    }

    record Pull(boolean hasMore, Map<String, Value> metadata) implements PullSummary {
    }

    record Discard(Map<String, Value> metadata) implements DiscardSummary {
    }

    record Auth(AuthToken authToken, long authAckMillis) implements AuthInfo {
    }

    private InProcessSummaries() {
    }
}
