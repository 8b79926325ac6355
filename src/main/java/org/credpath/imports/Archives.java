package org.credpath.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.zip.ZipInputStream;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;

/** Unpacks uploaded zips, refusing entries that would land outside the target and archives that expand without bound. */
public final class Archives {

    static final long MAX_UNPACKED_BYTES = 4L << 30;
    static final int MAX_ENTRIES = 10_000;

    private Archives() {
    }

    public static boolean isZip(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase().endsWith(".zip");
    }

    /**
     * Reads {@code source} as a folder: a zip is unpacked into a temporary folder (deleted afterwards) and read from
     * there, named by its file name; anything else is read as it is, named by its path.
     */
    public static <T> T asFolder(Path source, String tempPrefix, BiFunction<Path, String, T> read) {
        if (!isZip(source)) {
            return read.apply(source, source.toString());
        }
        try (var folder = TempFolder.create(tempPrefix); var in = Files.newInputStream(source)) {
            unzip(source.getFileName().toString(), in, folder.path());
            return read.apply(folder.path(), source.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + source, e);
        }
    }

    /** Unpacks {@code zip} (named {@code name} in messages) into {@code target}. */
    public static void unzip(String name, InputStream zip, Path target) throws IOException {
        var root = target.toAbsolutePath().normalize();
        long total = 0;
        var entries = 0;
        try (var in = new ZipInputStream(zip)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var destination = root.resolve(entry.getName()).normalize();
                if (!destination.startsWith(root)) {
                    throw rejected(name, entry.getName() + " would unpack outside the upload folder");
                }
                if (++entries > MAX_ENTRIES) {
                    throw rejected(name, "has more than " + MAX_ENTRIES + " entries");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (OutputStream out = Files.newOutputStream(destination)) {
                    total += copy(in, out, MAX_UNPACKED_BYTES - total, name);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw rejected(name, "is not a readable zip: " + e.getMessage());
        } catch (java.io.EOFException e) {
            // ZipInputStream reads an entry cut short as the end of the stream
            throw rejected(name, "is not a readable zip: it ends in the middle of an entry (truncated?)");
        }
        if (entries == 0) {
            throw rejected(name, "is empty or not a zip");
        }
    }

    private static long copy(InputStream in, OutputStream out, long allowed, String name) throws IOException {
        var buffer = new byte[1 << 16];
        long copied = 0;
        for (var n = in.read(buffer); n > 0; n = in.read(buffer)) {
            copied += n;
            if (copied > allowed) {
                throw rejected(name, "unpacks to more than " + (MAX_UNPACKED_BYTES >> 30) + " GiB");
            }
            out.write(buffer, 0, n);
        }
        return copied;
    }

    private static CatalogRejectedException rejected(String name, String message) {
        return new CatalogRejectedException(name, java.util.List.of(new CatalogProblem(name, message)));
    }
}
