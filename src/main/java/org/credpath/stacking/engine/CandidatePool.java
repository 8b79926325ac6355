package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.credpath.catalog.snapshot.SameCourse;

/**
 * The credentials a plan may choose from, pruned by dominance so that large catalogs (a free-elective
 * filter matches every course of a university) give a small exact model.
 *
 * <p>Candidates are credentials the options allow, not held, not themselves larger credentials, that
 * match a leaf of a target's rules or of the entry rules of another candidate that needs them. Two
 * candidates that match exactly the same leaves for the same credits are interchangeable except for
 * cost and prerequisites. Call a candidate <em>free</em> when it has no entry rule the holdings do not
 * already meet. Within such a class a plan never needs more members than the leaves can use (one under
 * ALL_OF, k under AT_LEAST_K_OF, enough to reach the credits under AT_LEAST_CREDITS; summed over the
 * class's leaves), and of a cross-listed course one code: so the pool keeps members in cost order (costs compared
 * lexicographically, the plan's metric first) until its free ones are of that many courses, and drops the rest, which
 * cost no less. Exactness: in an optimal plan, swap each dropped member it uses for a kept free member of a distinct course
 * it does not use (or the kept code of the dropped member's own course); costs do not rise, every leaf is matched as
 * before, and the dropped member's own prerequisites are no longer needed (codes of one course match the same leaves,
 * the snapshot's recognitions run both ways across a group, so they are in one class when their credits are equal). The leaves of the kept candidates' entry rules join
 * the classification, which is repeated until no new leaf appears. Credentials named one by one in a long list
 * under a k-of-n or a credit sum are classed by the list, not by their own leaf ({@link NamedItems}).
 */
final class CandidatePool {

    /** The candidates, and those among them whose entry rules the holdings already meet. */
    record Pool(List<Offering> candidates, Set<String> free) {
    }

    private record Leaf(Rule rule, Rule.Group parent) {
    }

    private final CatalogSnapshot catalog;
    private final PlanOptions options;
    private final Map<String, Rule> targets;
    private final Set<String> held;
    private final Set<String> enrolled;
    private final StackingAudit audit;
    private final List<Holding> holdings;
    private final Map<String, Boolean> freeById = new HashMap<>();
    private final List<Leaf> leaves = new ArrayList<>();
    private final Map<Rule, Integer> leafIndex = new IdentityHashMap<>();
    private final NamedItems namedItems;

    CandidatePool(CatalogSnapshot catalog, PlanOptions options, Map<String, Rule> targets, List<Holding> holdings, Set<String> enrolled) {
        this.catalog = catalog;
        this.options = options;
        this.targets = targets;
        this.holdings = holdings;
        this.enrolled = enrolled;
        this.held = new HashSet<>();
        holdings.forEach(h -> held.addAll(SameCourse.with(catalog, h.credential()))); // another code of a held course adds nothing
        this.audit = new StackingAudit(catalog, new StackingAudit.Options(options.referenceDate(), options.waivedConditions(), StackingAudit.Options.SEARCH_NODES));
        this.namedItems = new NamedItems(catalog);
    }

    /** Whether the plan may take the credential at this catalog position at all. */
    private boolean allowed(int position) {
        var o = catalog.at(position);
        return catalog.requirementsAt(position) == null && !held.contains(o.id()) && !targets.containsKey(o.id())
                && options.excludes(o, enrolled) == null;
    }

    Pool collect() {
        // catalog positions of the allowed credentials, in id order
        var allowed = java.util.stream.IntStream.range(0, catalog.size()).filter(this::allowed).boxed().sorted(Comparator.comparingInt(catalog::idRank)).toList();
        targets.values().forEach(this::addLeaves);
        var matched = new Matches(allowed);
        List<Offering> kept;
        while (true) {
            kept = prune(matched.classify());
            int before = leaves.size();
            kept.stream().filter(o -> !free(o)).forEach(o -> catalog.prerequisites(o.id()).ifPresent(this::addLeaves));
            if (leaves.size() == before) {
                break;
            }
        }
        var free = new HashSet<String>();
        kept.stream().filter(this::free).forEach(o -> free.add(o.id()));
        return new Pool(kept, free);
    }

