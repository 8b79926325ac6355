package org.credpath.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.credpath.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * The latest progress of the imports that run now or ran lately, by an id the caller chose when starting one
 * ({@code ?progress=} on the upload), so that a page can poll it while the upload request waits for the report.
 * In memory, this instance only, the last {@value #KEPT} imports.
 */
@Component
public class ImportProgressBoard {

    static final int KEPT = 50;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    /** Where an import is: waiting (not started: its upload being saved, or another import running), at a step ({@code total} -1 when unknown), or ended. */
    public record Status(String id, String format, String state, String step, long done, long total, Integer percent, long seconds) {
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > KEPT;
        }
    };

    public ImportProgressBoard() {
        this(Clock.systemUTC());
    }

    ImportProgressBoard(Clock clock) {
        this.clock = clock;
    }

    /** A new entry for an import about to start, and the progress that feeds it (and the log). A bad or reused id is a 400. */
    public synchronized ImportProgress start(String id, String format) {
        if (!ID.matcher(id).matches()) {
            throw new BadRequestException("progress", "must be 8 to 64 letters, digits or dashes (a UUID, say)");
        }
        if (entries.containsKey(id)) {
            throw new BadRequestException("progress", "'" + id + "' is in use: choose a new id for every import");
        }
        var entry = new Entry(format, clock.instant());
        entries.put(id, entry);
        var log = new LoggingProgress(format + " import");
        return (what, done, total) -> {
            log.step(what, done, total);
            record(entry, what, done, total);
        };
    }

    /** Marks the import ended, with its report or its problems (the upload's answer carries them). */
    public synchronized void finish(String id, boolean succeeded) {
        var entry = entries.get(id);
        if (entry != null) {
            entry.state = succeeded ? "finished" : "failed";
            entry.ended = clock.instant();
        }
    }

    public synchronized Optional<Status> status(String id) {
        var e = entries.get(id);
        if (e == null) {
            return Optional.empty();
        }
        Integer percent = e.total > 0 ? (int) Math.min(100, e.done * 100 / e.total) : null;
        var until = e.ended != null ? e.ended : clock.instant();
        return Optional.of(new Status(id, e.format, e.state, e.step, e.done, e.total, percent, Duration.between(e.started, until).toSeconds()));
    }

    private synchronized void record(Entry entry, String what, long done, long total) {
        entry.state = "running";
        entry.step = what;
        entry.done = done;
        entry.total = total;
    }

    private static final class Entry {
        private final String format;
        private final Instant started;
        private String state = "waiting";
        private String step;
        private long done;
        private long total = -1;
        private Instant ended;

        private Entry(String format, Instant started) {
            this.format = format;
            this.started = started;
        }
    }
}
