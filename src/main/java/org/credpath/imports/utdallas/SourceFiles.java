package org.credpath.imports.utdallas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.imports.ImportProgress;

/**
 * The files of a UT Dallas source. A directory holds {@code courses.json} (optional, at most one, at any
 * depth, as an unpacked upload may nest it) and degree files: every other {@code *.json} below it
 * ({@code degree_data/<year>/<name>.json}); files named {@code core.json} are only read through an {@code @import}. A single file is the course catalog when
 * it holds a list, else a degree file. Names are relative to the root, with forward slashes.
 */
record SourceFiles(Path root, SourceFile courses, List<SourceFile> degrees) {

    static final String COURSES = "courses.json";
    static final String IMPORT_ONLY = "core.json";

    static SourceFiles read(Path source, ImportProgress progress) {
        var path = source.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            var paths = jsonFiles(path);
            var catalogs = paths.stream().filter(p -> p.getFileName().toString().equals(COURSES)).toList();
            if (catalogs.size() > 1) {
                throw new CatalogRejectedException(source.toString(), catalogs.stream()
                        .map(p -> new CatalogProblem(path.relativize(p).toString().replace('\\', '/'),
                                "one of " + catalogs.size() + " course catalogs in the source; import them one at a time"))
                        .toList());
            }
            var courses = (SourceFile) null;
            var degrees = new ArrayList<SourceFile>();
            for (int i = 0; i < paths.size(); i++) {
                var file = read(path, paths.get(i));
                if (catalogs.contains(paths.get(i))) {
                    courses = file;
                } else {
                    degrees.add(file);
                }
                progress.step("reading files", i + 1, paths.size());
            }
            return new SourceFiles(path, courses, degrees);
        }
        if (!Files.isRegularFile(path)) {
            throw rejected(source, "does not exist (expected the utdallas directory, courses.json or a degree file)");
        }
        var file = read(path.getParent(), path);
        progress.step("reading files", 1, 1);
        return file.content().stripLeading().startsWith("[")
                ? new SourceFiles(path.getParent(), file, List.of())
                : new SourceFiles(path.getParent(), null, List.of(file));
    }

    /** A file an {@code @import} names, relative to the root; empty when the source does not have it. */
    Optional<SourceFile> find(String name) {
        var path = root.resolve(name).normalize();
        return path.startsWith(root) && Files.isRegularFile(path) ? Optional.of(read(root, path)) : Optional.empty();
    }

    private static List<Path> jsonFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(IMPORT_ONLY))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw rejected(directory, "cannot be listed: " + e.getMessage());
        }
    }

    private static SourceFile read(Path root, Path file) {
        var name = root.relativize(file).toString().replace('\\', '/');
        try {
            return new SourceFile(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CatalogRejectedException(name, List.of(new CatalogProblem(name, "cannot be read: " + e.getMessage())));
        }
    }

    private static CatalogRejectedException rejected(Path source, String message) {
        return new CatalogRejectedException(source.toString(), List.of(new CatalogProblem(source.toString(), message)));
    }
}
