package org.credpath.imports;

import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;

/**
 * Collects what is wrong with a source, each located as {@code file: line N, field F}, so that an import
 * can list every problem at once and write nothing. A source that is wrong throughout (the wrong file,
 * say) would give one problem per row: past {@link #LIMIT} they are counted, not kept.
 */
public final class ImportProblems {

    public static final int LIMIT = 500;

    private final List<CatalogProblem> problems = new ArrayList<>();
    private int dropped;

    public void add(String file, long line, String field, String message) {
        add(file + ": line " + line + (field == null ? "" : ", field " + field), message);
    }

    public void add(String path, String message) {
        if (problems.size() < LIMIT) {
            problems.add(new CatalogProblem(path, message));
        } else {
            dropped++;
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size() + dropped;
    }

    /** Rejects the source with every problem found, if there is any. */
    public void throwIfAny(String source) {
        if (isEmpty()) {
            return;
        }
        var all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(new CatalogProblem("", "... and " + dropped + " more problem(s) not listed"));
        }
        throw new CatalogRejectedException(source, all);
    }
}
