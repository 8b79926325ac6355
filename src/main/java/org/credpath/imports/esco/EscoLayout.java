package org.credpath.imports.esco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.credpath.imports.ImportProblems;

/**
 * Where the ESCO files of a source are and which download layout they follow. The source may be the
 * folder itself or a folder above it, as when a zip holds one top folder.
 */
record EscoLayout(Path directory, String version, Map<EscoFile, Path> files) {

    private static final int SEARCH_DEPTH = 3;

    static final String V11 = "v1.1.x";
    static final String V12 = "v1.2";
    static final String UNKNOWN = "unknown (no relation file)";

    Optional<Path> file(EscoFile kind) {
        return Optional.ofNullable(files.get(kind));
    }

    /** Finds the layout, or adds a problem and returns null when the source holds no ESCO file or is ambiguous. */
    static EscoLayout find(Path source, ImportProblems problems) {
        var root = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        if (!Files.isDirectory(source)) {
            problems.add(root, "is not a folder of ESCO CSV files (or a zip of one)");
            return null;
        }
        var candidates = directoriesWithEscoFiles(source);
        if (candidates.isEmpty()) {
            problems.add(root, "holds no ESCO CSV file; expected names like " + String.join(", ", EscoFile.SKILLS.names())
                    + ", " + String.join(", ", EscoFile.OCCUPATION_SKILL_RELATIONS.names()));
            return null;
        }
        if (candidates.size() > 1) {
            problems.add(root, "holds ESCO files in several folders (" + String.join(", ", candidates.stream()
                    .map(d -> source.relativize(d).toString()).toList()) + "): import one at a time");
            return null;
        }
        return of(candidates.get(0), problems);
    }

    private static EscoLayout of(Path directory, ImportProblems problems) {
        var files = new EnumMap<EscoFile, Path>(EscoFile.class);
        var v12 = false;
        var v11 = false;
        for (var kind : EscoFile.values()) {
            var present = kind.names().stream().map(directory::resolve).filter(Files::isRegularFile).toList();
            if (present.size() > 1) {
                problems.add(present.get(1).getFileName().toString(), "both " + String.join(" and ", kind.names())
                        + " are present: keep the one of the ESCO version to import");
            }
            if (!present.isEmpty()) {
                files.put(kind, present.get(0));
                if (kind.renamedInV12()) {
                    var suffixed = present.get(0).getFileName().toString().equals(kind.names().get(0));
                    v12 |= suffixed;
                    v11 |= !suffixed;
                }
            }
        }
        if (v11 && v12) {
            problems.add(directory.getFileName().toString(), "mixes v1.1.x relation files (without _en) and v1.2 ones (with _en)");
        }
        return new EscoLayout(directory, v12 ? V12 : v11 ? V11 : UNKNOWN, files);
    }

    private static List<Path> directoriesWithEscoFiles(Path source) {
        var known = Arrays.stream(EscoFile.values()).flatMap(k -> k.names().stream()).toList();
        try (Stream<Path> walk = Files.walk(source, SEARCH_DEPTH)) {
            return walk.filter(Files::isDirectory)
                    .filter(d -> known.stream().anyMatch(name -> Files.isRegularFile(d.resolve(name))))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + source, e);
        }
    }
}
