package org.credpath.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON (JSON-LD) files of a source: one file, or every {@code *.json} and {@code *.jsonld} below a folder
 * (other files, such as the Turtle twins the CTDL examples ship with, are counted and left alone). Every file is
 * parsed strictly before anything is mapped; a file that is not valid JSON (trailing content after the
 * document included) refuses the whole source, each one named with the line and column where it breaks.
 */
public record JsonFiles(List<JsonFile> files, int otherFiles) {

    /** One parsed file, named relative to the source (forward slashes). */
    public record JsonFile(String name, JsonNode root) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads {@code source}; {@code expected} says what a file should be, for the message when the source does not exist. */
    public static JsonFiles read(Path source, String label, String expected, ImportProgress progress) {
        var path = source.toAbsolutePath().normalize();
        List<Path> paths;
        int other = 0;
        if (Files.isDirectory(path)) {
            var all = list(path, label);
            paths = all.stream().filter(JsonFiles::isJson).toList();
            other = all.size() - paths.size();
            if (paths.isEmpty()) {
                throw rejected(label, "", "holds no .json or .jsonld file");
            }
        } else if (Files.isRegularFile(path)) {
            paths = List.of(path);
        } else {
            throw rejected(label, "", "does not exist (expected " + expected + ")");
        }
        var root = Files.isDirectory(path) ? path : path.getParent();
        var files = new ArrayList<JsonFile>();
        var problems = new ArrayList<CatalogProblem>();
        for (int i = 0; i < paths.size(); i++) {
            var name = root.relativize(paths.get(i)).toString().replace('\\', '/');
            var parsed = parse(name, paths.get(i), problems);
            if (parsed != null) {
                files.add(new JsonFile(name, parsed));
            }
            progress.step("reading files", i + 1, paths.size());
        }
        if (!problems.isEmpty()) {
            throw new CatalogRejectedException(label, problems);
        }
        return new JsonFiles(files, other);
    }

    /** The file's JSON, or null with a problem at the line and column where it stops being JSON. */
    public static JsonNode parse(String name, byte[] content, List<CatalogProblem> problems) {
        try {
            var node = MAPPER.readTree(content);
            if (node == null || node.isMissingNode()) {
                problems.add(new CatalogProblem(name, "the file is empty"));
                return null;
            }
            if (!node.isObject() && !node.isArray()) {
                problems.add(new CatalogProblem(name, "holds a bare " + node.getNodeType().name().toLowerCase()
                        + ", not a JSON-LD object or list"));
                return null;
            }
            return node;
        } catch (JacksonException e) {
            var location = e.getLocation();
            var where = location == null || location.getLineNr() < 1 ? name
                    : "%s: line %d, column %d".formatted(name, location.getLineNr(), location.getColumnNr());
            // Jackson names its own feature for content after the document; say what it means for a JSON-LD file
            var message = e.getOriginalMessage().startsWith("Trailing token")
                    ? "more content after the end of the JSON document (a file holds one object or one list; "
                            + "several documents must be wrapped in a list or split into files)"
                    : e.getOriginalMessage();
            problems.add(new CatalogProblem(where, "not valid JSON: " + message));
            return null;
        }
    }

    private static JsonNode parse(String name, Path file, List<CatalogProblem> problems) {
        try {
            return parse(name, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.add(new CatalogProblem(name, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    private static boolean isJson(Path file) {
        var name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".json") || name.endsWith(".jsonld");
    }

    private static List<Path> list(Path directory, String label) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw rejected(label, "", "cannot be listed: " + e.getMessage());
        }
    }

    private static CatalogRejectedException rejected(String label, String path, String message) {
        return new CatalogRejectedException(label, List.of(new CatalogProblem(path.isEmpty() ? label : path, message)));
    }
}
