package org.credpath.catalog;

/** Published after a catalog source was written, so that in-memory views of the catalog refresh. */
public record CatalogChanged(String source) {
}
