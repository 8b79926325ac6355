package org.credpath.skills;

/** The skill matcher is still being built (label vectors computing): answered 503 with the progress and a retry hint. */
public class MatcherNotReady extends RuntimeException {

    private final int vectorsComputed;

    MatcherNotReady(int vectorsComputed, RuntimeException failure) {
        super(failure == null
                ? "The skill matcher is being built (" + vectorsComputed + " label vectors computed so far); retry shortly."
                : "The skill matcher could not be built: " + failure.getMessage() + "; it is being retried.", failure);
        this.vectorsComputed = vectorsComputed;
    }

    public int vectorsComputed() {
        return vectorsComputed;
    }
}
