package org.credpath.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The database's health checks: a panic is DOWN (liveness and readiness), a silent database DOWN in bounded time. */
class DatabaseHealthTests {

    @Test
    void aPanickedDatabaseIsDown() {
        var panic = new AtomicReference<Throwable>();
        var indicator = new DatabasePanicHealthIndicator(() -> Optional.ofNullable(panic.get()));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

        panic.set(new RuntimeException("Database out of disk space: The database was unable to allocate enough disk space."));

        var health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("reason", "the database has panicked and needs to be restarted")
                .containsEntry("cause", "Database out of disk space: The database was unable to allocate enough disk space.");
    }

    @Test
    void noDatabaseInThisProcessNeverPanics() {
        assertThat(new DatabasePanicHealthIndicator(DatabasePanicHealthIndicator.of(null)).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aCheckWithoutAnswerIsDownWithinItsTimeAndDoesNotPileUp() throws Exception {
        var release = new CountDownLatch(1);
        var started = new AtomicInteger();
        var indicator = new TimeBoundHealthIndicator(() -> {
            started.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Health.up().build();
        }, Duration.ofMillis(300));

        for (int i = 0; i < 3; i++) {
            long before = System.nanoTime();
            var health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("error", "no answer within 0.3 s");
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));
        }
        assertThat(started).as("one check waiting, not one per probe").hasValue(1);

        release.countDown();
        Thread.sleep(100);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aCheckThatFailsIsDown() {
        var indicator = new TimeBoundHealthIndicator(() -> {
            throw new IllegalStateException("connection refused");
        }, Duration.ofSeconds(1));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }
}
