package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.List;

import org.credpath.stacking.engine.AuditResult;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.stacking.engine.StackingAudit;

/**
 * The rule leaves of an aimed larger credential that a further credential could still count at, by the
 * audit of the learner's holdings: a credential leaf not yet met, or a filter leaf, with no ancestor
 * already met. A credential "stacks into" the aim when it matches one of them (as itself or through recognition).
 */
final class OpenLeaves {

    final String aim;
    final String title;
    final boolean met;
    private final List<Rule> leaves = new ArrayList<>();
    private final SkillIndex index;
    private List<java.util.function.IntPredicate> tests; // per open leaf, whether a catalog position matches it as itself

    OpenLeaves(SkillIndex index, String aim, List<Holding> holdings, java.time.LocalDate date) {
        this.index = index;
        this.aim = aim;
        var audit = new StackingAudit(index.catalog(), new StackingAudit.Options(date, index.waived(), StackingAudit.Options.SEARCH_NODES))
                .audit(aim, holdings);
        this.title = audit.title();
        this.met = audit.met();
        if (!met) {
            collect(index.catalog().requirements(aim).orElseThrow(), audit.tree(), false);
        }
    }

    /** Under ALL_OF a filter stands for one credential, so once met it takes no more. */
    private void collect(Rule rule, AuditResult.AuditNode node, boolean underAllOf) {
        if (node.status() == AuditResult.Status.MET && (!(rule instanceof Rule.FilterLeaf) || underAllOf)) {
            return;
        }
        if (rule instanceof Rule.Group g) {
            for (int i = 0; i < g.children().size(); i++) {
                collect(g.children().get(i), node.children().get(i), g.kind() == Rule.Kind.ALL_OF);
            }
        } else if (rule instanceof Rule.CredentialLeaf || rule instanceof Rule.FilterLeaf) {
            leaves.add(rule);
        }
    }

    /** The label of the first open leaf the credential at the catalog position matches, or null when it matches none. */
    String matched(int position) {
        var catalog = index.catalog();
        var tests = tests();
        boolean recognised = !catalog.recognitionsFromAt(position).isEmpty();
        for (int i = 0; i < leaves.size(); i++) {
            var leaf = leaves.get(i);
            // as itself by the leaf's test; through recognition by the general rule
            if (tests.get(i).test(position) || recognised && LeafCredits.of(leaf, catalog.at(position), catalog) != null) {
                return leaf.label() != null ? leaf.label() : leaf instanceof Rule.CredentialLeaf c ? c.credential() : leaf.id();
            }
        }
        return null;
    }

    /** Whether the credential at the catalog position matches an open leaf as itself (a leaf naming it, a filter it meets). */
    boolean asItself(int position) {
        return tests().stream().anyMatch(test -> test.test(position));
    }

    private List<java.util.function.IntPredicate> tests() {
        if (tests == null) {
            var catalog = index.catalog();
            tests = leaves.stream().map(leaf -> leaf instanceof Rule.FilterLeaf f ? catalog.matcher(f.filter())
                    : sameAs(catalog.position(((Rule.CredentialLeaf) leaf).credential()))).toList();
        }
        return tests;
    }

    private static java.util.function.IntPredicate sameAs(int target) {
        return position -> position == target; // a target the catalog lacks is -1: no position equals it
    }

    /** Credentials the open leaves name directly (filter leaves name none). */
    List<String> named() {
        return leaves.stream().filter(l -> l instanceof Rule.CredentialLeaf).map(l -> ((Rule.CredentialLeaf) l).credential()).toList();
    }

    List<Rule.FilterLeaf> filters() {
        return leaves.stream().filter(l -> l instanceof Rule.FilterLeaf).map(l -> (Rule.FilterLeaf) l).toList();
    }
}
