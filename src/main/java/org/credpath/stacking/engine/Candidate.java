package org.credpath.stacking.engine;

/**
 * A holding that may count at a leaf, for {@code credits}; {@code via} names the credential it is
 * recognised as when it counts through recognition (null when it counts as itself).
 */
record Candidate(int holding, int leaf, double credits, String via) {
}
