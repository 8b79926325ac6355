package org.credpath.imports.utdallas;

import java.util.List;
import java.util.regex.Pattern;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CatalogProblem;

/**
 * A UT Dallas source mapped onto the catalog model: the catalog to load, where each credential came
 * from (so problems the validator finds point into the source files), warnings and tallies.
 */
public record UtdallasMapping(Catalog catalog, List<String> origins, List<String> warnings, Tally tally) {

    private static final Pattern CREDENTIAL_PATH = Pattern.compile("credentials\\[(\\d+)](.*)");

    /** Counts of what the mapping made and kept ({@code crossListedCourses}: courses linked as the same as another). */
    public record Tally(int courses, int degrees, int conditions, int unresolvedCourses, int unresolvedImports,
                        int corequisiteListsSkipped, int coursesWithoutHours, int variableHourCourses, int crossListedCourses) {
    }

    public UtdallasMapping {
        origins = List.copyOf(origins);
        warnings = List.copyOf(warnings);
    }

    /** A validator problem at {@code credentials[i]...} restated at the source file and entry credential i came from. */
    public CatalogProblem locate(CatalogProblem problem) {
        var matcher = CREDENTIAL_PATH.matcher(problem.path());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) >= origins.size()) {
            return problem;
        }
        var rest = matcher.group(2).replaceFirst("^\\.", "");
        var id = catalog.credentials().get(Integer.parseInt(matcher.group(1))).id();
        return new CatalogProblem(origins.get(Integer.parseInt(matcher.group(1))),
                (rest.isEmpty() ? id : id + " " + rest) + ": " + problem.message());
    }
}
