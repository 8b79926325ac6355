package org.credpath.catalog.model;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Which credentials a learner can ever attain, given their entry and stacking rules: the least fixpoint of
 * "its rules can be met by credentials already attainable", starting from none. A credential with no rules is
 * attainable at once; "A needs one of B, C, D; D needs one of A, B, C; B needs only E" makes E, then B, then
 * A and D attainable, while "A needs B; B needs A" never enters. Rules are read optimistically, so that only
 * what can certainly never be attained is refused: a filter leaf and a condition or unresolved leaf (an
 * adviser can waive it) count as met, with any number of items; a credential leaf is met by the credential
 * or by an attainable credential recognised as it; credits add up to what the attainable children could
 * bring, capped by {@code maxCountedCredits}.
 */
final class Attainability {

    /** A credential as the fixpoint reads it. */
    record Credential(double ects, RuleSpec prerequisites, RuleSpec requirements) {
    }

    private record Reach(boolean met, double credits, double items) {
    }

    private final Map<String, Credential> credentials;
    private final Map<String, List<RecognitionSpec>> recognisedBy;
    private final Set<String> attainable = new HashSet<>();

    /** {@code recognisedBy}: per credential, the credentials recognised as it (and for how many credits). */
    Attainability(Map<String, Credential> credentials, Map<String, List<RecognitionSpec>> recognisedBy) {
        this.credentials = credentials;
        this.recognisedBy = recognisedBy;
    }

    /**
     * The attainable credentials among the graph's vertices ({@code a -> b}: a rule of a names b or a credential
     * recognised as b). A vertex not described is taken as attainable: it is unknown, which the reference check reports.
     */
    Set<String> attainable(Graph<String, DefaultEdge> dependencies) {
        var queue = new ArrayDeque<String>(dependencies.vertexSet());
        var queued = new HashSet<>(dependencies.vertexSet());
        while (!queue.isEmpty()) {
            var id = queue.poll();
            queued.remove(id);
            if (attainable.contains(id) || !canAttain(id)) {
                continue;
            }
            attainable.add(id);
            // only a credential whose rule names this one can change its answer
            for (var edge : dependencies.incomingEdgesOf(id)) {
                var dependent = dependencies.getEdgeSource(edge);
                if (!attainable.contains(dependent) && queued.add(dependent)) {
                    queue.add(dependent);
                }
            }
        }
        return attainable;
    }

    private boolean canAttain(String id) {
        var c = credentials.get(id);
        return c == null || (reach(c.prerequisites()).met() && reach(c.requirements()).met());
    }

    private Reach reach(RuleSpec rule) {
        if (rule == null || rule instanceof RuleSpec.ConditionLeaf || rule instanceof RuleSpec.UnresolvedLeaf) {
            return new Reach(true, 0, 1);
        }
        if (rule instanceof RuleSpec.FilterLeaf) {
            return new Reach(true, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        if (rule instanceof RuleSpec.CredentialLeaf leaf) {
            return credential(leaf.credential());
        }
        var g = (RuleSpec.Group) rule;
        boolean all = true;
        double credits = 0;
        double items = 0;
        for (var child : g.children()) {
            var reach = reach(child);
            all &= reach.met();
            credits += child instanceof RuleSpec.Group cg && Boolean.TRUE.equals(cg.gated()) && !reach.met() ? 0 : reach.credits();
            items += child instanceof RuleSpec.FilterLeaf ? reach.items() : reach.met() ? 1 : 0;
        }
        if (g.maxCountedCredits() != null) {
            credits = Math.min(credits, g.maxCountedCredits());
        }
        if (g.maxCountedItems() != null) {
            items = Math.min(items, g.maxCountedItems());
        }
        if (g.kind() == null) {
            return new Reach(true, credits, 1); // a kind the reader could not read: reported there
        }
        boolean met = switch (g.kind()) {
            case AT_LEAST_K_OF -> items >= (g.k() == null ? 1 : g.k());
            case AT_LEAST_CREDITS -> credits + 1e-9 >= (g.credits() == null ? 0 : g.credits());
            default -> all;
        };
        return new Reach(met, credits, 1);
    }

    /** The credential itself, or the best attainable credential recognised as it. */
    private Reach credential(String id) {
        double best = -1;
        if (id != null && attainable.contains(id)) {
            best = ects(id);
        }
        for (var r : recognisedBy.getOrDefault(id, List.of())) {
            if (attainable.contains(r.credential())) {
                best = Math.max(best, r.credits() != null ? r.credits() : ects(r.credential()));
            }
        }
        return best < 0 ? new Reach(false, 0, 0) : new Reach(true, best, 1);
    }

    private double ects(String id) {
        var c = credentials.get(id);
        return c == null ? 0 : c.ects();
    }
}
