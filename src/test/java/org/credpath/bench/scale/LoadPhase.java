package org.credpath.bench.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Drives one scenario for a while and records every latency in an HdrHistogram (microseconds).
 * Open loop: requests start at a fixed rate whatever the answers do, and each latency is measured from the
 * time the request was due, so a stall shows in the percentiles (no coordinated omission). Closed loop:
 * N clients each send the next request when the previous one is answered (capacity and service time).
 */
final class LoadPhase {

    /** One request; returns the HTTP status (200 for a successful Bolt query). */
    @FunctionalInterface
    interface Call {
        int call(long i) throws Exception;
    }

    /** {@code overloadedAfter}: seconds into an open-loop phase when it stopped because the backlog passed its limit, else null. */
    record Outcome(Histogram latencies, long ok, long clientErrors, long errors, double seconds, String firstError, Double overloadedAfter) {
        double throughput() {
            return seconds <= 0 ? 0 : (ok + clientErrors) / seconds;
        }
    }

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    private LoadPhase() {
    }

    /**
     * Requests due at {@code rate} per second for {@code duration}; stops early (the rate is not sustained) once more than
     * {@code backlogSeconds} of requests wait unanswered, rather than queueing without end.
     */
    static Outcome open(Call call, double rate, Duration duration, int workers, double backlogSeconds) throws InterruptedException {
        var record = new Recorder();
        long backlog = Math.max(workers, Math.round(rate * backlogSeconds));
        Double overloaded = null;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long period = Math.round(1e9 / rate);
        long n = Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
        long start = System.nanoTime() + 10_000_000;
        for (long i = 0; i < n; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (i - record.done.get() > backlog) {
                overloaded = (System.nanoTime() - start) / 1e9;
                break;
            }
            long index = i;
            pool.execute(() -> record.run(call, index, due));
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        return record.outcome(start, overloaded);
    }

    static Outcome closed(Call call, int clients, Duration duration) throws InterruptedException {
        var record = new Recorder();
        var next = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            var t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    record.run(call, next.getAndIncrement(), System.nanoTime());
                }
            }, "bench-client-" + c);
            t.start();
            threads.add(t);
        }
        for (var t : threads) {
            t.join();
        }
        return record.outcome(start, null);
    }

    /** Counts and latencies of one phase, shared by its threads. */
    private static final class Recorder {
        final Histogram histogram = new ConcurrentHistogram(MAX_MICROS, 3);
        final AtomicLong ok = new AtomicLong();
        final AtomicLong clientErrors = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong lastEnd = new AtomicLong();
        final AtomicLong done = new AtomicLong();
        final AtomicReference<String> firstError = new AtomicReference<>();

        void run(Call call, long i, long due) {
            int status;
            try {
                status = call.call(i);
            } catch (Exception e) {
                status = -1;
                firstError.compareAndSet(null, e.toString());
            }
            long now = System.nanoTime();
            histogram.recordValue(Math.min(MAX_MICROS, Math.max(1, (now - due) / 1000)));
            lastEnd.accumulateAndGet(now, Math::max);
            done.incrementAndGet();
            if (status >= 200 && status < 300) {
                ok.incrementAndGet();
            } else if (status >= 400 && status < 500) {
                clientErrors.incrementAndGet();
                firstError.compareAndSet(null, "HTTP " + status + " on request " + i);
            } else {
                errors.incrementAndGet();
                if (status > 0) {
                    firstError.compareAndSet(null, "HTTP " + status + " on request " + i);
                }
            }
        }

        Outcome outcome(long start, Double overloadedAfter) {
            double seconds = (lastEnd.get() - start) / 1e9;
            return new Outcome(histogram.copy(), ok.get(), clientErrors.get(), errors.get(), seconds, firstError.get(), overloadedAfter);
        }
    }
}
