package org.credpath.catalog.snapshot;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable in-memory view of the catalog the algorithms run on: offerings, their stacking
 * ({@code requirements}) and entry ({@code prerequisites}) rule trees, and recognition
 * ({@code from} is recognised as {@code to} for {@code credits}; null = the full ECTS of {@code from}).
 * Which offerings a filter matches is worked out once per filter and snapshot ({@link #matches}): the
 * algorithms ask it of every candidate for every filter leaf, which on a national catalog was most of a plan's time;
 * that first time tests only the offerings of the filter's most selective criterion ({@link FilterIndex}).
 */
public final class CatalogSnapshot {

    public record Recognition(String from, String to, Double credits) {
    }

    private final Map<String, Offering> offerings;
    private final Map<String, Rule> requirements;
    private final Map<String, Rule> prerequisites;
    private final Map<String, List<Recognition>> recognitionsFrom;
    private final Map<String, List<Recognition>> recognitionsTo;
    private final Offering[] byPosition;
    private final Rule[] prerequisitesAt;
    private final Rule[] requirementsAt;
    private final List<List<Recognition>> recognitionsFromAt;
    private final List<List<Recognition>> recognitionsToAt;
    private final Map<String, Integer> positions;
    private final Map<Filter, BitSet> matching; // shared with the snapshots made by withRequirements (same offerings)
    private volatile FilterIndex filterIndex; // built on the first filter's use
    private volatile int[] idRank; // per position, the place of its id in id order; built on first use
    private final double[] unknownCost = new double[CostMetric.values().length]; // per metric, 0 until first asked

    public CatalogSnapshot(Map<String, Offering> offerings, Map<String, Rule> requirements, Map<String, Rule> prerequisites,
                           Map<String, List<Recognition>> recognitionsFrom) {
        this.matching = new ConcurrentHashMap<>();
        this.offerings = HashedMaps.copyOf(offerings);
        this.requirements = HashedMaps.copyOf(requirements);
        this.prerequisites = HashedMaps.copyOf(prerequisites);
        this.recognitionsFrom = HashedMaps.copyOf(recognitionsFrom);
        var to = new HashMap<String, List<Recognition>>();
        recognitionsFrom.values().forEach(list -> list.forEach(r -> to.computeIfAbsent(r.to(), k -> new java.util.ArrayList<>()).add(r)));
        this.recognitionsTo = to;
        this.byPosition = this.offerings.values().toArray(new Offering[0]);
        var positions = new HashMap<String, Integer>(byPosition.length * 2);
        this.prerequisitesAt = new Rule[byPosition.length];
        this.requirementsAt = new Rule[byPosition.length];
        var from = new java.util.ArrayList<List<Recognition>>(byPosition.length);
        var toAt = new java.util.ArrayList<List<Recognition>>(byPosition.length);
        for (int i = 0; i < byPosition.length; i++) {
            positions.put(byPosition[i].id(), i);
            prerequisitesAt[i] = this.prerequisites.get(byPosition[i].id());
            requirementsAt[i] = this.requirements.get(byPosition[i].id());
            from.add(recognitionsFrom(byPosition[i].id()));
            toAt.add(recognitionsTo(byPosition[i].id()));
        }
        this.recognitionsFromAt = from;
        this.recognitionsToAt = toAt;
        this.positions = positions;
    }

    /**
     * This catalog with every credential's entry rules (prerequisites) standing as its stacking rules (requirements) and
     * no entry rules: auditing a credential against it checks whether its prerequisites are met, with the audit's exact
     * assignment.
     */
    public CatalogSnapshot withPrerequisitesAsRequirements() {
        return new CatalogSnapshot(offerings, prerequisites, Map.of(), recognitionsFrom);
    }

    /**
     * This snapshot with some credentials' stacking rules replaced (a learner's exceptions rewrite them), sharing
     * everything else, the filter memo included: cheap enough per request. Only ids of offerings it holds may be named.
     */
    public CatalogSnapshot withRequirements(Map<String, Rule> replaced) {
        return replaced.isEmpty() ? this : new CatalogSnapshot(this, replaced);
    }

    private CatalogSnapshot(CatalogSnapshot base, Map<String, Rule> replaced) {
        var requirements = new HashMap<>(base.requirements);
        requirements.putAll(replaced);
        this.offerings = base.offerings;
        this.requirements = requirements;
        this.prerequisites = base.prerequisites;
        this.recognitionsFrom = base.recognitionsFrom;
        this.recognitionsTo = base.recognitionsTo;
        this.byPosition = base.byPosition;
        this.prerequisitesAt = base.prerequisitesAt;
        this.requirementsAt = base.requirementsAt.clone();
        for (var entry : replaced.entrySet()) {
            var at = base.positions.get(entry.getKey());
            if (at != null) {
                requirementsAt[at] = entry.getValue();
            }
        }
        this.recognitionsFromAt = base.recognitionsFromAt;
        this.recognitionsToAt = base.recognitionsToAt;
        this.positions = base.positions;
        this.filterIndex = base.filterIndex();
        this.idRank = base.idRank;
        System.arraycopy(base.unknownCost, 0, unknownCost, 0, unknownCost.length);
        this.matching = base.matching;
    }

    /**
     * This snapshot with the offerings, rules and recognitions of the credentials {@code ids} replaced by those
     * {@code changed} holds for them (an id it does not hold is removed): an incremental refresh.
     */
    CatalogSnapshot withChanges(java.util.Set<String> ids, CatalogSnapshot changed) {
        var offerings = new HashMap<>(this.offerings);
        var requirements = new HashMap<>(this.requirements);
        var prerequisites = new HashMap<>(this.prerequisites);
        var recognitions = new HashMap<>(this.recognitionsFrom);
        for (var id : ids) {
            offerings.remove(id);
            requirements.remove(id);
            prerequisites.remove(id);
            recognitions.remove(id);
        }
        offerings.putAll(changed.offerings);
        requirements.putAll(changed.requirements);
        prerequisites.putAll(changed.prerequisites);
        recognitions.putAll(changed.recognitionsFrom);
        return new CatalogSnapshot(offerings, requirements, prerequisites, recognitions);
    }

    /** Builds what is otherwise built on first use (the filter index, the id ranks), so that no request pays for it. */
    CatalogSnapshot prepared() {
        filterIndex();
        if (byPosition.length > 0) {
            idRank(0);
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
        return matching.computeIfAbsent(filter, this::scan).get(at);
    }

    /** A test of positions against the filter, from the memo (one lookup for many tests). */
    public java.util.function.IntPredicate matcher(Filter filter) {
        return matching.computeIfAbsent(filter, this::scan)::get;
    }

    /** The position (0 to size - 1) of the offering with this id in this snapshot, or -1. */
    public int position(String id) {
        return positions.getOrDefault(id, -1);
    }

    /** The place of the id of the offering at the position among all ids in natural order: comparing ranks compares ids. */
    public int idRank(int position) {
        var rank = idRank;
        if (rank == null) {
            var byId = java.util.stream.IntStream.range(0, byPosition.length).boxed()
                    .sorted(java.util.Comparator.comparing(p -> byPosition[p].id())).mapToInt(Integer::intValue).toArray();
            rank = new int[byPosition.length];
            for (int r = 0; r < byId.length; r++) {
                rank[byId[r]] = r;
            }
            idRank = rank;
        }
        return rank[position];
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
        return prerequisitesAt[position];
    }

    /** How many offerings of this snapshot the filter matches (from the memo). */
    public int countMatching(Filter filter) {
        return matching.computeIfAbsent(filter, this::scan).cardinality();
    }

    /** The positions of the offerings the filter matches, in order (from the memo). */
    public void forEachMatching(Filter filter, java.util.function.IntConsumer position) {
        var found = matching.computeIfAbsent(filter, this::scan);
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            position.accept(i);
        }
    }

    /** Every offering of this snapshot the filter matches (from the memo: in time proportional to the matches). */
    public List<Offering> matching(Filter filter) {
        var found = matching.computeIfAbsent(filter, this::scan);
        var result = new java.util.ArrayList<Offering>(found.cardinality());
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            result.add(byPosition[i]);
        }
        return result;
    }

    private BitSet scan(Filter filter) {
        return filterIndex().matching(filter);
    }

    private FilterIndex filterIndex() {
        var index = filterIndex;
        if (index == null) {
            synchronized (this) {
                if (filterIndex == null) {
                    filterIndex = new FilterIndex(byPosition);
                }
                index = filterIndex;
            }
        }
        return index;
    }
}
