package org.credpath.catalog.model;

/** One thing wrong with a catalog source, located by its path in the file ({@code credentials[3].ects}). */
public record CatalogProblem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
