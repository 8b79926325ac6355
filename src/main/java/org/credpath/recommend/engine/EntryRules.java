package org.credpath.recommend.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Grades;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.stacking.engine.StackingAudit;

/**
 * Entry rules (prerequisite trees) for recommendations. {@link #openNow} is exact: the stacking audit
 * decides whether the holdings meet the rule. {@link #met} is the monotone reading used to look ahead
 * (what a step unlocks, what a route may rely on): a credential leaf is met by that credential or one
 * recognised as it, a filter leaf by every matching credential (each an item, each adding its credits),
 * ALL_OF by all children, AT_LEAST_K_OF by k items, AT_LEAST_CREDITS by the credits; holdings must meet
 * minimum grades and validity windows on their path, planned credentials are assumed passed with the
 * grade asked. It does not apply the audit's "each credential counts once per tree" or counting caps,
 * so it may accept a little more than the audit; it never rejects what the audit accepts.
 */
public final class EntryRules {

    private final SkillIndex index;
    private final List<Holding> holdings;
    private final int[] heldAt; // per holding, its catalog position (-1 when the catalog has none), looked up once
    private final Map<String, List<Integer>> heldById = new HashMap<>(); // which holdings are of the credential
    private final boolean anyRecognised; // whether some holding is recognised as another credential
    private final BitSet countsAs = new BitSet(); // catalog positions a holding counts as: its own and its recognitions' targets
    private final LocalDate date;

    public EntryRules(SkillIndex index, List<Holding> validHoldings, LocalDate date) {
        this.index = index;
        this.holdings = List.copyOf(validHoldings);
        var catalog = index.catalog();
        this.heldAt = holdings.stream().mapToInt(h -> catalog.position(h.credential())).toArray();
        for (int i = 0; i < holdings.size(); i++) {
            heldById.computeIfAbsent(holdings.get(i).credential(), k -> new ArrayList<>()).add(i);
        }
        this.anyRecognised = Arrays.stream(heldAt).anyMatch(p -> p >= 0 && !catalog.recognitionsFromAt(p).isEmpty());
        for (int p : heldAt) {
            if (p >= 0) {
                countsAs.set(p);
                catalog.recognitionsFromAt(p).forEach(r -> add(countsAs, catalog.position(r.to())));
            }
        }
        this.date = date;
    }

    /** Whether the learner may take the credential now as far as its entry rules go (exact, by the audit). */
    public boolean openNow(String credential) {
        int position = index.catalog().position(credential);
        return position < 0 || openNow(position);
    }

    /** {@link #openNow(String)} of the credential at the catalog position. */
    public boolean openNow(int position) {
        var names = index.dense().entryNames(position);
        if (names != null && noneHeld(names)) {
            return false; // it needs one of the credentials it names and no holding counts as any of them
        }
        return openByRule(position);
    }

    /** {@link #openNow(int)} by walking the entry rule, without the shortcut from the names it needs. */
    boolean openByRule(int position) {
        var rule = index.catalog().prerequisitesAt(position);
        if (rule == null) {
            return true;
        }
        // the monotone reading first (it never rejects what the audit accepts): most closed credentials stop here, cheaply
        return value(rule, null, null).met && new StackingAudit(index.prerequisitesAsRequirements(), StackingAudit.Options.at(date))
                .audit(index.catalog().at(position).id(), holdings).met();
    }

    /** The catalog positions the holdings count as: their own and their recognitions' targets (read only). */
    BitSet countsAs() {
        return countsAs;
    }

    private boolean noneHeld(int[] positions) {
        for (int p : positions) {
            if (countsAs.get(p)) {
                return false;
            }
        }
        return true;
    }

    /** The monotone reading: whether holdings plus the planned credentials ({@code planned} null: none) meet the rule. */
    public boolean met(Rule rule, Collection<Offering> planned) {
        return met(rule, Members.of(planned));
    }

    boolean met(Rule rule, Members planned) {
        return value(rule, planned, null).met;
    }

    /** The monotone reading with only the members whose positions are in {@code admitted} planned. */
    boolean met(Rule rule, Members members, java.util.BitSet admitted) {
        return value(rule, members, admitted).met;
    }

    /** What {@link #matching} reports: the member at {@code position} counts at the leaf for {@code credits}. */
    interface Match {
        void accept(int position, double credits);
    }

    /**
     * Every member that counts at the leaf (as itself or through recognition), in position order, with its
     * credits. A credential leaf looks up the credential and those recognised as it; a filter leaf looks up the
     * filter's matches (and those recognised as one) when they are fewer than the members, else asks each member.
     */
    void matching(Rule leaf, Members among, Match match) {
        var found = among.atLeaf(leaf, () -> matches(leaf, among));
        for (int i = 0; i < found.positions().length; i++) {
            match.accept(found.positions()[i], found.credits()[i]);
        }
    }

