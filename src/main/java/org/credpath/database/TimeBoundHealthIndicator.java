package org.credpath.database;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A health check that says DOWN when it has no answer in time, rather than holding the probe. The check runs on a
 * thread of its own; while one is still waiting (a database that never answers), later probes wait for that same one
 * instead of starting more, so a silent database costs one thread, not one per probe.
 */
final class TimeBoundHealthIndicator implements HealthIndicator {

    private final HealthIndicator check;
    private final Duration timeout;
    private CompletableFuture<Health> running;

    TimeBoundHealthIndicator(HealthIndicator check, Duration timeout) {
        this.check = check;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        try {
            return inFlight().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + timeout.toMillis() / 1000.0 + " s").build();
        } catch (ExecutionException e) {
            return Health.down().withException(e.getCause() == null ? e : e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private synchronized CompletableFuture<Health> inFlight() {
        if (running == null || running.isDone()) {
            running = new CompletableFuture<>();
            var thread = new Thread(() -> complete(running), "health-check");
            thread.setDaemon(true);
            thread.start();
        }
        return running;
    }

    private void complete(CompletableFuture<Health> result) {
        try {
            result.complete(check.health());
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }
}
