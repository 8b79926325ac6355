package org.credpath.imports.utdallas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Course codes ("CS 1337") to credential ids. A code usually names one course; a few codes name
 * several listings (topics and capstone courses repeated in the catalog), each its own credential.
 */
final class CourseIndex {

    private final Map<String, List<String>> idsByCode = new HashMap<>();

    void add(String code, String credentialId) {
        idsByCode.computeIfAbsent(normalize(code), c -> new ArrayList<>()).add(credentialId);
    }

    /** The credentials with that code; empty when none. Case and spacing are not significant ("IMS 4v94"). */
    List<String> ids(String code) {
        return idsByCode.getOrDefault(normalize(code), List.of());
    }

    boolean isEmpty() {
        return idsByCode.isEmpty();
    }

    static String normalize(String code) {
        return code.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
