package org.credpath.catalog.snapshot;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable in-memory view of the catalog the algorithms run on: offerings, their stacking
 * ({@code requirements}) and entry ({@code prerequisites}) rule trees, and recognition
 * ({@code from} is recognised as {@code to} for {@code credits}; null = the full ECTS of {@code from}; {@code sameCourse}:
 * one course under two codes, held both ways between every two members of a cross-listed group, see {@link SameCourse}).
 * Which offerings a filter matches is worked out once per filter and snapshot ({@link #matches}): the
 * algorithms ask it of every candidate for every filter leaf, which on a national catalog was most of a plan's time;
 * that first time tests only the offerings of the filter's most selective criterion ({@link FilterIndex}).
 */
public final class CatalogSnapshot {

    public record Recognition(String from, String to, Double credits, boolean sameCourse) {
    }

    final LayeredMap<String, Offering> offerings;
    final LayeredMap<String, Rule> requirements;
    final LayeredMap<String, Rule> prerequisites;
    final LayeredMap<String, List<Recognition>> recognitionsFrom;
    final LayeredMap<String, List<Recognition>> recognitionsTo;
    final LayeredMap<String, Integer> positions;
    final Offering[] byPosition;
    final Rule[] requirementsAt;
    final Rule[] prerequisitesAt; // null: no offering has entry rules
    final List<List<Recognition>> recognitionsFromAt;
    final List<List<Recognition>> recognitionsToAt;
    final BitSet recognised; // positions recognised as another credential (not changed once built)
    final FilterMatches matches;
    final Object lineage; // the same for every snapshot patched from one whole build: their positions agree
    private volatile IdOrder idOrder; // built on first use
    private final double[] unknownCost; // per metric, 0 until first asked

    public CatalogSnapshot(Map<String, Offering> offerings, Map<String, Rule> requirements, Map<String, Rule> prerequisites,
                           Map<String, List<Recognition>> recognitionsFrom) {
        this.offerings = LayeredMap.of(offerings);
        this.requirements = LayeredMap.of(requirements);
        this.prerequisites = LayeredMap.of(prerequisites);
        this.recognitionsFrom = LayeredMap.of(recognitionsFrom);
        var to = new HashMap<String, List<Recognition>>();
        recognitionsFrom.values().forEach(list -> list.forEach(r -> to.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r)));
        this.recognitionsTo = LayeredMap.of(to);
        this.byPosition = this.offerings.values().toArray(new Offering[0]);
        var positions = new HashMap<String, Integer>(byPosition.length * 2);
        this.prerequisitesAt = new Rule[byPosition.length];
        this.requirementsAt = new Rule[byPosition.length];
        this.recognitionsFromAt = new ArrayList<>(byPosition.length);
        this.recognitionsToAt = new ArrayList<>(byPosition.length);
        for (int i = 0; i < byPosition.length; i++) {
            var id = byPosition[i].id();
            positions.put(id, i);
            prerequisitesAt[i] = this.prerequisites.get(id);
            requirementsAt[i] = this.requirements.get(id);
            recognitionsFromAt.add(recognitionsFrom(id));
            recognitionsToAt.add(recognitionsTo(id));
        }
        this.positions = LayeredMap.of(positions);
        this.recognised = SnapshotPatch.recognised(recognitionsFromAt);
        this.matches = new FilterMatches(byPosition);
        this.lineage = new Object();
        this.unknownCost = new double[CostMetric.values().length];
    }

    /** A snapshot of the given parts, as they are (see {@link SnapshotPatch}). */
    CatalogSnapshot(SnapshotPatch.Parts parts, FilterMatches matches, IdOrder idOrder, Object lineage, double[] unknownCost) {
        this.offerings = parts.offerings();
        this.requirements = parts.requirements();
        this.prerequisites = parts.prerequisites();
        this.recognitionsFrom = parts.recognitionsFrom();
        this.recognitionsTo = parts.recognitionsTo();
        this.positions = parts.positions();
        this.byPosition = parts.byPosition();
        this.requirementsAt = parts.requirementsAt();
        this.prerequisitesAt = parts.prerequisitesAt();
        this.recognitionsFromAt = parts.recognitionsFromAt();
        this.recognitionsToAt = parts.recognitionsToAt();
        this.recognised = parts.recognised();
        this.matches = matches;
        this.idOrder = idOrder;
        this.lineage = lineage;
        this.unknownCost = unknownCost;
    }

    /**
     * This catalog with every credential's entry rules (prerequisites) standing as its stacking rules (requirements) and
     * no entry rules: auditing a credential against it checks whether its prerequisites are met, with the audit's exact
     * assignment. It shares everything else with this snapshot (built in constant time).
     */
    public CatalogSnapshot withPrerequisitesAsRequirements() {
        var parts = new SnapshotPatch.Parts(offerings, prerequisites, LayeredMap.of(Map.of()), recognitionsFrom, recognitionsTo,
                positions, byPosition, prerequisitesAt == null ? new Rule[byPosition.length] : prerequisitesAt, null,
                recognitionsFromAt, recognitionsToAt, recognised);
        return new CatalogSnapshot(parts, matches, idOrder, lineage, unknownCost); // the same offerings: the same stand-in costs
    }

    /**
     * This snapshot with some credentials' stacking rules and entry rules replaced (a learner's exceptions rewrite them),
     * sharing everything else, the filter memo included: cheap enough per request. Only ids of offerings it holds may be named.
     */
    public CatalogSnapshot withRules(Map<String, Rule> requirementsReplaced, Map<String, Rule> prerequisitesReplaced) {
        if (requirementsReplaced.isEmpty() && prerequisitesReplaced.isEmpty()) {
            return this;
        }
        var requirementsAt = replaced(this.requirementsAt, requirementsReplaced);
        var prerequisitesAt = prerequisitesReplaced.isEmpty() ? this.prerequisitesAt
                : replaced(this.prerequisitesAt == null ? new Rule[byPosition.length] : this.prerequisitesAt, prerequisitesReplaced);
        matches.index(); // the same offerings: the same filter matches, built once for both
        var parts = new SnapshotPatch.Parts(offerings, requirements.replacing(requirementsReplaced),
                prerequisites.replacing(prerequisitesReplaced), recognitionsFrom, recognitionsTo, positions, byPosition,
                requirementsAt, prerequisitesAt, recognitionsFromAt, recognitionsToAt, recognised);
        return new CatalogSnapshot(parts, matches, idOrder, new Object(), unknownCost.clone()); // not a step of the served line
    }

    private Rule[] replaced(Rule[] at, Map<String, Rule> replaced) {
        var copy = replaced.isEmpty() ? at : at.clone();
        replaced.forEach((id, rule) -> Optional.ofNullable(positions.get(id)).ifPresent(position -> copy[position] = rule));
        return copy;
    }

    /**
     * This snapshot with the offerings, rules and recognitions of the credentials {@code ids} replaced by {@code changed}'s, in
     * time proportional to the change ({@link SnapshotPatch}); null when {@code changed} lacks one this one holds (then build whole).
     */
    public CatalogSnapshot withChanges(java.util.Set<String> ids, CatalogSnapshot changed) {
        return SnapshotPatch.apply(this, ids, changed);
    }

    /** Whether this snapshot is {@code other} with changes applied in place (or the same): every position of {@code other} holds the same id here. */
    public boolean patchOf(CatalogSnapshot other) {
        return other.lineage == lineage && other.size() <= size();
    }

    /** Builds what is otherwise built on first use (the filter index, the id ranks), so that no request pays for it. */
    public CatalogSnapshot prepared() {
        matches.index();
        if (byPosition.length > 0) {
            idRank(0);
        }
        for (var metric : CostMetric.values()) {
            unknownCost(metric);
        }
        return this;
    }

    public Optional<Offering> offering(String id) {
        return Optional.ofNullable(offerings.get(id));
    }

    public Map<String, Offering> offerings() {
        return offerings;
    }

    public Optional<Rule> requirements(String credentialId) {
        return Optional.ofNullable(requirements.get(credentialId));
    }

    public Optional<Rule> prerequisites(String credentialId) {
        return Optional.ofNullable(prerequisites.get(credentialId));
    }

    /** Credentials that have stacking rules, i.e. the larger credentials holdings may count toward. */
    public java.util.Set<String> stackable() {
        return requirements.keySet();
    }

    public List<Recognition> recognitionsFrom(String credentialId) {
        return recognitionsFrom.getOrDefault(credentialId, List.of());
    }

    /** The stacking rule of the offering at the position, or null when it has none. */
    public Rule requirementsAt(int position) {
        return requirementsAt[position];
    }

    /** {@link #recognitionsFrom} of the offering at the position. */
    public List<Recognition> recognitionsFromAt(int position) {
        return recognitionsFromAt.get(position);
    }

    /** Adds to {@code into} the positions of {@code among} recognised as another credential (with a {@link #recognitionsFromAt}). */
    public void addRecognised(BitSet among, BitSet into) {
        var found = (BitSet) recognised.clone();
        found.and(among);
        into.or(found);
    }

    /** {@link #recognitionsTo} of the offering at the position. */
    public List<Recognition> recognitionsToAt(int position) {
        return recognitionsToAt.get(position);
    }

    /** The recognitions of other credentials as this one. */
    public List<Recognition> recognitionsTo(String credentialId) {
        return recognitionsTo.getOrDefault(credentialId, List.of());
    }

    /** Whether the offering meets the filter; for an offering of this snapshot, from the filter's memoised matches. */
    public boolean matches(Filter filter, Offering offering) {
        var at = positions.get(offering.id());
        if (at == null || byPosition[at] != offering) {
            return filter.matches(offering);
        }
        return matches.of(filter).get(at);
    }

    /** A test of positions against the filter, from the memo (one lookup for many tests). */
    public java.util.function.IntPredicate matcher(Filter filter) {
        return matches.of(filter)::get;
    }

    /** The position (0 to size - 1) of the offering with this id in this snapshot, or -1. */
    public int position(String id) {
        return positions.getOrDefault(id, -1);
    }

    /** The place of the id of the offering at the position among all ids in natural order: comparing ranks compares ids. */
    public int idRank(int position) {
        var order = idOrder;
        if (order == null) {
            order = IdOrder.of(byPosition);
            idOrder = order;
        }
        return order.rank(position);
    }

    /** The id order, when it is built (an incremental refresh carries it over). */
    IdOrder idOrderIfBuilt() {
        return idOrder;
    }

    /**
     * The offering's cost under the metric as the optimisers use it: the known cost, or, when the catalog does not
     * state it, a pessimistic stand-in: one unit more than the largest known cost under that metric in the whole
     * catalog (1 when none is known). So a plan, route or bundle never prefers a credential because its cost is
     * unknown: swapping it for any known-cost credential that does the same job is always strictly cheaper. Answers
     * never show this stand-in: they show the cost as unknown and leave it out of totals ({@link Totals}).
     */
    public double cost(Offering o, CostMetric metric) {
        var known = metric.known(o);
        return known != null ? known : unknownCost(metric);
    }

    /** The stand-in cost of the metric if worked out already, else 0 (read by {@link SnapshotPatch}). */
    double unknownCostIfBuilt(CostMetric metric) {
        return unknownCost[metric.ordinal()];
    }

    /** The stand-in cost of an offering whose cost under the metric is unknown (see {@link #cost}). */
    public double unknownCost(CostMetric metric) {
        double cost = unknownCost[metric.ordinal()];
        if (cost == 0) {
            double max = 0;
            for (var o : byPosition) {
                var known = metric.known(o);
                max = known != null && known > max ? known : max;
            }
            cost = max + 1;
            unknownCost[metric.ordinal()] = cost; // idempotent: racing threads compute the same value
        }
        return cost;
    }

    public int size() {
        return byPosition.length;
    }

    public Offering at(int position) {
        return byPosition[position];
    }

    /** The entry rule of the offering at the position, or null when it has none. */
    public Rule prerequisitesAt(int position) {
        return prerequisitesAt == null ? null : prerequisitesAt[position];
    }

    /** How many offerings of this snapshot the filter matches (from the memo). */
    public int countMatching(Filter filter) {
        return matches.of(filter).cardinality();
    }

    /** Adds to {@code into} the positions of the offerings the filter matches (from the memo). */
    public void addMatching(Filter filter, BitSet into) {
        into.or(matches.of(filter));
    }

    /** The positions of the offerings the filter matches, in order (from the memo). */
    public void forEachMatching(Filter filter, java.util.function.IntConsumer position) {
        var found = matches.of(filter);
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            position.accept(i);
        }
    }
}
