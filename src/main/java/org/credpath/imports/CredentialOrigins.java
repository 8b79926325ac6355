package org.credpath.imports;

import java.util.List;
import java.util.regex.Pattern;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;

/**
 * Where each credential an importer mapped came from (the file and position, in the order of the mapped
 * catalog's credentials), to restate the catalog validator's problems at {@code credentials[i]...} in the source's terms.
 */
public record CredentialOrigins(List<String> origins) {

    private static final Pattern CREDENTIAL_PATH = Pattern.compile("credentials\\[(\\d+)](.*)");

    public CredentialOrigins {
        origins = List.copyOf(origins);
    }

    /** A validator problem at {@code credentials[i]...} restated at where credential i came from. */
    public CatalogProblem locate(CatalogProblem problem) {
        var matcher = CREDENTIAL_PATH.matcher(problem.path());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) >= origins.size()) {
            return problem;
        }
        var rest = matcher.group(2).replaceFirst("^\\.", "");
        return new CatalogProblem(origins.get(Integer.parseInt(matcher.group(1))) + (rest.isEmpty() ? "" : " " + rest),
                problem.message());
    }

    /** The same rejection with every problem restated where it came from. */
    public CatalogRejectedException located(CatalogRejectedException e) {
        return new CatalogRejectedException(e.source(), e.problems().stream().map(this::locate).toList());
    }
}
