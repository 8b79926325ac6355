package org.credpath.skills.match;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * The vectors of texts (skill labels, skill descriptions), computed once and kept in a file so a restart does not
 * recompute them: a header naming the model, then (text, float[dimension]) records. Keyed by text, so a changed
 * vocabulary computes only its new labels (a changed description only its new text); a file made by another model is
 * ignored and replaced. Filled either all at once ({@link #vectors}) or one text at a time on first use ({@link #vector},
 * safe from several threads), the latter saved by {@link #flush} or once {@value #SAVE_EVERY_LAZY} or 30 s' worth are
 * unsaved (a stop loses at most those, computed again on their next use).
 */
public final class VectorCache {

    private static final int MAGIC = 0x53564331; // "SVC1"
    private static final int SAVE_EVERY = 10_000;
    private static final int SAVE_EVERY_LAZY = 1_000;
    private static final long SAVE_AFTER_NANOS = 30_000_000_000L;

    private final Path file;
    private final TextEncoder encoder;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private int unsaved;
    private long savedAt = System.nanoTime();

    public VectorCache(Path file, TextEncoder encoder) {
        this.file = file;
        this.encoder = encoder;
        if (Files.exists(file)) {
            load();
        }
    }

    /** The vectors of the texts, computing (and saving) those not in the file; {@code progress} hears each computed one. */
    public Map<String, float[]> vectors(Collection<String> texts, IntConsumer progress) {
        var missing = new ArrayList<String>();
        for (var text : new LinkedHashSet<>(texts)) {
            if (!vectors.containsKey(text)) {
                missing.add(text);
            }
        }
        for (int i = 0; i < missing.size(); i++) {
            vectors.put(missing.get(i), encoder.encode(missing.get(i)));
            progress.accept(i + 1);
            if ((i + 1) % SAVE_EVERY == 0) {
                save();
            }
        }
        if (!missing.isEmpty()) {
            save();
        }
        var found = new HashMap<String, float[]>();
        texts.forEach(text -> found.put(text, vectors.get(text)));
        return found;
    }

    /**
     * The vector of one text, computed on its first use (outside any lock: several threads may encode at once; the
     * first to finish is kept) and saved with the next {@link #flush}, or with the next computed once enough are unsaved.
     */
    public float[] vector(String text) {
        var known = vectors.get(text);
        if (known != null) {
            return known;
        }
        var computed = encoder.encode(text);
        var earlier = vectors.putIfAbsent(text, computed);
        if (earlier != null) {
            return earlier;
        }
        computedOne();
        return computed;
    }

    /** Saves the vectors computed by {@link #vector} since the last save, if any. */
    public synchronized void flush() {
        if (unsaved > 0) {
            save();
        }
    }

    private synchronized void computedOne() {
        unsaved++;
        if (unsaved >= SAVE_EVERY_LAZY || System.nanoTime() - savedAt > SAVE_AFTER_NANOS) {
            save();
        }
    }

    public int size() {
        return vectors.size();
    }

    private void load() {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(encoder.model()) || in.readInt() != encoder.dimension()) {
                return;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                var text = in.readUTF();
                var vector = new float[encoder.dimension()];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(text, vector);
            }
        } catch (EOFException e) {
            vectors.clear(); // a truncated file is recomputed, never half-trusted
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the skill vectors " + file, e);
        }
    }

    /** Counted after a vector is put, reset here under the same lock: one put after the copy is counted for the next save. */
    private synchronized void save() {
        unsaved = 0;
        savedAt = System.nanoTime();
        var entries = List.copyOf(vectors.entrySet());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            var temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeUTF(encoder.model());
                out.writeInt(encoder.dimension());
                out.writeInt(entries.size());
                for (var entry : entries) {
                    out.writeUTF(entry.getKey());
                    for (var value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the skill vectors " + file, e);
        }
    }
}
