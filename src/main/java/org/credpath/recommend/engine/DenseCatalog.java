package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;

/**
 * The skill index as numbers, for loops that visit thousands of credentials a request: credentials by
 * catalog position, skills and providers by a dense id, and per credential the ids of the goal skills it
 * counts for. Hash lookups of URI and id strings there cost more in memory traffic than the work itself
 * (each touches a string scattered over the heap); arrays indexed by number do not.
 */
final class DenseCatalog {

    private static final int[] NONE = new int[0];

    private final Map<String, Integer> skillIds;
    private final List<String> skills;
    private final Map<String, Integer> providerIds;
    private final int[][] counts;
    private final int[][] teachers;
    private final boolean[] takeable;
    private final BitSet enrolledOnly;
    private final int[] provider;
    private final int[][] entryNames;
    private final BitSet gated; // has an entry rule
    private final BitSet unnamed; // has an entry rule without entryNames (no shortcut)
    private final int[][] namedBy; // per position, the positions whose entryNames hold it (null: none)

    DenseCatalog(CatalogSnapshot catalog, Map<String, Set<String>> countsFor, Map<String, List<Offering>> teachersOf,
                 Predicate<Offering> takeable) {
        this.skillIds = new HashMap<>();
        this.skills = new ArrayList<>();
        this.providerIds = new HashMap<>();
        int n = catalog.size();
        this.counts = new int[n][];
        this.takeable = new boolean[n];
        this.enrolledOnly = new BitSet(n);
        this.provider = new int[n];
        this.entryNames = new int[n][];
        this.gated = new BitSet(n);
        this.unnamed = new BitSet(n);
        for (int p = 0; p < n; p++) {
            var o = catalog.at(p);
            counts[p] = ids(countsFor.getOrDefault(o.id(), Set.of()));
            this.takeable[p] = takeable.test(o);
            enrolledOnly.set(p, "enrolled-only".equals(o.access()));
            provider[p] = o.provider() == null ? -1 : providerIds.computeIfAbsent(o.provider(), k -> providerIds.size());
            entryRule(catalog, p);
        }
        this.namedBy = namedBy(entryNames);
        teachersOf.keySet().forEach(this::id);
        this.teachers = new int[skills.size()][];
        teachersOf.forEach((skill, list) -> teachers[skillIds.get(skill)] = list.stream().mapToInt(o -> catalog.position(o.id())).toArray());
    }

    /**
     * This index for {@code catalog}, which is this one's catalog (of {@code size} credentials) with the credentials at
     * the {@code changed} positions replaced or added in place; {@code teachersOf} holds the new teacher lists of every
     * skill whose list changed. Flat copies of the per-position arrays plus work on the changed entries; the ids of
     * skills and providers are copied only when a new one appears. Entry rules are walked again only for the changed
     * credentials, or for all when credentials were added (an unchanged rule may name one of them).
     */
    DenseCatalog patched(CatalogSnapshot catalog, int size, Collection<Integer> changed, Map<String, Set<String>> countsFor,
                         Map<String, List<Offering>> teachersOf, Predicate<Offering> takeable) {
        return new DenseCatalog(this, catalog, size, changed, countsFor, teachersOf, takeable);
    }

    private DenseCatalog(DenseCatalog previous, CatalogSnapshot catalog, int size, Collection<Integer> changed,
                         Map<String, Set<String>> countsFor, Map<String, List<Offering>> teachersOf, Predicate<Offering> takeable) {
        int n = catalog.size();
        var newSkills = new java.util.HashSet<String>(teachersOf.keySet());
        changed.forEach(p -> newSkills.addAll(countsFor.getOrDefault(catalog.at(p).id(), Set.of())));
        newSkills.removeAll(previous.skillIds.keySet());
        boolean newProvider = changed.stream().map(p -> catalog.at(p).provider())
                .anyMatch(id -> id != null && !previous.providerIds.containsKey(id));
        this.skillIds = newSkills.isEmpty() ? previous.skillIds : new HashMap<>(previous.skillIds);
        this.skills = newSkills.isEmpty() ? previous.skills : new ArrayList<>(previous.skills);
        this.providerIds = newProvider ? new HashMap<>(previous.providerIds) : previous.providerIds;
        this.counts = java.util.Arrays.copyOf(previous.counts, n);
        this.takeable = java.util.Arrays.copyOf(previous.takeable, n);
        this.enrolledOnly = (BitSet) previous.enrolledOnly.clone();
        this.provider = java.util.Arrays.copyOf(previous.provider, n);
        this.entryNames = java.util.Arrays.copyOf(previous.entryNames, n);
        this.gated = (BitSet) previous.gated.clone();
        this.unnamed = (BitSet) previous.unnamed.clone();
        boolean added = n > size; // an unchanged rule may name an added credential: walk every rule
        this.namedBy = added ? new int[n][] : java.util.Arrays.copyOf(previous.namedBy, n);
        for (int p : changed) {
            var o = catalog.at(p);
            counts[p] = ids(countsFor.getOrDefault(o.id(), Set.of()));
            this.takeable[p] = takeable.test(o);
            enrolledOnly.set(p, "enrolled-only".equals(o.access()));
            provider[p] = o.provider() == null ? -1 : providerIds.computeIfAbsent(o.provider(), k -> providerIds.size());
        }
        for (int p : added ? java.util.stream.IntStream.range(0, n).boxed().toList() : changed) {
            if (!added) {
                unname(p, entryNames[p]);
            }
            entryRule(catalog, p);
            if (!added) {
                nameBy(p, entryNames[p]);
            }
        }
        if (added) {
            System.arraycopy(namedBy(entryNames), 0, namedBy, 0, n);
        }
        teachersOf.keySet().forEach(this::id);
        this.teachers = java.util.Arrays.copyOf(previous.teachers, skills.size());
        teachersOf.forEach((skill, list) -> teachers[skillIds.get(skill)] = list.stream().mapToInt(o -> catalog.position(o.id())).toArray());
    }

