package org.credpath.imports;

/** Progress of a long import: what step it is at and how far along (total -1 when unknown). */
@FunctionalInterface
public interface ImportProgress {

    void step(String what, long done, long total);

    ImportProgress NONE = (what, done, total) -> { };
}
