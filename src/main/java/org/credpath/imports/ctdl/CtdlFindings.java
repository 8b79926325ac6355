package org.credpath.imports.ctdl;

import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.CatalogProblem;

/** What mapping a CTDL source found: problems that refuse it, warnings about what was kept or left out, and tallies. */
final class CtdlFindings {

    final List<CatalogProblem> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    int pathways;
    int pathwaysWithCredential;
    int groupsInlined;
    int conditions;
    int conditionLeaves;
    int unresolved;
    int storedReferences;
    int precedesKept;
    int precedesNotBetweenCredentials;
    int creditsWithoutUnit;
    int creditsInOtherUnits;

    void problem(String at, String message) {
        problems.add(new CatalogProblem(at, message));
    }

    void warn(String at, String message) {
        warnings.add(at + ": " + message);
    }
}