    private void addLeaves(Rule root) {
        var tree = new IndexedTree(root);
        for (int i = 0; i < tree.leaves.size(); i++) {
            var rule = tree.leaves.get(i);
            if (leafIndex.containsKey(rule)) {
                continue;
            }
            var path = tree.ancestors.get(i);
            var parent = path.isEmpty() ? null : path.get(path.size() - 1);
            namedItems.add(rule, parent, leaves.size());
            leafIndex.put(rule, leaves.size());
            leaves.add(new Leaf(rule, parent));
        }
    }

    /**
     * The leaves each allowed candidate matches and for how many credits at each, worked out for each leaf once, when
     * it joins the pool's leaves (the pool adds entry-rule leaves round after round). A candidate that no recognition
     * makes count as another credential matches a leaf as itself, for its ECTS: a credential leaf when the leaf names
     * it, a filter leaf when the filter's memoised match bits hold its position; a recognised one also as each
     * recognition's target, for the credits it grants (as {@link Eligibility#match}).
     */
    private final class Matches {

        private final List<Integer> allowed; // catalog positions, in id order
        private final BitSet plain = new BitSet(); // allowed and not recognised as another credential
        private final Map<Integer, int[]> recognisedAs = new java.util.LinkedHashMap<>(); // per recognised one, its recognitions' targets
        private final Map<Integer, TreeMap<Integer, Double>> byPosition = new HashMap<>();
        private int done; // leaves matched so far
        private final Map<String, Integer> areaSets = new HashMap<>();
        private final boolean distributed = leaves.stream().anyMatch(l -> l.parent() != null && l.parent().limits().distribution() != null);

        Matches(List<Integer> allowed) {
            this.allowed = allowed;
            for (int p : allowed) {
                var recognitions = catalog.recognitionsFromAt(p);
                if (recognitions.isEmpty()) {
                    plain.set(p);
                } else {
                    recognisedAs.put(p, recognitions.stream().mapToInt(r -> catalog.position(r.to())).toArray());
                }
            }
        }

        /** Candidates by the leaves they match and for how many credits at each (their "signature"), in id order. */
        Map<List<Number>, List<Offering>> classify() {
            for (; done < leaves.size(); done++) {
                match(leaves.get(done).rule(), done);
            }
            var classes = new LinkedHashMap<List<Number>, List<Offering>>();
            for (int p : allowed) {
                var matched = byPosition.get(p);
                if (matched != null) {
                    classes.computeIfAbsent(withAreas(namedItems.signature(matched), p), k -> new ArrayList<>()).add(catalog.at(p));
                }
            }
            return classes;
        }

        /**
         * Under a group with distribution areas, candidates with other areas are not interchangeable: the signature
         * ends with the pair (-1, an id of the areas the candidate and what it is recognised as carry).
         */
        private List<Number> withAreas(List<Number> signature, int p) {
            if (!distributed) {
                return signature;
            }
            var areas = new java.util.TreeSet<>(catalog.at(p).areas());
            catalog.recognitionsFromAt(p).forEach(r -> catalog.offering(r.to()).ifPresent(o -> areas.addAll(o.areas())));
            var marked = new ArrayList<>(signature);
            marked.add(-1);
            marked.add(areaSets.computeIfAbsent(areas.toString(), k -> areaSets.size()));
            return marked;
        }

        private void match(Rule leaf, int index) {
            java.util.function.IntPredicate itself;
            if (leaf instanceof Rule.CredentialLeaf c) {
                int named = catalog.position(c.credential());
                itself = p -> p == named;
                if (named >= 0 && plain.get(named)) {
                    put(named, index, catalog.at(named).credits());
                }
            } else if (leaf instanceof Rule.FilterLeaf f) {
                itself = catalog.matcher(f.filter());
                catalog.forEachMatching(f.filter(), p -> {
                    if (plain.get(p)) {
                        put(p, index, catalog.at(p).credits());
                    }
                });
            } else {
                return;
            }
            // as Eligibility.match: itself for its ECTS, or as a recognition's target for the credits the recognition grants
            recognisedAs.forEach((p, targets) -> {
                var o = catalog.at(p);
                Double best = itself.test(p) ? o.credits() : null;
                var recognitions = catalog.recognitionsFromAt(p);
                for (int i = 0; i < targets.length; i++) {
                    if (targets[i] >= 0 && itself.test(targets[i])) {
                        double credits = recognitions.get(i).credits() != null ? recognitions.get(i).credits() : o.credits();
                        best = best == null ? credits : Math.max(best, credits);
                    }
                }
                if (best != null) {
                    put(p, index, best);
                }
            });
        }

