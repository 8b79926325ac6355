package org.credpath.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the numbered Cypher files under {@code cypher/migrations/} once each, in version order,
 * recording version, description and checksum as {@code :__Migration} nodes. A recorded migration
 * whose file has changed since it ran stops the start: migrations are never edited, only added.
 */
public final class CypherMigrations {

    private static final Logger log = LoggerFactory.getLogger(CypherMigrations.class);
    static final String LOCATION = "classpath*:cypher/migrations/V*.cypher";

    private final Driver driver;
    private final List<Migration> migrations;

    public CypherMigrations(Driver driver) {
        this(driver, discover());
    }

    CypherMigrations(Driver driver, List<Migration> migrations) {
        this.driver = driver;
        this.migrations = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
    }

    /**
     * Applies what has not run yet; returns the versions applied now. Instances started at once on one database take
     * turns ({@link MigrationLock}): the one that waited reads what the other applied and applies the rest.
     */
    public List<Integer> migrate() {
        var lock = new MigrationLock(driver, Duration.ofMinutes(10), Duration.ofMinutes(15));
        lock.acquire();
        try {
            return migrateHoldingLock();
        } finally {
            lock.release();
        }
    }

    private List<Integer> migrateHoldingLock() {
        var applied = appliedChecksums();
        var now = new ArrayList<Integer>();
        for (var migration : migrations) {
            var checksum = applied.get(migration.version());
            if (checksum == null) {
                apply(migration);
                now.add(migration.version());
            } else if (!checksum.equals(migration.checksum())) {
                throw new IllegalStateException("Migration V%04d (%s) was edited after it was applied: add a new migration instead"
                        .formatted(migration.version(), migration.description()));
            }
        }
        log.info("Schema migrations: {} known, {} applied now {}", migrations.size(), now.size(), now);
        return now;
    }

    private Map<Integer, String> appliedChecksums() {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            var result = new HashMap<Integer, String>();
            session.run("MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum")
                    .forEachRemaining(r -> result.put(r.get("version").asInt(), r.get("checksum").asString()));
            return result;
        }
    }

    private void apply(Migration migration) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            // schema statements may not share a transaction with data writes: each runs on its own
            for (var statement : migration.statements()) {
                session.run(statement).consume();
            }
            session.run("CREATE (:__Migration {version: $version, description: $description, checksum: $checksum, appliedAt: $at})",
                    Map.of("version", migration.version(), "description", migration.description(),
                            "checksum", migration.checksum(), "at", ZonedDateTime.now())).consume();
        }
        log.info("Applied migration V{} {}", migration.version(), migration.description());
    }

    private static List<Migration> discover() {
        try {
            // the same file may be on the class path twice (classes and a jar, a launcher's class path): applied once
            var byVersion = new java.util.TreeMap<Integer, Migration>();
            for (var resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                var migration = Migration.parse(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
                var other = byVersion.putIfAbsent(migration.version(), migration);
                if (other != null && !other.checksum().equals(migration.checksum())) {
                    throw new IllegalStateException("Two different migrations V%04d on the class path".formatted(migration.version()));
                }
            }
            return new ArrayList<>(byVersion.values());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema migrations from " + LOCATION, e);
        }
    }
}
