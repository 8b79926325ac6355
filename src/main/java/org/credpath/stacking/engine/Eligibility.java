package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Grades;
import org.credpath.catalog.snapshot.SameCourse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which leaves of a target each holding may count at, and for how many credits; and, for a holding
 * that may count nowhere, why (expired, outside a validity window, grade too low, excluded by name, no matching rule).
 */
final class Eligibility {

    final List<List<Candidate>> byHolding = new ArrayList<>();
    final List<Set<NotCountedReason>> blocked = new ArrayList<>();
    /** Per holding, the index of a filter leaf that names it as an exception, or null. */
    final List<Integer> excludedBy = new ArrayList<>();
    /**
     * What the search places: each a holding's candidates in one counting block ({@link IndexedTree#block}), of which
     * at most one is taken. Without double counting, {@link #byHolding} itself (one unit per holding).
     */
    final List<List<Candidate>> units;
    /** Per holding that a deadline kept from counting somewhere ({@link NotCountedReason#AFTER_DEADLINE}): why. */
    final java.util.Map<Integer, String> late = new java.util.HashMap<>();
    /** Per holding that is a second code of a course held ({@link NotCountedReason#SAME_COURSE_HELD}): the code that counts. */
    final java.util.Map<Integer, String> sameCourse = new java.util.HashMap<>();

    Eligibility(IndexedTree tree, List<Holding> holdings, CatalogSnapshot catalog, LocalDate referenceDate) {
        this(tree, holdings, catalog, referenceDate, Deadlines.NONE);
    }

    Eligibility(IndexedTree tree, List<Holding> holdings, CatalogSnapshot catalog, LocalDate referenceDate, Deadlines deadlines) {
        var instead = SameCourse.countedInstead(catalog, holdings); // a course counts once, however many of its codes are held
        for (int h = 0; h < holdings.size(); h++) {
            var holding = holdings.get(h);
            var candidates = new ArrayList<Candidate>();
            var reasons = EnumSet.noneOf(NotCountedReason.class);
            Integer excluding = null;
            var offering = catalog.offering(holding.credential()).orElse(null);
            if (instead[h] >= 0) {
                reasons.add(NotCountedReason.SAME_COURSE_HELD);
                sameCourse.put(h, holdings.get(instead[h]).credential());
            } else if (offering == null) {
                reasons.add(NotCountedReason.NO_MATCHING_RULE);
            } else if (expired(offering, holding, referenceDate)) {
                reasons.add(NotCountedReason.EXPIRED);
            } else {
                for (int leaf = 0; leaf < tree.leaves.size(); leaf++) {
                    var match = match(tree.leaves.get(leaf), offering, catalog);
                    if (match == null) {
                        if (excludes(tree.leaves.get(leaf), offering, catalog)) {
                            reasons.add(NotCountedReason.EXCLUDED_BY_RULE);
                            excluding = excluding == null ? leaf : excluding;
                        }
                        continue;
                    }
                    var blockedBy = blockedByAncestors(tree, leaf, holding, referenceDate, deadlines);
                    if (blockedBy == null) {
                        candidates.addAll(candidates(tree, h, leaf, match, offering, catalog));
                    } else {
                        reasons.add(blockedBy);
                        if (blockedBy == NotCountedReason.AFTER_DEADLINE) {
                            late.putIfAbsent(h, deadlines.why(deadlines.missed(tree.ancestors.get(leaf), holding), holding));
                        }
                    }
                }
                if (candidates.isEmpty() && reasons.isEmpty()) {
                    reasons.add(NotCountedReason.NO_MATCHING_RULE);
                }
            }
            byHolding.add(candidates);
            blocked.add(reasons);
            excludedBy.add(excluding);
        }
        units = tree.sharing ? unitsByBlock(tree) : byHolding;
    }

    /** Each holding's candidates split by counting block, in leaf order. */
    private List<List<Candidate>> unitsByBlock(IndexedTree tree) {
        var split = new ArrayList<List<Candidate>>();
        for (var candidates : byHolding) {
            var byBlock = new java.util.TreeMap<Integer, List<Candidate>>();
            candidates.forEach(c -> byBlock.computeIfAbsent(tree.block(c.leaf()), b -> new ArrayList<>()).add(c));
            split.addAll(byBlock.values());
        }
        return split;
    }

