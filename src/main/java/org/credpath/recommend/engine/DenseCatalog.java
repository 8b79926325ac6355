package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;

/**
 * The skill index as numbers, for loops that visit thousands of credentials a request: credentials by
 * catalog position, skills and providers by a dense id, and per credential the ids of the goal skills it
 * counts for. Hash lookups of URI and id strings there cost more in memory traffic than the work itself
 * (each touches a string scattered over the heap); arrays indexed by number do not. Aligned with those ids, the
 * weight of the credential's link to each ({@link SkillIndex#weight}), worked out once here rather than per request
 * (deriving it, which of the taught skills counts for a goal skill, took two thirds of a next step at x50).
 */
final class DenseCatalog {

    private static final int[] NONE = new int[0];

    private final Map<String, Integer> skillIds;
    private final List<String> skills;
    private final int[][] counts;
    private final double[][] weights; // aligned with counts; null where every link weighs 1 (stated, unassessed)
    private final double maxWeight; // at least the heaviest link's weight (and 1): bounds a score from a count of skills
    private final int[][] teachers;
    private final int[][] teachersByPosition; // the same lists in position order (a pass over several stays in cache)
    private final BitSet takeable;
    private final Enrollment enrollment;
    private final EntryGates gates;

    DenseCatalog(CatalogSnapshot catalog, Map<String, Set<String>> countsFor, Map<String, List<Offering>> teachersOf,
                 Predicate<Offering> takeable, ToDoubleBiFunction<Offering, String> weight) {
        this.skillIds = new HashMap<>();
        this.skills = new ArrayList<>();
        int n = catalog.size();
        this.counts = new int[n][];
        this.weights = new double[n][];
        this.takeable = new BitSet(n);
        double heaviest = 1;
        for (int p = 0; p < n; p++) {
            var o = catalog.at(p);
            counts[p] = ids(countsFor.getOrDefault(o.id(), Set.of()));
            weights[p] = weights(o, counts[p], weight);
            heaviest = Math.max(heaviest, max(weights[p]));
            this.takeable.set(p, takeable.test(o));
        }
        this.maxWeight = heaviest;
        this.enrollment = new Enrollment(catalog);
        this.gates = new EntryGates(catalog);
        teachersOf.keySet().forEach(this::id);
        this.teachers = new int[skills.size()][];
        teachersOf.forEach((skill, list) -> teachers[skillIds.get(skill)] = list.stream().mapToInt(o -> catalog.position(o.id())).toArray());
        this.teachersByPosition = new int[teachers.length][];
        for (int s = 0; s < teachers.length; s++) {
            teachersByPosition[s] = teachers[s] == null ? null : java.util.stream.IntStream.of(teachers[s]).sorted().toArray();
        }
    }

    /**
     * This index for {@code catalog}, which is this one's catalog (of {@code size} credentials) with the credentials at
     * the {@code changed} positions replaced or added in place; {@code teachersOf} holds the new teacher lists of every
     * skill whose list changed. Flat copies of the per-position arrays plus work on the changed entries; the ids of
     * skills and providers are copied only when a new one appears. Entry rules are walked again only for the changed
     * credentials, or for all when credentials were added (an unchanged rule may name one of them).
     */
    DenseCatalog patched(CatalogSnapshot catalog, int size, Collection<Integer> changed, Map<String, Set<String>> countsFor,
                         Map<String, List<Offering>> teachersOf, Predicate<Offering> takeable, ToDoubleBiFunction<Offering, String> weight) {
        return new DenseCatalog(this, catalog, size, changed, countsFor, teachersOf, takeable, weight);
    }

