package org.credpath.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an import's progress: each step as it starts, then every further tenth of it (or every few seconds when its size is unknown). */
public final class LoggingProgress implements ImportProgress {

    private static final Logger log = LoggerFactory.getLogger(LoggingProgress.class);
    private static final long UNKNOWN_TOTAL_EVERY_NANOS = 5_000_000_000L;

    private final String name;
    private final long started = System.nanoTime();
    private String step = "";
    private long lastTenth = -1;
    private long lastLogged;

    public LoggingProgress(String name) {
        this.name = name;
    }

    @Override
    public synchronized void step(String what, long done, long total) {
        if (!what.equals(step)) {
            step = what;
            lastTenth = -1;
            lastLogged = 0;
        }
        if (total > 0) {
            var tenth = Math.min(10, done * 10 / total);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                log.info("{} [{}s] {}: {}% ({} of {})", name, seconds(), what, tenth * 10, done, total);
            }
        } else if (total < 0 && System.nanoTime() - lastLogged > UNKNOWN_TOTAL_EVERY_NANOS) {
            lastLogged = System.nanoTime();
            log.info("{} [{}s] {}: {} done", name, seconds(), what, done);
        }
    }

    private long seconds() {
        return (System.nanoTime() - started) / 1_000_000_000L;
    }
}
