package org.credpath.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The write side of the catalog's version ({@code :CatalogVersion}, V0004): every catalog write runs the statement {@link #STATEMENT}
 * in its own transaction, so the version moves exactly when the write commits and every replica can see that its
 * snapshot is behind; the change log entry it adds names the credentials written, so replicas apply small changes
 * incrementally. The statement is run by whichever client holds the transaction (Spring's, or a driver transaction).
 */
public final class CatalogVersion {

    /** The statement that advances the version and logs the change; returns {@code version}. */
    public static final String STATEMENT = "catalog/advance-version";
    /** How many versions the change log keeps: a replica further behind rebuilds its snapshot whole. */
    static final int KEPT_CHANGES = 1_000;

    private CatalogVersion() {
    }

    /**
     * The statement's parameters: {@code credentials} the ids of the credentials written, or null when any may have
     * changed; {@code reference} whether skills, occupations, their hierarchy or providers changed.
     */
    public static Map<String, Object> parameters(Collection<String> credentials, boolean reference) {
        var parameters = new HashMap<String, Object>();
        parameters.put("credentials", credentials == null ? null : List.copyOf(credentials));
        parameters.put("reference", reference);
        parameters.put("keep", KEPT_CHANGES);
        return parameters;
    }
}