    private Members.LeafMatches matches(Rule leaf, Members among) {
        var catalog = index.catalog();
        int[] candidates;
        // members the filter matches as themselves with no recognitions: they count for their own ECTS, no second look needed
        var plain = new BitSet();
        if (leaf instanceof Rule.CredentialLeaf c) {
            // a handful at most: the credential and those recognised as it
            var recognised = catalog.recognitionsTo(c.credential());
            var found = new int[recognised.size() + 1];
            found[0] = among.position(c.credential());
            for (int k = 0; k < recognised.size(); k++) {
                found[k + 1] = among.position(recognised.get(k).from());
            }
            candidates = Arrays.stream(found).filter(p -> p >= 0).sorted().distinct().toArray();
        } else if (leaf instanceof Rule.FilterLeaf f) {
            var positions = new BitSet(among.size());
            if (catalog.countMatching(f.filter()) < among.size()) {
                // from the smaller side: the filter's matches (and those recognised as one) looked up among the members
                var memberAt = among.byCatalogPosition(catalog);
                catalog.forEachMatching(f.filter(), at -> {
                    int p = memberAt[at];
                    if (p >= 0) {
                        plain.set(p, among.get(p) == catalog.at(at) && catalog.recognitionsFromAt(at).isEmpty());
                        positions.set(p);
                    }
                    catalog.recognitionsToAt(at).forEach(r -> add(positions, among.position(r.from())));
                });
            } else {
                positions.set(0, among.size());
            }
            candidates = positions.stream().toArray();
        } else {
            candidates = new int[0];
        }
        var at = new int[candidates.length];
        var credits = new double[at.length];
        int n = 0;
        for (int p : candidates) {
            var o = among.get(p);
            Double c = plain.get(p) ? Double.valueOf(o.credits()) : LeafCredits.of(leaf, o, catalog);
            if (c != null) {
                at[n] = p;
                credits[n++] = c;
            }
        }
        return new Members.LeafMatches(Arrays.copyOf(at, n), Arrays.copyOf(credits, n));
    }

    private static void add(BitSet positions, int position) {
        if (position >= 0) {
            positions.set(position);
        }
    }

    private record Value(boolean met, int items, double credits) {
    }

    /** The monotone reading of the whole rule: leaves by what holdings (and the planned) bring, groups from their children. */
    private Value value(Rule rule, Members planned, java.util.BitSet admitted) {
        return rule.fold((leaf, groups) -> leaf(leaf, planned, admitted, groups), EntryRules::group);
    }

    private static Value group(Rule.Group g, List<Value> children) {
        int items = 0;
        double credits = 0;
        boolean all = true;
        for (int i = 0; i < children.size(); i++) {
            var v = children.get(i);
            all &= v.met;
            items += g.children().get(i) instanceof Rule.FilterLeaf ? v.items : v.met ? 1 : 0;
            credits += v.credits;
        }
        if (g.limits().maxCountedCredits() != null) {
            credits = Math.min(credits, g.limits().maxCountedCredits());
        }
        boolean met = switch (g.kind()) {
            case ALL_OF -> all;
            case AT_LEAST_K_OF -> items >= g.k();
            case AT_LEAST_CREDITS -> credits >= g.credits() - 1e-9;
        };
        return new Value(met, met ? 1 : 0, credits);
    }

    private Value leaf(Rule rule, Members planned, java.util.BitSet admitted, List<Rule.Group> path) {
        if (!(rule instanceof Rule.CredentialLeaf) && !(rule instanceof Rule.FilterLeaf)) {
            return new Value(false, 0, 0); // a condition or unresolved reference: only an adviser can waive it
        }
        int items = 0;
        double credits = 0;
        double best = 0;
        var matcher = rule instanceof Rule.FilterLeaf f ? index.catalog().matcher(f.filter()) : null;
        // a credential leaf, with no holding recognised as another credential, is met only by holdings of that credential
        var candidates = rule instanceof Rule.CredentialLeaf c && !anyRecognised ? heldById.getOrDefault(c.credential(), List.of()) : null;
        for (int n = 0; n < (candidates == null ? heldAt.length : candidates.size()); n++) {
            int i = candidates == null ? n : candidates.get(n);
            Double c = heldAt[i] < 0 ? null : heldCredits(rule, heldAt[i], matcher);
            if (c != null && gradeAndWindowMet(rule, holdings.get(i), path)) {
                items++;
                credits += c;
                best = Math.max(best, c);
            }
        }
        if (planned == null) {
            return leafValue(rule, items, credits, best);
        }
        int[] plannedItems = {0};
        double[] plannedCredits = {0, 0};
        matching(rule, planned, (position, c) -> {
            if (admitted != null && !admitted.get(position)) {
                return;
            }
            plannedItems[0]++;
            plannedCredits[0] += c;
            plannedCredits[1] = Math.max(plannedCredits[1], c);
        });
        items += plannedItems[0];
        credits += plannedCredits[0];
        best = Math.max(best, plannedCredits[1]);
        return leafValue(rule, items, credits, best);
    }

    private static Value leafValue(Rule leaf, int items, double credits, double best) {
        return leaf instanceof Rule.CredentialLeaf ? new Value(items > 0, Math.min(items, 1), best) : new Value(items > 0, items, credits);
    }

    /** Whether the holding's grade and date satisfy the leaf and the limits of the groups above it ({@code path}, root first). */
    boolean gradeAndWindowMet(Rule leaf, Holding h, List<Rule.Group> path) {
        if (leaf instanceof Rule.CredentialLeaf c && !Grades.meets(h.grade(), c.minGrade())) {
            return false;
        }
        for (var group : path) {
            var limits = group.limits();
            if (!Grades.meets(h.grade(), limits.minGrade())) {
                return false;
            }
            if (limits.validityYears() != null && h.date() != null && h.date().plusYears(limits.validityYears()).isBefore(date)) {
                return false;
            }
        }
        return true;
    }

    /** {@link LeafCredits#of} for the held credential at the catalog position ({@code matcher}: the filter leaf's test of positions). */
    private Double heldCredits(Rule leaf, int position, java.util.function.IntPredicate matcher) {
        var catalog = index.catalog();
        var o = catalog.at(position);
        boolean itself = leaf instanceof Rule.CredentialLeaf c ? c.credential().equals(o.id()) : matcher != null && matcher.test(position);
        return LeafCredits.of(leaf, o, itself, catalog.recognitionsFromAt(position), catalog);
    }

    List<Holding> holdings() {
        return holdings;
    }

    CatalogSnapshot catalog() {
        return index.catalog();
    }
}
