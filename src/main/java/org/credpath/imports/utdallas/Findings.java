package org.credpath.imports.utdallas;

import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.CatalogProblem;

/** What mapping one source found: problems that refuse it, warnings about what was kept, and tallies. */
final class Findings {

    final List<CatalogProblem> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    int conditions;
    int unresolvedCourses;
    int unresolvedImports;
    int corequisiteListsSkipped;
    int coursesWithoutHours;
    int variableHourCourses;
    int crossListedCourses;

    void problem(String at, String message) {
        problems.add(new CatalogProblem(at, message));
    }

    void warn(String at, String message) {
        warnings.add(at + ": " + message);
    }

    UtdallasMapping.Tally tally(int courses, int degrees) {
        return new UtdallasMapping.Tally(courses, degrees, conditions, unresolvedCourses, unresolvedImports,
                corequisiteListsSkipped, coursesWithoutHours, variableHourCourses, crossListedCourses);
    }
}
