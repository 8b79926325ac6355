package org.credpath.imports;

import java.nio.file.Path;

import org.credpath.catalog.ImportReport;

/**
 * One source format credpath takes as it is (ESCO CSV, a course catalog, CTDL, Open Badges...).
 * An import applies whole or not at all: a source with problems throws
 * {@link org.credpath.catalog.model.CatalogRejectedException} listing each with file, position and field.
 */
public interface Importer {

    /** Short name used on the command line and in the admin endpoint, e.g. {@code esco}. */
    String format();

    /** One line for help texts and the OpenAPI document. */
    String description();

    /** Imports the file or directory at {@code source}, reporting progress as it goes. */
    ImportReport importFrom(Path source, ImportProgress progress);
}
