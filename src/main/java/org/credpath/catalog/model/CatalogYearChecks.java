package org.credpath.catalog.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalog years within one file: a version holds stacking rules and is not itself versioned, a program's versions take
 * effect on distinct dates, and a program with versions in the file states when its own rules took effect (else no
 * start date could pick them). A program named in another load is checked as a reference ({@link CatalogValidator}).
 */
final class CatalogYearChecks {

    private CatalogYearChecks() {
    }

    static List<CatalogProblem> check(Catalog catalog) {
        var problems = new ArrayList<CatalogProblem>();
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < catalog.credentials().size(); i++) {
            index.putIfAbsent(catalog.credentials().get(i).id(), i);
        }
        var dates = new HashMap<String, Map<LocalDate, Integer>>();
        for (int i = 0; i < catalog.credentials().size(); i++) {
            var c = catalog.credentials().get(i);
            var year = c.catalogYear();
            if (year == null || c.id() == null) {
                continue;
            }
            var path = "credentials[" + i + "].catalogYear";
            if (c.requirements() == null) {
                problems.add(new CatalogProblem(path, "a catalog year is a version of stacking rules: give this credential requirements"));
            }
            var program = year.programOr(c.id());
            var programAt = index.get(program);
            if (!program.equals(c.id()) && programAt != null) {
                var programYear = catalog.credentials().get(programAt).catalogYear();
                if (programYear == null) {
                    problems.add(new CatalogProblem("credentials[" + programAt + "].catalogYear", "'" + program + "' has catalog years ("
                            + c.id() + "): state when its own rules took effect, catalogYear: {effective: ...}"));
                } else if (!programYear.programOr(program).equals(program)) {
                    problems.add(new CatalogProblem(path + ".program", "'" + program + "' is itself a catalog year of '"
                            + programYear.program() + "': name that program"));
                }
            }
            if (year.effective() != null) {
                var earlier = dates.computeIfAbsent(program, p -> new HashMap<>()).putIfAbsent(year.effective(), i);
                if (earlier != null) {
                    problems.add(new CatalogProblem(path + ".effective", "credentials[" + earlier + "] is the version of '" + program
                            + "' effective " + year.effective() + " already"));
                }
            }
        }
        return problems;
    }
}
