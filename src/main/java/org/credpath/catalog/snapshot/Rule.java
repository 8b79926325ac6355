package org.credpath.catalog.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** A node of a rule tree in the catalog snapshot. Immutable; {@code id} is the requirement id (or a leaf's position). */
public abstract sealed class Rule permits Rule.Group, Rule.CredentialLeaf, Rule.FilterLeaf, Rule.ConditionLeaf, Rule.UnresolvedLeaf {

    private final String id;
    private final String label;

    Rule(String id, String label) {
        this.id = Objects.requireNonNull(id);
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /**
     * The one walk over a rule tree, bottom-up: each leaf (every node but a group) by {@code leaf}, given the groups
     * above it from the root down, and each group by {@code group} over its children's results in order.
     * The list of groups is the walk's own, live: copy it to keep it.
     */
    public final <R> R fold(BiFunction<Rule, List<Group>, R> leaf, BiFunction<Group, List<R>, R> group) {
        return fold(leaf, group, new ArrayList<>());
    }

    private <R> R fold(BiFunction<Rule, List<Group>, R> leaf, BiFunction<Group, List<R>, R> group, List<Group> path) {
        if (!(this instanceof Group g)) {
            return leaf.apply(this, path);
        }
        path.add(g);
        var children = new ArrayList<R>(g.children.size());
        for (var child : g.children) {
            children.add(child.fold(leaf, group, path));
        }
        path.remove(path.size() - 1);
        return group.apply(g, children);
    }

    /** Visits every leaf left to right with the groups above it, root first (a live list: copy it to keep it). */
    public final void forEachLeafUnder(BiConsumer<Rule, List<Group>> visit) {
        visit(visit, new ArrayList<>());
    }

    /** The fold with nothing to combine: no list of results per group. */
    private void visit(BiConsumer<Rule, List<Group>> visit, List<Group> path) {
        if (!(this instanceof Group g)) {
            visit.accept(this, path);
            return;
        }
        path.add(g);
        g.children.forEach(child -> child.visit(visit, path));
        path.remove(path.size() - 1);
    }

    /** Visits every leaf left to right. */
    public final void forEachLeaf(Consumer<Rule> visit) {
        forEachLeafUnder((leaf, groups) -> visit.accept(leaf));
    }

    public enum Kind { ALL_OF, AT_LEAST_K_OF, AT_LEAST_CREDITS }

    /**
     * Limits a group puts on what counts beneath it; null = no limit. {@code gated}: what the group counts flows to its
     * parent only once the group itself is met (partial progress counts nothing upward). {@code doubleCount}: whether
     * holdings counted beneath it may also count elsewhere in the same target (true: once per group beneath it), count
     * once as by default (false), or as the nearest group above says (null; at the top: the default).
     */
    public record Limits(Double maxCountedCredits, Integer maxCountedItems, Double maxSharedCredits,
                         Integer validityYears, String minGrade, boolean gated, Boolean doubleCount, Timing timing,
                         Map<String, Integer> maxSharedWith, Distribution distribution) {
        public static final Limits NONE = new Limits(null, null, null, null, null);

        /**
         * {@code maxSharedWith} (top node only): how many holdings counted toward this credential may also count toward
         * another one audited or planned with it, per credential id, or by {@code "default"} for any other.
         */
        public Limits {
            maxSharedWith = maxSharedWith == null ? Map.of() : Map.copyOf(maxSharedWith);
        }

        public Limits(Double maxCountedCredits, Integer maxCountedItems, Double maxSharedCredits, Integer validityYears, String minGrade) {
            this(maxCountedCredits, maxCountedItems, maxSharedCredits, validityYears, minGrade, false, null, null, null, null);
        }

        public Limits(Double maxCountedCredits, Integer maxCountedItems, Double maxSharedCredits, Integer validityYears, String minGrade,
                      boolean gated, Boolean doubleCount) {
            this(maxCountedCredits, maxCountedItems, maxSharedCredits, validityYears, minGrade, gated, doubleCount, null, null, null);
        }

        /** These limits, with {@code gated} and {@code doubleCount} set as given. */
        public Limits with(boolean gated, Boolean doubleCount) {
            return new Limits(maxCountedCredits, maxCountedItems, maxSharedCredits, validityYears, minGrade, gated, doubleCount,
                    timing, maxSharedWith, distribution);
        }

        /** These limits, with the timing given (null: none). */
        public Limits withTiming(Timing timing) {
            return new Limits(maxCountedCredits, maxCountedItems, maxSharedCredits, validityYears, minGrade, gated, doubleCount,
                    timing, maxSharedWith, distribution);
        }

        /** These limits, with {@code maxSharedWith} as given. */
        public Limits withSharedWith(Map<String, Integer> caps) {
            return new Limits(maxCountedCredits, maxCountedItems, maxSharedCredits, validityYears, minGrade, gated, doubleCount,
                    timing, caps, distribution);
        }

        /** These limits, with distribution areas (null: none). */
        public Limits with(Distribution distribution) {
            return new Limits(maxCountedCredits, maxCountedItems, maxSharedCredits, validityYears, minGrade, gated, doubleCount,
                    timing, maxSharedWith, distribution);
        }
    }

    /**
     * When a group must be complete: by the end of the learner's term {@code completeByTerm} (1 = their first term,
     * counted from their start), and before they start the credential {@code before}; either may be null.
     */
    public record Timing(Integer completeByTerm, String before) {
        /** The timing, or null when neither is set. */
        public static Timing of(Integer completeByTerm, String before) {
            return completeByTerm == null && before == null ? null : new Timing(completeByTerm, before);
        }
    }

    /**
     * Distribution areas on a k-of-n or credit-sum group whose children are leaves: the courses it counts come from at
     * least {@code minAreas} distinct areas (0: no such rule) and at most {@code maxPerArea} count from one area (null: no
     * cap). A course counts for one of its {@link Offering#areas() areas} among {@code areas} (empty: any area it
     * carries), chosen by the audit's search; a course carrying none counts toward k and credits but toward no area.
     */
    public record Distribution(java.util.Set<String> areas, int minAreas, Integer maxPerArea) {
        public Distribution {
            areas = areas == null ? java.util.Set.of() : java.util.Set.copyOf(areas);
        }

        /** The areas a course with these attributes may count for here (empty: none, it counts toward no area). */
        public List<String> areasOf(java.util.Set<String> carried) {
            return carried.stream().filter(a -> areas.isEmpty() || areas.contains(a)).sorted().toList();
        }

        /** The distribution a stored group states, or null when it states none. */
        public static Distribution of(java.util.Collection<String> areas, Integer minAreas, Integer maxPerArea) {
            return minAreas == null && maxPerArea == null ? null
                    : new Distribution(areas == null ? null : java.util.Set.copyOf(areas), minAreas == null ? 0 : minAreas, maxPerArea);
        }
    }

    public static final class Group extends Rule {
        private final Kind kind;
        private final int k;
        private final double credits;
        private final Limits limits;
        private final List<Rule> children;

        public Group(String id, String label, Kind kind, Integer k, Double credits, Limits limits, List<Rule> children) {
            super(id, label);
            this.kind = Objects.requireNonNull(kind);
            this.k = kind == Kind.ALL_OF ? children.size() : k == null ? 1 : k;
            this.credits = credits == null ? 0 : credits;
            this.children = List.copyOf(children);
            this.limits = limits == null ? Limits.NONE : namedByFilters(limits, this.children);
        }

        /** Distribution areas that name none count the areas the filter children name (any area when they name none either). */
        private static Limits namedByFilters(Limits limits, List<Rule> children) {
            var d = limits.distribution();
            if (d == null || !d.areas().isEmpty()) {
                return limits;
            }
            var named = new java.util.HashSet<String>();
            children.forEach(c -> {
                if (c instanceof FilterLeaf f) {
                    named.addAll(f.filter().areas());
                }
            });
            return named.isEmpty() ? limits : limits.with(new Distribution(named, d.minAreas(), d.maxPerArea()));
        }

        public Kind kind() {
            return kind;
        }

        /** Children (or items) that must be met: all for ALL_OF, k for AT_LEAST_K_OF. */
        public int k() {
            return k;
        }

        public double credits() {
            return credits;
        }

        public Limits limits() {
            return limits;
        }

        public List<Rule> children() {
            return children;
        }

        /** This group, everything it states kept, over other children (a rewrite made outside the engines, such as an adviser's exception). */
        public Group withChildren(String id, List<Rule> children) {
            return new Group(id, label(), kind, kind == Kind.ALL_OF ? null : k, credits, limits, children);
        }
    }

    /** That credential, or one recognised as it. */
    public static final class CredentialLeaf extends Rule {
        private final String credential;
        private final String minGrade;

        public CredentialLeaf(String id, String credential, String minGrade) {
            this(id, null, credential, minGrade);
        }

        /** A leaf with a label of its own (shown instead of the credential's title: an adviser's exception says so). */
        public CredentialLeaf(String id, String label, String credential, String minGrade) {
            super(id, label);
            this.credential = Objects.requireNonNull(credential);
            this.minGrade = minGrade;
        }

        public String credential() {
            return credential;
        }

        public String minGrade() {
            return minGrade;
        }
    }

    /** Any credential matching every criterion set (null / empty = any). Accepts any number of holdings. */
    public static final class FilterLeaf extends Rule {
        private final Filter filter;

        public FilterLeaf(String id, String label, Filter filter) {
            super(id, label);
            this.filter = Objects.requireNonNull(filter);
        }

        public Filter filter() {
            return filter;
        }
    }

    /** A non-credential condition (consent, GPA): met only when waived by an adviser. */
    public static final class ConditionLeaf extends Rule {
        public ConditionLeaf(String id, String text) {
            super(id, text);
        }
    }

    /** A reference the source made that could not be resolved: always shown, met only when an adviser waives it. */
    public static final class UnresolvedLeaf extends Rule {
        public UnresolvedLeaf(String id, String reference) {
            super(id, reference);
        }
    }
}
