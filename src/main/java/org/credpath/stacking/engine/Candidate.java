package org.credpath.stacking.engine;

/**
 * A holding that may count at a leaf, for {@code credits}; {@code via} names the credential it is
 * recognised as when it counts through recognition (null when it counts as itself). {@code area}: under a group with
 * distribution areas, the area it counts for there (one candidate per area it may count for; null: toward no area).
 */
record Candidate(int holding, int leaf, double credits, String via, String area) {

    Candidate(int holding, int leaf, double credits, String via) {
        this(holding, leaf, credits, via, null);
    }
}