    private void entryRule(CatalogSnapshot catalog, int p) {
        var rule = catalog.prerequisitesAt(p);
        entryNames[p] = rule == null ? null : namesNeeded(rule, catalog);
        gated.set(p, rule != null);
        unnamed.set(p, rule != null && entryNames[p] == null);
    }

    private static int[][] namedBy(int[][] entryNames) {
        var sizes = new int[entryNames.length];
        for (int[] names : entryNames) {
            for (int q : names == null ? NONE : names) {
                sizes[q]++;
            }
        }
        var namedBy = new int[entryNames.length][];
        for (int p = 0; p < entryNames.length; p++) {
            for (int q : entryNames[p] == null ? NONE : entryNames[p]) {
                namedBy[q] = namedBy[q] == null ? new int[sizes[q]] : namedBy[q];
                namedBy[q][namedBy[q].length - sizes[q]--] = p;
            }
        }
        return namedBy;
    }

    /** Adds {@code p} to {@link #namedBy} of each of {@code names} (copy on write: arrays may be shared with the previous index). */
    private void nameBy(int p, int[] names) {
        if (names != null) {
            for (int q : names) {
                var list = namedBy[q] == null ? new int[1] : java.util.Arrays.copyOf(namedBy[q], namedBy[q].length + 1);
                list[list.length - 1] = p;
                namedBy[q] = list;
            }
        }
    }

    private void unname(int p, int[] names) {
        if (names != null) {
            for (int q : names) {
                if (q < namedBy.length && namedBy[q] != null) {
                    var list = java.util.Arrays.stream(namedBy[q]).filter(x -> x != p).toArray();
                    namedBy[q] = list.length == 0 ? null : list;
                }
            }
        }
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

    /** The positions of the takeable credentials that count for the skill, fewest ECTS first (then price, id). */
    int[] teachers(int skillId) {
        return skillId < 0 || skillId >= teachers.length || teachers[skillId] == null ? NONE : teachers[skillId];
    }

    boolean takeable(int position) {
        return takeable[position];
    }

    /** Whether the credential is open only to learners enrolled at its provider. */
    boolean enrolledOnly(int position) {
        return enrolledOnly.get(position);
    }

    /** The enrolled-only credentials (read only). */
    BitSet enrolledOnly() {
        return enrolledOnly;
    }

    /**
     * The credentials with an entry rule that may be open to a learner whose holdings count as the {@code countsAs}
     * positions: those whose rule needs none of a few named credentials ({@link #entryNames} null), and those naming one
     * of the held. Every other credential with an entry rule is closed to them.
     */
    BitSet gatedMaybeOpen(BitSet countsAs) {
        var maybe = (BitSet) unnamed.clone();
        for (int q = countsAs.nextSetBit(0); q >= 0 && q < namedBy.length; q = countsAs.nextSetBit(q + 1)) {
            if (namedBy[q] != null) {
                for (int p : namedBy[q]) {
                    maybe.set(p);
                }
            }
        }
        return maybe;
    }

    /** The credentials with an entry rule (read only). */
    BitSet gated() {
        return gated;
    }

    /**
     * The catalog positions of the credentials an entry rule names, when meeting it needs at least one of them held (as
     * itself or through recognition): the rule has no filter leaf and cannot be met with every credential leaf unmet.
     * Null where that does not hold (no shortcut). {@link EntryRules#openNow} answers "closed" from it without walking the rule.
     */
    int[] entryNames(int position) {
        return entryNames[position];
    }

    private static int[] namesNeeded(Rule rule, CatalogSnapshot catalog) {
        var names = new java.util.TreeSet<Integer>();
        if (!namesOnly(rule, catalog, names) || metWithoutNames(rule)) {
            return null;
        }
        return names.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether every leaf is a credential leaf (named positions collected; unknown credentials left out) or a condition. */
    private static boolean namesOnly(Rule rule, CatalogSnapshot catalog, java.util.Set<Integer> names) {
        boolean[] filter = {false};
        rule.forEachLeaf(leaf -> {
            if (leaf instanceof Rule.CredentialLeaf c && catalog.position(c.credential()) >= 0) {
                names.add(catalog.position(c.credential()));
            }
            filter[0] |= leaf instanceof Rule.FilterLeaf;
        });
        return !filter[0];
    }

    /**
     * Whether the monotone reading of {@link EntryRules} meets the rule with no leaf met: credential leaves and conditions
     * count as unmet there, so only groups asking nothing (an empty ALL_OF, k or credits of zero) can be.
     */
    private static boolean metWithoutNames(Rule rule) {
        return rule.<Boolean>fold((leaf, groups) -> false, (g, met) -> switch (g.kind()) {
            case ALL_OF -> !met.contains(false);
            case AT_LEAST_K_OF -> met.stream().filter(m -> m).count() >= g.k();
            case AT_LEAST_CREDITS -> g.credits() <= 1e-9;
        });
    }

    /** The providers as a set of their ids (unknown ones left out). */
    BitSet providers(Collection<String> ids) {
        var set = new BitSet(providerIds.size());
        ids.forEach(id -> {
            var at = providerIds.get(id);
            if (at != null) {
                set.set(at);
            }
        });
        return set;
    }

    /** The id of the credential's provider, or -1 when it states none. */
    int provider(int position) {
        return provider[position];
    }
}
