package org.credpath.catalog;

/**
 * Published after a catalog source was written, so that in-memory views of the catalog refresh at once on the
 * writing replica (others notice the version in the database). {@code logged}: the write advanced the catalog
 * version ({@link CatalogVersion}), so the change log says what changed; otherwise (a repair, a test's clean-up)
 * views are rebuilt whole.
 */
public record CatalogChanged(String source, boolean logged) {

    public CatalogChanged(String source) {
        this(source, false);
    }
}
