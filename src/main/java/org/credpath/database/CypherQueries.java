package org.credpath.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;

/** Runtime Cypher statements, one per file under {@code cypher/queries/}, read once and kept. */
public final class CypherQueries {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherQueries() {
    }

    /** The statement in {@code cypher/queries/<name>.cypher}, e.g. {@code catalog/upsert-providers}. */
    public static String get(String name) {
        return CACHE.computeIfAbsent(name, CypherQueries::load);
    }

    private static String load(String name) {
        var resource = new ClassPathResource("cypher/queries/" + name + ".cypher");
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing Cypher statement " + resource.getPath(), e);
        }
    }
}
