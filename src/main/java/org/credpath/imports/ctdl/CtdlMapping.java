package org.credpath.imports.ctdl;

import java.util.List;
import java.util.regex.Pattern;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CatalogProblem;

/**
 * A CTDL source mapped onto the catalog model: the catalog to load, where each credential came from (so
 * problems the catalog validator finds point into the files), a one-line summary and the warnings.
 */
record CtdlMapping(Catalog catalog, List<String> origins, String summary, List<String> warnings) {

    private static final Pattern CREDENTIAL_PATH = Pattern.compile("credentials\\[(\\d+)](.*)");

    CtdlMapping {
        origins = List.copyOf(origins);
        warnings = List.copyOf(warnings);
    }

    /** A validator problem at {@code credentials[i]...} restated at the file and @id credential i came from. */
    CatalogProblem locate(CatalogProblem problem) {
        var matcher = CREDENTIAL_PATH.matcher(problem.path());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) >= origins.size()) {
            return problem;
        }
        var rest = matcher.group(2).replaceFirst("^\\.", "");
        return new CatalogProblem(origins.get(Integer.parseInt(matcher.group(1))) + (rest.isEmpty() ? "" : " " + rest),
                problem.message());
    }
}
