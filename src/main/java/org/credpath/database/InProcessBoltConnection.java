package org.credpath.database;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.neo4j.bolt.connection.AuthInfo;
import org.neo4j.bolt.connection.AuthToken;
import org.neo4j.bolt.connection.BoltConnection;
import org.neo4j.bolt.connection.BoltConnectionState;
import org.neo4j.bolt.connection.BoltProtocolVersion;
import org.neo4j.bolt.connection.BoltServerAddress;
import org.neo4j.bolt.connection.ResponseHandler;
import org.neo4j.bolt.connection.exception.BoltClientException;
import org.neo4j.bolt.connection.message.BeginMessage;
import org.neo4j.bolt.connection.message.CommitMessage;
import org.neo4j.bolt.connection.message.DiscardMessage;
import org.neo4j.bolt.connection.message.LogoffMessage;
import org.neo4j.bolt.connection.message.LogonMessage;
import org.neo4j.bolt.connection.message.Message;
import org.neo4j.bolt.connection.message.PullMessage;
import org.neo4j.bolt.connection.message.ResetMessage;
import org.neo4j.bolt.connection.message.RollbackMessage;
import org.neo4j.bolt.connection.message.RunMessage;
import org.neo4j.bolt.connection.message.TelemetryMessage;
import org.neo4j.bolt.connection.observation.ImmutableObservation;
import org.neo4j.bolt.connection.summary.PullSummary;
import org.neo4j.bolt.connection.summary.RunSummary;
import org.neo4j.bolt.connection.values.Value;
import org.neo4j.bolt.connection.values.ValueFactory;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * One driver connection to an embedded database in this process: each Bolt message the driver sends runs on the
 * database directly, in the order sent, and its answer goes to the driver's handler (as a server's would: after a
 * failure, messages are ignored until a RESET). A statement outside a transaction runs in its own, committed when its
 * result is pulled or discarded in full.
 */
final class InProcessBoltConnection implements BoltConnection {

    private static final String DATABASE = "neo4j";

    private record Pending(Message message, ResponseHandler handler, boolean last) {
    }

    private final GraphDatabaseService database;
    private final InProcessValues values;
    private final BoltServerAddress address;
    private final AuthInfo auth;
    private final ArrayDeque<Message> written = new ArrayDeque<>();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private boolean draining;
    private BoltConnectionState state = BoltConnectionState.OPEN;
    private Transaction explicit;
    private Transaction autoCommit;
    private Result result;
    private long queryId = -1;

    InProcessBoltConnection(GraphDatabaseService database, ValueFactory factory, String name, AuthToken token) {
        this.database = database;
        this.values = new InProcessValues(factory);
        this.address = new BoltServerAddress(name, 0);
        this.auth = new InProcessSummaries.Auth(token, System.currentTimeMillis());
    }

    @Override
    public synchronized CompletionStage<Void> writeAndFlush(ResponseHandler handler, List<Message> messages, ImmutableObservation observation) {
        var batch = new ArrayList<>(written);
        written.clear();
        batch.addAll(messages);
        for (int i = 0; i < batch.size(); i++) {
            queue.add(new Pending(batch.get(i), handler, i == batch.size() - 1));
        }
        if (batch.isEmpty()) {
            handler.onComplete();
        }
        drain(); // a handler that writes again from its callback has its messages run after these, in order
        return done();
    }

