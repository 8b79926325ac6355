package org.credpath.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the service's resident memory and heap in use once a second; keeps the maximum over the run and since the last mark. */
final class MemorySampler implements AutoCloseable {

    private final Service service;
    private final Thread thread;
    private final AtomicLong maxRss = new AtomicLong(-1);
    private final AtomicLong maxHeap = new AtomicLong(-1);
    private final AtomicLong phaseRss = new AtomicLong(-1);
    private final AtomicLong phaseHeap = new AtomicLong(-1);
    private volatile boolean running = true;

    MemorySampler(Service service) {
        this.service = service;
        this.thread = new Thread(this::loop, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void sample() {
        long rss = service.rss();
        long heap = service.heapUsed();
        maxRss.accumulateAndGet(rss, Math::max);
        phaseRss.accumulateAndGet(rss, Math::max);
        maxHeap.accumulateAndGet(heap, Math::max);
        phaseHeap.accumulateAndGet(heap, Math::max);
    }

    /** Starts a new phase window. */
    void mark() {
        phaseRss.set(-1);
        phaseHeap.set(-1);
    }

    long phaseMaxRss() {
        return phaseRss.get();
    }

    long phaseMaxHeap() {
        return phaseHeap.get();
    }

    long maxRss() {
        return maxRss.get();
    }

    long maxHeap() {
        return maxHeap.get();
    }

    /** The 1-minute load average of the machine ({@code /proc/loadavg}), or "?" elsewhere. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
    }
}
