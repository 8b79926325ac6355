package org.credpath.catalog.model;

/** Kinds of {@code :Requirement} node; the first three are inner nodes, the rest leaves. */
public enum RuleKind {
    ALL_OF, AT_LEAST_K_OF, AT_LEAST_CREDITS, FILTER, CONDITION, UNRESOLVED;

    public boolean isGroup() {
        return this == ALL_OF || this == AT_LEAST_K_OF || this == AT_LEAST_CREDITS;
    }
}