    @Override
    public synchronized CompletionStage<Void> write(List<Message> messages) {
        written.addAll(messages);
        return done();
    }

    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (!queue.isEmpty()) {
                var next = queue.poll();
                answer(next.message(), next.handler());
                if (next.last()) {
                    next.handler().onComplete();
                }
            }
        } finally {
            draining = false;
        }
    }

    private void answer(Message message, ResponseHandler handler) {
        if (state == BoltConnectionState.FAILURE && !(message instanceof ResetMessage)) {
            handler.onIgnored();
            return;
        }
        try {
            run(message, handler);
        } catch (RuntimeException e) {
            abandon();
            state = BoltConnectionState.FAILURE;
            handler.onError(InProcessValues.failure(e));
        }
    }

    /** Runs one message, as a server would answer it. */
    private void run(Message message, ResponseHandler handler) {
        if (message instanceof BeginMessage begin) {
            explicit = begin.txTimeout().filter(t -> t.toMillis() > 0) // zero: the database's default, as on a server
                    .map(t -> database.beginTx(t.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)).orElseGet(database::beginTx);
            handler.onBeginSummary(() -> Optional.of(DATABASE));
        } else if (message instanceof RunMessage run) {
            handler.onRunSummary(execute(run));
        } else if (message instanceof PullMessage pull) {
            handler.onPullSummary(pull(pull.request(), handler));
        } else if (message instanceof DiscardMessage) {
            finishResult();
            handler.onDiscardSummary(new InProcessSummaries.Discard(Map.of()));
        } else if (message instanceof CommitMessage) {
            finishResult();
            try (var transaction = explicit) {
                explicit = null;
                transaction.commit();
            }
            handler.onCommitSummary(Optional::empty);
        } else if (message instanceof RollbackMessage) {
            abandon();
            handler.onRollbackSummary(InProcessSummaries.ROLLBACK);
        } else if (message instanceof ResetMessage) {
            abandon();
            state = BoltConnectionState.OPEN;
            handler.onResetSummary(InProcessSummaries.RESET);
        } else if (message instanceof TelemetryMessage) {
            handler.onTelemetrySummary(InProcessSummaries.TELEMETRY);
        } else if (message instanceof LogonMessage) {
            handler.onLogonSummary(InProcessSummaries.LOGON);
        } else if (message instanceof LogoffMessage) {
            handler.onLogoffSummary(InProcessSummaries.LOGOFF);
        } else {
            throw new BoltClientException(message.name() + " is not supported by an in-process connection");
        }
    }

    private RunSummary execute(RunMessage run) {
        finishResult();
        var transaction = explicit;
        if (transaction == null) {
            autoCommit = database.beginTx();
            transaction = autoCommit;
        }
        var started = System.nanoTime();
        result = transaction.execute(run.query(), values.java(run.parameters()));
        queryId++;
        return new InProcessSummaries.Run(queryId, List.copyOf(result.columns()), Duration.ofNanos(System.nanoTime() - started).toMillis(),
                Optional.of(DATABASE));
    }

    /** Up to {@code request} records (all when negative), then whether more remain; a finished statement commits. */
    private PullSummary pull(long request, ResponseHandler handler) {
        var columns = result.columns();
        for (long n = 0; (request < 0 || n < request) && result.hasNext(); n++) {
            var row = result.next();
            var record = new ArrayList<Value>(columns.size());
            columns.forEach(column -> record.add(values.bolt(row.get(column))));
            handler.onRecord(record);
        }
        if (result.hasNext()) {
            return new InProcessSummaries.Pull(true, Map.of());
        }
        var metadata = new HashMap<>(values.summary(result));
        finishResult();
        return new InProcessSummaries.Pull(false, metadata);
    }

    /** Runs the current statement to its end; outside a transaction, commits it. */
    private void finishResult() {
        if (result != null) {
            var current = result;
            result = null;
            while (current.hasNext()) {
                current.next();
            }
            current.close();
        }
        if (autoCommit != null) {
            var transaction = autoCommit;
            autoCommit = null;
            try (transaction) {
                transaction.commit();
            }
        }
    }

    /** Drops the current statement and rolls back whatever transaction is open. */
    private void abandon() {
        result = null; // closed with its transaction
        for (var transaction : new Transaction[] {autoCommit, explicit}) {
            if (transaction != null) {
                try (transaction) {
                    transaction.rollback();
                } catch (RuntimeException e) {
                    // already terminated
                }
            }
        }
        autoCommit = null;
        explicit = null;
    }

    private static CompletionStage<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Void> forceClose(String reason) {
        return close();
    }

    @Override
    public synchronized CompletionStage<Void> close() {
        abandon();
        state = BoltConnectionState.CLOSED;
        return done();
    }

    @Override
    public CompletionStage<Void> setReadTimeout(Duration duration) {
        return done();
    }

    @Override
    public synchronized BoltConnectionState state() {
        return state;
    }

    @Override
    public CompletionStage<AuthInfo> authInfo() {
        return CompletableFuture.completedFuture(auth);
    }

    @Override
    public String serverAgent() {
        return "Neo4j/in-process";
    }

    @Override
    public BoltServerAddress serverAddress() {
        return address;
    }

    @Override
    public BoltProtocolVersion protocolVersion() {
        return new BoltProtocolVersion(5, 4);
    }

    @Override
    public boolean telemetrySupported() {
        return false;
    }

    @Override
    public boolean serverSideRoutingEnabled() {
        return false;
    }

    @Override
    public Optional<Duration> defaultReadTimeout() {
        return Optional.empty();
    }
}