    private DenseCatalog(DenseCatalog previous, CatalogSnapshot catalog, int size, Collection<Integer> changed,
                         Map<String, Set<String>> countsFor, Map<String, List<Offering>> teachersOf, Predicate<Offering> takeable,
                         ToDoubleBiFunction<Offering, String> weight) {
        int n = catalog.size();
        var newSkills = new java.util.HashSet<String>(teachersOf.keySet());
        changed.forEach(p -> newSkills.addAll(countsFor.getOrDefault(catalog.at(p).id(), Set.of())));
        newSkills.removeAll(previous.skillIds.keySet());
        this.skillIds = newSkills.isEmpty() ? previous.skillIds : new HashMap<>(previous.skillIds);
        this.skills = newSkills.isEmpty() ? previous.skills : new ArrayList<>(previous.skills);
        this.counts = java.util.Arrays.copyOf(previous.counts, n);
        this.weights = java.util.Arrays.copyOf(previous.weights, n);
        this.takeable = (BitSet) previous.takeable.clone();
        this.enrollment = previous.enrollment.patched(catalog, changed);
        double heaviest = previous.maxWeight; // never lowered in place: still a bound
        for (int p : changed) {
            var o = catalog.at(p);
            counts[p] = ids(countsFor.getOrDefault(o.id(), Set.of()));
            weights[p] = weights(o, counts[p], weight);
            heaviest = Math.max(heaviest, max(weights[p]));
            this.takeable.set(p, takeable.test(o));
        }
        this.maxWeight = heaviest;
        this.gates = n > size ? new EntryGates(catalog) : previous.gates.patched(catalog, changed); // an unchanged rule may name an added one
        teachersOf.keySet().forEach(this::id);
        this.teachers = java.util.Arrays.copyOf(previous.teachers, skills.size());
        this.teachersByPosition = java.util.Arrays.copyOf(previous.teachersByPosition, skills.size());
        var fresh = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Offering, Boolean>());
        var changedAt = new BitSet(n);
        changed.forEach(p -> {
            fresh.add(catalog.at(p));
            changedAt.set(p);
        });
        teachersOf.forEach((skill, list) -> {
            int id = skillIds.get(skill);
            int[] before = id < previous.teachers.length && previous.teachers[id] != null ? previous.teachers[id] : NONE;
            teachers[id] = positions(list, before, fresh, changedAt, catalog);
            teachersByPosition[id] = TeacherLists.byPosition(teachers[id], id < previous.teachersByPosition.length
                    && previous.teachersByPosition[id] != null ? previous.teachersByPosition[id] : NONE, changedAt);
        });
    }

    /**
     * The positions of a patched teacher list: the changed credentials' by lookup, every other one's from the list before
     * (in the same order there, those of changed credentials skipped), so a long list costs a copy, not a lookup per entry.
     */
    private static int[] positions(List<Offering> list, int[] before, Set<Offering> fresh, BitSet changedAt, CatalogSnapshot catalog) {
        var positions = new int[list.size()];
        int j = 0;
        for (int i = 0; i < positions.length; i++) {
            var o = list.get(i);
            if (fresh.contains(o)) {
                positions[i] = catalog.position(o.id());
            } else {
                while (changedAt.get(before[j])) {
                    j++;
                }
                positions[i] = before[j++];
            }
        }
        return positions;
    }

    /** The weight of the offering's link to each skill id, in that order; null when all weigh 1 (no array for them). */
    private double[] weights(Offering offering, int[] ids, ToDoubleBiFunction<Offering, String> weight) {
        if (offering.links().isEmpty()) {
            return null; // every link stated and unassessed: each weighs 1, nothing to work out
        }
        double[] weights = null;
        for (int i = 0; i < ids.length; i++) {
            double w = weight.applyAsDouble(offering, skills.get(ids[i]));
            if (w != 1 && weights == null) {
                weights = new double[ids.length];
                java.util.Arrays.fill(weights, 0, i, 1);
            }
            if (weights != null) {
                weights[i] = w;
            }
        }
        return weights;
    }

    private int[] ids(Collection<String> uris) {
        return uris.stream().mapToInt(this::id).toArray();
    }

    private int id(String uri) {
        return skillIds.computeIfAbsent(uri, k -> {
            skills.add(k);
            return skills.size() - 1;
        });
    }

    /** How many skill ids there are (ids run from 0). */
    int skillCount() {
        return skills.size();
    }

    /** The id of the skill, or -1 when no credential counts for it. */
    int skillId(String uri) {
        return skillIds.getOrDefault(uri, -1);
    }

    String skill(int id) {
        return skills.get(id);
    }

    /** The ids of the goal skills the credential at the position counts for. */
    int[] counts(int position) {
        return counts[position];
    }

    /**
     * The weights of the credential's links to the goal skills it counts for, aligned with {@link #counts}; null when
     * every one weighs 1.
     */
    double[] weights(int position) {
        return weights[position];
    }

    /** At least the weight of every link (and at least 1, a stated link's). */
    double maxWeight() {
        return maxWeight;
    }

    private static double max(double[] weights) {
        double max = 0;
        if (weights != null) {
            for (double w : weights) {
                max = Math.max(max, w);
            }
        }
        return max;
    }

    /** The weight of the credential's link to the skill ({@link SkillIndex#weight}); 0 when it does not count for it. */
    double weight(int position, int skillId) {
        int[] ids = counts[position];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == skillId) {
                return weights[position] == null ? 1 : weights[position][i];
            }
        }
        return 0;
    }

    /** The positions of the takeable credentials that count for the skill, fewest ECTS first (then price, id). */
    int[] teachers(int skillId) {
        return skillId < 0 || skillId >= teachers.length || teachers[skillId] == null ? NONE : teachers[skillId];
    }

    /** {@link #teachers} in position order. */
    int[] teachersByPosition(int skillId) {
        return skillId < 0 || skillId >= teachersByPosition.length || teachersByPosition[skillId] == null ? NONE : teachersByPosition[skillId];
    }

    boolean takeable(int position) {
        return takeable.get(position);
    }

    /** The takeable credentials (read only). */
    BitSet takeable() {
        return takeable;
    }

    /** Whether the credential is open only to learners enrolled at its provider. */
    boolean enrolledOnly(int position) {
        return enrollment.enrolledOnly().get(position);
    }

    /** The enrolled-only credentials (read only). */
    BitSet enrolledOnly() {
        return enrollment.enrolledOnly();
    }

    /** {@link Enrollment#enrolledOnlyAt}. */
    BitSet enrolledOnlyAt(BitSet providers) {
        return enrollment.enrolledOnlyAt(providers);
    }

    /** {@link EntryGates#gatedMaybeOpen}. */
    BitSet gatedMaybeOpen(BitSet countsAs) {
        return gates.gatedMaybeOpen(countsAs);
    }

    /** The credentials with an entry rule (read only). */
    BitSet gated() {
        return gates.gated();
    }

    /** {@link EntryGates#entryNames}. */
    int[] entryNames(int position) {
        return gates.entryNames(position);
    }

    /** The providers as a set of their ids (unknown ones left out). */
    BitSet providers(Collection<String> ids) {
        return enrollment.providers(ids);
    }

    /** The id of the credential's provider, or -1 when it states none. */
    int provider(int position) {
        return enrollment.provider(position);
    }
}
