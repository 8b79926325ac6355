package org.credpath.imports.utdallas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

import org.credpath.catalog.model.CatalogYear;
import org.credpath.catalog.model.CredentialSpec;

/**
 * Catalog years of the UT Dallas degrees: the files of one programme in several {@code degree_data/<year>} folders
 * ({@code utd-degree-2022-computer-science-bs}, {@code utd-degree-2023-computer-science-bs}) are versions of one
 * programme, the latest year's degree; every degree's rules take effect on 1 August of its catalog year's first year
 * (UT Dallas catalogs take effect with the fall semester; the files state no day). A learner who started in 2022 is
 * then audited on the 2022 rules.
 */
final class DegreeYears {

    private static final Pattern DEGREE = Pattern.compile("utd-degree-(\\d{4})-(.+)");

    private DegreeYears() {
    }

    /** The credentials with a catalog year on every degree, each earlier year naming its programme's latest. */
    static List<CredentialSpec> link(List<CredentialSpec> credentials) {
        var byProgramme = new LinkedHashMap<String, List<CredentialSpec>>();
        for (var c : credentials) {
            var degree = DEGREE.matcher(c.id());
            if (degree.matches() && c.requirements() != null) {
                byProgramme.computeIfAbsent(degree.group(2), k -> new ArrayList<>()).add(c);
            }
        }
        var programmeOf = new LinkedHashMap<String, String>();
        byProgramme.values().forEach(years -> {
            var latest = years.stream().max(Comparator.comparing(CredentialSpec::id)).orElseThrow().id(); // same slug: by year
            years.forEach(y -> programmeOf.put(y.id(), latest));
        });
        var linked = new ArrayList<CredentialSpec>(credentials.size());
        for (var c : credentials) {
            var programme = programmeOf.get(c.id());
            linked.add(programme == null ? c : c.withCatalogYear(new CatalogYear(programme.equals(c.id()) ? null : programme, effective(c.id()))));
        }
        return linked;
    }

    private static LocalDate effective(String degreeId) {
        var degree = DEGREE.matcher(degreeId);
        degree.matches();
        return LocalDate.of(Integer.parseInt(degree.group(1)), 8, 1);
    }
}
