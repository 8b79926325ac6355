package org.credpath.catalog.model;

import java.util.List;

/** A catalog source with problems; nothing of it was written. */
public class CatalogRejectedException extends RuntimeException {

    private final String source;
    private final List<CatalogProblem> problems;

    public CatalogRejectedException(String source, List<CatalogProblem> problems) {
        super("%s was rejected with %d problem(s): %s".formatted(source, problems.size(),
                String.join("; ", problems.stream().limit(20).map(CatalogProblem::toString).toList())));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
