package org.credpath.stacking.engine;

import java.util.List;

/** No set of credentials the options allow meets the target: says which rule nodes cannot be met and why. */
public class UnsatisfiableTargetException extends RuntimeException {

    /** A rule node no plan can meet; {@code waivable} when it is a condition or unresolved leaf an adviser may waive. */
    public record Blocker(String target, String node, String label, String reason, boolean waivable) {

        public Blocker(String target, String node, String label, String reason) {
            this(target, node, label, reason, false);
        }
    }

    private final List<Blocker> blockers;

    public UnsatisfiableTargetException(List<Blocker> blockers) {
        super("No plan can meet the target: " + String.join("; ", blockers.stream()
                .map(b -> b.node() + (b.label() == null ? "" : " (" + b.label() + ")") + ": " + b.reason()).toList()));
        this.blockers = List.copyOf(blockers);
    }

    public List<Blocker> blockers() {
        return blockers;
    }
}
