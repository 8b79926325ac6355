package org.credpath.imports.ctdl;

import java.util.List;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CatalogProblem;
import org.credpath.imports.CredentialOrigins;

/**
 * A CTDL source mapped onto the catalog model: the catalog to load, where each credential came from (so
 * problems the catalog validator finds point into the files), a one-line summary and the warnings.
 */
record CtdlMapping(Catalog catalog, List<String> origins, String summary, List<String> warnings) {

    CtdlMapping {
        origins = List.copyOf(origins);
        warnings = List.copyOf(warnings);
    }

    /** A validator problem at {@code credentials[i]...} restated at the file and @id credential i came from. */
    CatalogProblem locate(CatalogProblem problem) {
        return new CredentialOrigins(origins).locate(problem);
    }
}