    record Match(double credits, String via) {
    }

    /** The holding at the leaf: once, or under a group with distribution areas once per area it may count for there. */
    private static List<Candidate> candidates(IndexedTree tree, int h, int leaf, Match match, Offering offering, CatalogSnapshot catalog) {
        var group = tree.areaGroup(leaf);
        if (group == null) {
            return List.of(new Candidate(h, leaf, match.credits(), match.via()));
        }
        var areas = areasOf(group, match, offering, catalog);
        if (areas.isEmpty()) { // unknown is not a match: it counts toward k and credits, toward no area
            return List.of(new Candidate(h, leaf, match.credits(), match.via(), null));
        }
        return areas.stream().map(area -> new Candidate(h, leaf, match.credits(), match.via(), area)).toList();
    }

    /** The areas of the group a credential may count for: its own, or those of the credential it counts as. */
    static List<String> areasOf(Rule.Group group, Match match, Offering offering, CatalogSnapshot catalog) {
        var as = match.via() == null ? offering : catalog.offering(match.via()).orElse(offering);
        return group.limits().distribution().areasOf(as.areas());
    }

    /** The best way the holding matches the leaf: as itself, or through a recognition. */
    static Match match(Rule leaf, Offering offering, CatalogSnapshot catalog) {
        Match best = null;
        if (matches(leaf, offering, catalog)) {
            best = new Match(offering.credits(), null);
        }
        for (var recognition : catalog.recognitionsFrom(offering.id())) {
            var target = catalog.offering(recognition.to()).orElse(null);
            if (target != null && matches(leaf, target, catalog)) {
                double credits = recognition.credits() != null ? recognition.credits() : offering.credits();
                if (best == null || credits > best.credits()) {
                    best = new Match(credits, target.id());
                }
            }
        }
        return best;
    }

    private static boolean matches(Rule leaf, Offering offering, CatalogSnapshot catalog) {
        if (leaf instanceof Rule.CredentialLeaf c) {
            return c.credential().equals(offering.id());
        }
        return leaf instanceof Rule.FilterLeaf f && catalog.matches(f.filter(), offering);
    }

    /** Whether the leaf is a filter the offering (or a credential it is recognised as) meets but is named an exception of. */
    private static boolean excludes(Rule leaf, Offering offering, CatalogSnapshot catalog) {
        if (!(leaf instanceof Rule.FilterLeaf f) || f.filter().excluded().isEmpty()) {
            return false;
        }
        if (f.filter().excludes(offering.id()) && f.filter().meetsCriteria(offering)) {
            return true;
        }
        return catalog.recognitionsFrom(offering.id()).stream().map(r -> catalog.offering(r.to()).orElse(null))
                .anyMatch(t -> t != null && f.filter().excludes(t.id()) && f.filter().meetsCriteria(t));
    }

    static NotCountedReason blockedByAncestors(IndexedTree tree, int leaf, Holding holding, LocalDate referenceDate, Deadlines deadlines) {
        var rule = tree.leaves.get(leaf);
        if (rule instanceof Rule.CredentialLeaf c && !Grades.meets(holding.grade(), c.minGrade())) {
            return NotCountedReason.GRADE_TOO_LOW;
        }
        for (var group : tree.ancestors.get(leaf)) {
            var limits = group.limits();
            if (!Grades.meets(holding.grade(), limits.minGrade())) {
                return NotCountedReason.GRADE_TOO_LOW;
            }
            if (limits.validityYears() != null && holding.date() != null
                    && holding.date().plusYears(limits.validityYears()).isBefore(referenceDate)) {
                return NotCountedReason.OUTSIDE_VALIDITY_WINDOW;
            }
        }
        return tree.timed && deadlines.missed(tree.ancestors.get(leaf), holding) != null ? NotCountedReason.AFTER_DEADLINE : null;
    }

    static boolean expired(Offering offering, Holding holding, LocalDate referenceDate) {
        return offering.validityYears() != null && holding.date() != null
                && holding.date().plusYears(offering.validityYears()).isBefore(referenceDate);
    }
}
