package org.credpath.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.credpath.web.InsufficientStorageException;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refuses a large write (a catalog load, an import) before it starts when the store's disk is short of space, with a
 * 507 naming the store and the free and needed space. A database that fills its disk mid-write panics and refuses
 * everything until restarted, and may have saved the write it reported failed; refusing up front avoids both. The
 * need is {@code credpath.storage.min-free-space} plus {@value #SOURCE_FACTOR} times the source (a rough bound of
 * what the store and its transaction log grow by).
 */
@Component
public class FreeSpace {

    static final int SOURCE_FACTOR = 3;
    private static final Logger log = LoggerFactory.getLogger(FreeSpace.class);

    private final Path store;
    private final long minFree;

    FreeSpace(StorageProperties storage, EmbeddedNeo4jProperties embedded, ObjectProvider<DatabaseManagementService> embeddedDatabase) {
        this.store = storage.directory() != null ? storage.directory().toAbsolutePath().normalize()
                : embeddedDatabase.getIfAvailable() != null ? embedded.homeDirectory() : null;
        this.minFree = storage.minFreeSpace().toBytes();
    }

    /** Throws {@link InsufficientStorageException} when writing {@code what}, from a source of that size, would leave too little. */
    public void require(String what, long sourceBytes) {
        if (store == null) {
            return;
        }
        long free = usable(store);
        long needed = minFree + SOURCE_FACTOR * Math.max(0, sourceBytes);
        if (free >= 0 && free < needed) {
            throw new InsufficientStorageException(("Not enough free disk space for %s: the database store %s has %s free; this write "
                    + "needs %s (credpath.storage.min-free-space %s plus %d times the %s source). Free space, or move the store.")
                    .formatted(what, store, mb(free), mb(needed), mb(minFree), SOURCE_FACTOR, mb(sourceBytes)), store.toString(), free, needed);
        }
    }

    /** The bytes of a file, or of every file under a directory. */
    public static long sizeOf(Path source) {
        try (Stream<Path> files = Files.walk(source)) {
            return files.filter(Files::isRegularFile).mapToLong(FreeSpace::size).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // gone meanwhile
        }
    }

    /** Usable bytes on the disk of {@code path} (or of its nearest existing parent); -1 when that cannot be read. */
    private static long usable(Path path) {
        var existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? -1 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            log.warn("Free space of {} not readable: {}", existing, e.toString());
            return -1;
        }
    }

    private static String mb(long bytes) {
        return "%.1f MB".formatted(bytes / 1_048_576.0);
    }
}
