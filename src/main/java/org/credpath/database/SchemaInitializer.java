package org.credpath.database;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.credpath.web.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.SmartLifecycle;

/**
 * Brings the schema up to date at start-up; beans that write data depend on it (as on Boot's Flyway initializer), and
 * those that write at start-up (the seed) do it through {@link #whenCurrent}.
 *
 * <p>A database that does not answer at start does not stop the service: it starts not ready ({@link #current()} is
 * false, so readiness is DOWN and the API answers 503), says once in the log what it waits for, and tries again every
 * {@code credpath.database.start-retry-interval} in the background. When the database answers, the migrations run, then
 * the start-up writes, and the catalog snapshot is built. Any other failure (an edited migration, a wrong password)
 * still stops the start: waiting would not mend it.
 */
public final class SchemaInitializer implements InitializingBean, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final CypherMigrations migrations;
    private final String database;
    private final Duration retryInterval;
    private final List<Runnable> startupWrites = new ArrayList<>();
    private volatile boolean current;
    private volatile String waitingFor;
    private volatile Instant since;
    private Thread waiter;

    SchemaInitializer(CypherMigrations migrations, String database, Duration retryInterval) {
        this.migrations = migrations;
        this.database = database;
        this.retryInterval = retryInterval;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            migrations.migrate();
            current = true;
        } catch (RuntimeException e) {
            if (DatabaseFailures.of(e).isEmpty()) {
                throw e;
            }
            since = Instant.now();
            waitingFor = e.getMessage();
            log.warn("""
                    The database at {} does not answer ({}).
                    The service starts NOT READY: readiness is DOWN and the API answers 503 until it does. It tries again every {} s; \
                    the schema migrations, the seed and the first catalog snapshot follow as soon as the database answers.""",
                    database, e.getMessage(), retryInterval.toMillis() / 1000.0);
        }
    }

    /** Whether the migrations (and the start-up writes) are done: until then the service is not ready. */
    public boolean current() {
        return current;
    }

    /** What the service waits for, while the schema is not current: the database, since when, and its last error. */
    public String waitingFor() {
        return current ? null : "the database at %s, since %s: %s".formatted(database, since, waitingFor);
    }

    /**
     * Runs a start-up write now when the schema is current, otherwise once the database answers (before the service
     * turns ready). It must be safe to repeat: a database that goes away again in the middle has it run once more.
     */
    public synchronized void whenCurrent(Runnable write) {
        if (current) {
            write.run();
        } else {
            startupWrites.add(write);
        }
    }

    private void waitForDatabase() {
        long start = System.nanoTime();
        while (!current) {
            try {
                Thread.sleep(retryInterval.toMillis());
                migrations.migrate();
                finishStart();
                log.info("The database at {} answered after {} s: schema current, start-up writes done; building the catalog snapshot",
                        database, Duration.ofNanos(System.nanoTime() - start).toSeconds());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                waitingFor = e.getMessage(); // said once already; readiness shows the latest
                if (DatabaseFailures.of(e).isEmpty()) {
                    log.error("The database at {} answered, but the start cannot complete; the service stays not ready", database, e);
                    return;
                }
            }
        }
    }

    private synchronized void finishStart() {
        for (var write : startupWrites) {
            write.run();
        }
        startupWrites.clear();
        current = true;
    }

    /** Waiting starts once every bean is created, so the start-up writes find the service whole. */
    @Override
    public synchronized void start() {
        if (!current && waiter == null) {
            waiter = new Thread(this::waitForDatabase, "database-start");
            waiter.setDaemon(true);
            waiter.start();
        }
    }

    @Override
    public synchronized void stop() {
        if (waiter != null) {
            waiter.interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return waiter != null && waiter.isAlive();
    }
}
