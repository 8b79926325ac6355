package org.credpath.catalog.format;

import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.CatalogProblem;

/** Collects problems while a file is read, so that all of them are reported at once. */
final class Problems {

    private final List<CatalogProblem> list = new ArrayList<>();

    void add(String path, String message) {
        list.add(new CatalogProblem(path, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<CatalogProblem> list() {
        return List.copyOf(list);
    }
}
