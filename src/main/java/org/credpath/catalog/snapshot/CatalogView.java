package org.credpath.catalog.snapshot;

/**
 * A module's own in-memory view of the catalog (the recommendations' skill index), registered with
 * {@link CatalogSnapshots#register}: built beside each new snapshot before that snapshot is served, so requests switch
 * to both at once and never wait for either. {@link #build} and {@link #update} may read the database (they run in a
 * read transaction).
 */
public interface CatalogView<T> {

    T build(CatalogSnapshot snapshot);

    /** The view of {@code next}, the snapshot after {@code change}; by default built anew. */
    default T update(T previous, CatalogSnapshot next, CatalogChange change) {
        return build(next);
    }
}