        private void put(int position, int leaf, double credits) {
            byPosition.computeIfAbsent(position, k -> new TreeMap<>()).put(leaf, credits);
        }
    }

    /**
     * Per class, the members in cost order until the free ones kept are of as many courses as the class's capacity (a plan
     * takes one code of a cross-listed course); within a run of equal cost only the free members needed are kept, with
     * the other codes of their courses (so a plan may take the code a rule names at the same cost, {@link NamedCodes}).
     * Whether a member is free is asked only of the members scanned.
     */
    private List<Offering> prune(Map<List<Number>, List<Offering>> classes) {
        var cost = costOrder();
        var kept = new ArrayList<Offering>();
        for (var entry : classes.entrySet()) {
            var members = entry.getValue();
            members.sort(cost.thenComparing(Offering::id));
            long capacity = capacity(entry.getKey());
            var courses = new HashSet<String>(); // of the free members kept
            for (int i = 0, j; i < members.size() && courses.size() < capacity; i = j) {
                var run = new ArrayList<Offering>();
                var freeInRun = new HashSet<String>();
                for (j = i; j < members.size() && cost.compare(members.get(j), members.get(i)) == 0; j++) {
                    var course = SameCourse.key(catalog, members.get(j).id());
                    run.add(members.get(j));
                    if (courses.size() + freeInRun.size() < capacity && !courses.contains(course) && !freeInRun.contains(course)
                            && free(members.get(j))) {
                        freeInRun.add(course);
                    }
                }
                boolean filled = courses.size() + freeInRun.size() >= capacity;
                run.stream().filter(o -> !filled || freeInRun.contains(SameCourse.key(catalog, o.id()))).forEach(kept::add);
                courses.addAll(freeInRun);
            }
        }
        kept.sort(Comparator.comparing(Offering::id));
        return kept;
    }

    /** How many members of a class the leaves it matches can use at most. */
    private long capacity(List<Number> signature) {
        long total = 0;
        for (int i = 0; i < signature.size(); i += 2) {
            int key = signature.get(i).intValue();
            if (key < 0) {
                continue; // the areas' marker (withAreas), not a leaf
            }
            total += uses(leaves.get(key), namedItems.isItemKey(key), signature.get(i + 1).doubleValue());
            if (total >= Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return total;
    }

    /** How many members of a class one of its keys can use: {@code asItem}, the key stands for any named item of the parent. */
    private static long uses(Leaf leaf, boolean asItem, double credits) {
        var parent = leaf.parent();
        if ((leaf.rule() instanceof Rule.CredentialLeaf && !asItem) || parent == null || parent.kind() == Rule.Kind.ALL_OF) {
            return 1;
        }
        var maxItems = parent.limits().maxCountedItems();
        if (parent.kind() == Rule.Kind.AT_LEAST_K_OF) {
            return parent.k();
        }
        double reach = parent.credits();
        if (parent.limits().maxCountedCredits() != null) {
            reach = Math.min(reach, parent.limits().maxCountedCredits());
        }
        long needed = credits <= 0 ? 0 : (long) Math.ceil(reach / credits - 1e-9);
        return maxItems == null ? needed : Math.min(needed, maxItems);
    }

    private boolean free(Offering offering) {
        return freeById.computeIfAbsent(offering.id(), id -> catalog.prerequisites(id)
                .map(rule -> audit.meets(rule, holdings)).orElse(true));
    }

    /** Cheaper first: the plan's metric, then the others in turn. */
    private Comparator<Offering> costOrder() {
        // unknown costs at the catalog's pessimistic stand-in, so they sort after every known one (CatalogSnapshot.cost)
        Comparator<Offering> order = Comparator.comparingDouble(o -> catalog.cost(o, options.metric()));
        for (var metric : CostMetric.values()) {
            if (metric != options.metric()) {
                order = order.thenComparingDouble(o -> catalog.cost(o, metric));
            }
        }
        return order;
    }
}
