package org.credpath.database;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.bolt.connection.AuthToken;
import org.neo4j.bolt.connection.BoltAgent;
import org.neo4j.bolt.connection.BoltConnection;
import org.neo4j.bolt.connection.BoltConnectionProvider;
import org.neo4j.bolt.connection.BoltConnectionProviderFactory;
import org.neo4j.bolt.connection.BoltProtocolVersion;
import org.neo4j.bolt.connection.LoggingProvider;
import org.neo4j.bolt.connection.NotificationConfig;
import org.neo4j.bolt.connection.SecurityPlan;
import org.neo4j.bolt.connection.exception.BoltServiceUnavailableException;
import org.neo4j.bolt.connection.observation.ImmutableObservation;
import org.neo4j.bolt.connection.observation.ObservationProvider;
import org.neo4j.bolt.connection.values.ValueFactory;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The driver's connections to an embedded database without a network: URIs of the scheme {@value #SCHEME} name a
 * database {@link #register registered} in this process, and the driver's messages run on it directly
 * ({@link InProcessBoltConnection}). For a process that serves nothing, such as the import command, so that it opens
 * no Bolt port. Found by the driver through {@code META-INF/services}; inert for every other scheme.
 */
public final class InProcessBolt implements BoltConnectionProviderFactory {

    public static final String SCHEME = "credpath-in-process";

    private static final Map<String, GraphDatabaseService> DATABASES = new ConcurrentHashMap<>();

    /** The URI the driver connects to {@code database} by, as {@code name}. */
    static URI register(String name, GraphDatabaseService database) {
        DATABASES.put(name, database);
        return URI.create(SCHEME + "://" + name);
    }

    static void unregister(String name) {
        DATABASES.remove(name);
    }

    @Override
    public boolean supports(String scheme) {
        return SCHEME.equals(scheme);
    }

    @Override
    public BoltConnectionProvider create(LoggingProvider logging, ValueFactory values, ObservationProvider observations,
                                         Map<String, ?> additionalConfig) {
        return new Provider(values);
    }

    private record Provider(ValueFactory values) implements BoltConnectionProvider {

        @Override
        public CompletionStage<BoltConnection> connect(URI uri, String routingContextAddress, BoltAgent agent, String userAgent,
                                                       int connectTimeoutMillis, long initialisationTimeoutMillis, SecurityPlan securityPlan,
                                                       AuthToken authToken, BoltProtocolVersion minVersion, NotificationConfig notifications,
                                                       ImmutableObservation observation) {
            var database = DATABASES.get(uri.getHost());
            if (database == null || !database.isAvailable()) {
                return CompletableFuture.failedFuture(new BoltServiceUnavailableException("No database " + uri.getHost()
                        + " is open in this process"));
            }
            return CompletableFuture.completedFuture(new InProcessBoltConnection(database, values, uri.getHost(), authToken));
        }

        @Override
        public CompletionStage<Void> close() {
            return CompletableFuture.completedFuture(null);
        }
    }
}
