package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.credpath.recommend.engine.SkillData.OccupationProfile;
import org.credpath.recommend.engine.SkillData.ProviderInfo;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.LayeredMap;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.SkillLink;

/**
 * The immutable skill view the recommendations run on, built once per catalog snapshot: for every
 * credential the goal skills it counts for under the {@link HierarchyRule}, for every skill the
 * credentials that teach it (takeable ones: larger credentials with stacking rules are earned by
 * stacking, not taken), occupations with their essential and optional skills, providers' countries,
 * and the catalog with entry rules standing as stacking rules, so that the stacking audit can check them exactly.
 */
public final class SkillIndex {

    private final CatalogSnapshot catalog;
    private final SkillData data;
    private final HierarchyRule rule;
    private final Map<String, String> labels;
    private final Map<String, List<String>> broader;
    private final Map<String, String> canonical; // one String instance per skill URI: sets and lists compare by reference on every hit
    private final Map<String, OccupationProfile> occupations;
    private final Map<String, ProviderInfo> providers;
    private final LayeredMap<String, Set<String>> countsFor;
    private final LayeredMap<String, List<Offering>> teachers;
    private final Map<String, Set<String>> expanded; // per skill, the goal skills it counts for (shared by indexes on the same data)
    private final DenseCatalog dense;
    private final ScoreOrders orders;
    private final CatalogSnapshot prerequisitesAsRequirements;
    private final Set<String> waived; // rule nodes a learner's exceptions waive (none in the catalog's own index)

    public SkillIndex(CatalogSnapshot catalog, SkillData data, HierarchyRule rule) {
        this(catalog, data, rule, null);
    }

    /**
     * The index of {@code catalog}, a changed version of {@code previous}'s catalog, on the same skill data and rule:
     * what {@code previous} worked out through the hierarchy is taken over for every skill, and for every offering
     * both catalogs share unchanged (the same instance), so a small catalog change costs little more than a copy.
     */
    public SkillIndex(CatalogSnapshot catalog, SkillIndex previous) {
        this(catalog, previous.data, previous.rule, previous);
    }

    /**
     * The index of {@code catalog}, which is {@code previous}'s catalog with the credentials {@code changed} replaced
     * in place ({@link CatalogSnapshot#patchOf}), in time proportional to the change: only those credentials' goal skills
     * and the teacher lists of the skills they counted or count for are worked out again. Any other catalog is indexed
     * as by {@link #SkillIndex(CatalogSnapshot, SkillIndex)}.
     */
    public static SkillIndex updated(CatalogSnapshot catalog, SkillIndex previous, Set<String> changed) {
        return catalog.patchOf(previous.catalog) ? new SkillIndex(catalog, previous, changed) : new SkillIndex(catalog, previous);
    }

    private SkillIndex(CatalogSnapshot catalog, SkillData data, HierarchyRule rule, SkillIndex previous) {
        this.catalog = Objects.requireNonNull(catalog);
        this.data = Objects.requireNonNull(data);
        this.rule = Objects.requireNonNull(rule);
        this.labels = data.labels();
        this.broader = data.broader();
        this.providers = data.providers();
        this.canonical = previous == null ? new ConcurrentHashMap<>() : previous.canonical;
        labels.keySet().forEach(uri -> canonical.putIfAbsent(uri, uri));
        this.occupations = previous == null ? new HashMap<>() : previous.occupations;
        if (previous == null) {
            data.occupations().forEach(o -> occupations.put(o.uri(), new OccupationProfile(o.uri(), o.label(), same(o.essential()),
                    same(o.optional()))));
        }
        this.expanded = previous == null ? new ConcurrentHashMap<>() : previous.expanded;
        var counted = new HashMap<String, Set<String>>();
        var taught = new HashMap<String, List<Offering>>();
        for (var offering : catalog.offerings().values()) {
            var reused = previous == null ? null : previous.unchangedCounts(offering);
            var counts = reused != null ? reused : countsOf(offering);
            counted.put(offering.id(), counts);
            if (takeable(offering)) {
                counts.forEach(skill -> taught.computeIfAbsent(skill, k -> new ArrayList<>()).add(offering));
            }
        }
        taught.replaceAll((k, list) -> {
            list.sort(TeacherLists.CHEAPEST);
            return List.copyOf(list);
        });
        this.countsFor = LayeredMap.of(counted);
        this.teachers = LayeredMap.of(taught);
        this.dense = new DenseCatalog(catalog, countsFor, teachers, this::takeable, this::weight);
        this.orders = new ScoreOrders(dense.skillCount());
        this.prerequisitesAsRequirements = catalog.withPrerequisitesAsRequirements();
        this.waived = Set.of();
    }

    private SkillIndex(CatalogSnapshot catalog, SkillIndex previous, Set<String> changed) {
        this.catalog = catalog;
        this.data = previous.data;
        this.rule = previous.rule;
        this.labels = previous.labels;
        this.broader = previous.broader;
        this.providers = previous.providers;
        this.canonical = previous.canonical;
        this.occupations = previous.occupations;
        this.expanded = previous.expanded;
        var counted = new HashMap<String, Set<String>>();
        var removed = new HashMap<String, List<Offering>>(); // per skill, the changed credentials' previous versions teaching it
        var added = new HashMap<String, List<Offering>>(); // per skill, the changed takeable credentials counting for it
        var positions = new ArrayList<Integer>();
        for (var id : changed) {
            previous.catalog.offering(id).filter(previous::takeable).ifPresent(o -> previous.countsFor(id)
                    .forEach(skill -> removed.computeIfAbsent(skill, k -> new ArrayList<>()).add(o)));
            var offering = catalog.offering(id).orElse(null);
            if (offering != null) {
                var counts = countsOf(offering);
                counted.put(id, counts);
                positions.add(catalog.position(id));
                if (takeable(offering)) {
                    counts.forEach(skill -> added.computeIfAbsent(skill, k -> new ArrayList<>()).add(offering));
                }
            }
        }
        var touched = new HashSet<>(removed.keySet());
        touched.addAll(added.keySet());
        var lists = new HashMap<String, List<Offering>>();
        for (var skill : touched) {
            lists.put(skill, List.copyOf(TeacherLists.patched(previous.teachers(skill), removed.getOrDefault(skill, List.of()),
                    added.getOrDefault(skill, List.of()))));
        }
        this.countsFor = previous.countsFor.with(counted, changed.stream().filter(id -> !counted.containsKey(id)).toList());
        this.teachers = previous.teachers.with(TeacherLists.nonEmpty(lists), lists.keySet().stream().filter(k -> lists.get(k).isEmpty()).toList());
        this.dense = previous.dense.patched(catalog, previous.catalog.size(), positions, countsFor, lists, this::takeable, this::weight);
        this.orders = previous.orders.without(lists.keySet().stream().map(dense::skillId).toList(), dense.skillCount());
        this.prerequisitesAsRequirements = catalog.withPrerequisitesAsRequirements();
        this.waived = Set.of();
    }

    private Set<String> countsOf(Offering offering) {
        var union = new java.util.LinkedHashSet<String>();
        offering.skills().forEach(s -> union.addAll(expanded.computeIfAbsent(s, k -> Set.copyOf(same(rule.countsFor(k, broader))))));
        return Set.copyOf(union);
    }

    private List<String> same(Collection<String> uris) {
        return uris.stream().map(uri -> canonical.computeIfAbsent(uri, k -> k)).toList();
    }

    /**
     * This index as one learner's answers see the catalog: {@code rules}, its catalog with stacking and entry rules rewritten
     * (catalog year, exceptions; same offerings, same positions), {@code waived} nodes; shares all but the changed entry rules.
     */
    public SkillIndex following(CatalogSnapshot rules, Set<String> waived) {
        return rules == catalog && waived.isEmpty() ? this : new SkillIndex(this, rules, waived);
    }

    private SkillIndex(SkillIndex base, CatalogSnapshot rules, Set<String> waived) {
        this.catalog = rules;
        this.waived = Set.copyOf(waived);
        this.data = base.data;
        this.rule = base.rule;
        this.labels = base.labels;
        this.broader = base.broader;
        this.providers = base.providers;
        this.canonical = base.canonical;
        this.occupations = base.occupations;
        this.expanded = base.expanded;
        this.countsFor = base.countsFor;
        this.teachers = base.teachers;
        this.orders = base.orders; // teachers in score order: by cost and link weight, which no rule rewrite changes
        var changed = java.util.stream.IntStream.range(0, rules.size())
                .filter(p -> rules.prerequisitesAt(p) != base.catalog.prerequisitesAt(p)).boxed().toList();
        this.dense = changed.isEmpty() ? base.dense : base.dense.patched(rules, rules.size(), changed, countsFor, Map.of(), this::takeable, this::weight);
        this.prerequisitesAsRequirements = rules == base.catalog ? base.prerequisitesAsRequirements : rules.withPrerequisitesAsRequirements();
    }

    /** The rule nodes the learner's exceptions waive ({@link #following}); none in the catalog's own index. */
    public Set<String> waived() {
        return waived;
    }

    public CatalogSnapshot catalog() {
        return catalog;
    }

    /** The goal skills of the offering when this index holds that very offering, else null. */
    private Set<String> unchangedCounts(Offering offering) {
        return catalog.offering(offering.id()).orElse(null) == offering ? countsFor.get(offering.id()) : null;
    }

    /** The skills, hierarchy, occupations and providers it was built with (kept for an index of a changed catalog). */
    public SkillData data() {
        return data;
    }

    public HierarchyRule hierarchy() {
        return rule;
    }

    /** A credential a learner may take (a larger credential is earned by stacking into it). */
    public boolean takeable(Offering offering) {
        return catalog.requirements(offering.id()).isEmpty();
    }

    public String label(String skill) {
        return labels.getOrDefault(skill, skill);
    }

    public boolean knowsSkill(String skill) {
        return labels.containsKey(skill);
    }

    public Optional<OccupationProfile> occupation(String uri) {
        return Optional.ofNullable(occupations.get(uri));
    }

    /** Every occupation's profile, in no particular order. */
    public Collection<OccupationProfile> occupations() {
        return occupations.values();
    }

    public Optional<ProviderInfo> provider(String id) {
        return Optional.ofNullable(id == null ? null : providers.get(id));
    }

    public Map<String, ProviderInfo> providers() {
        return providers;
    }

    /** The goal skills the credential counts for: what it teaches and, under the hierarchy rule, their broader skills. */
    public Set<String> countsFor(String credential) {
        return countsFor.getOrDefault(credential, Set.of());
    }

    /** The same as numbers: credentials by catalog position, skills and providers by id. */
    DenseCatalog dense() {
        return dense;
    }

    /** The skill's teachers in the order a next step ranks those counting for it alone, as an essential or optional gap skill ({@link ScoreOrders}). */
    ScoreOrders.Order scoreOrder(int skillId, org.credpath.catalog.snapshot.CostMetric metric, boolean essential) {
        return orders.of(this, skillId, metric, essential);
    }

    /** The goal skills a held skill counts for. */
    public Set<String> skillCountsFor(String skill) {
        return rule.countsFor(skill, broader);
    }

    /**
     * Why the credential counts for the goal skill: its link to that skill or, under the hierarchy rule, its most trusted
     * link to a narrower skill that counts for it; null when it does not count for it.
     */
    public SkillLink link(Offering offering, String goalSkill) {
        if (offering.skills().contains(goalSkill)) {
            return offering.link(goalSkill);
        }
        SkillLink best = null;
        for (var taught : offering.skills()) {
            var counts = expanded.get(taught);
            if (counts != null && counts.contains(goalSkill)) {
                var link = offering.link(taught);
                best = best == null || link.weight() > best.weight() ? link : best;
            }
        }
        return best;
    }

    /** A goal skill the credential counts for, with why ({@link #link}: source, confidence, evidence). */
    public NextSteps.SkillRef taught(Offering offering, String goalSkill) {
        var link = link(offering, goalSkill);
        return link == null ? new NextSteps.SkillRef(goalSkill, label(goalSkill))
                : new NextSteps.SkillRef(goalSkill, label(goalSkill), link.source(), link.confidence(), link.evidence());
    }

    /** How much the credential's teaching of the goal skill counts: the confidence of {@link #link} (1 unassessed, 0 none); kept per credential in {@link #dense}. */
    public double weight(Offering offering, String goalSkill) {
        var link = link(offering, goalSkill);
        return link == null ? 0 : link.weight();
    }

    /** Takeable credentials that count for the skill, fewest ECTS first (then price, id). */
    public List<Offering> teachers(String skill) {
        return teachers.getOrDefault(skill, List.of());
    }

    /** {@link CatalogSnapshot#withPrerequisitesAsRequirements()}, built once: auditing a credential against it checks its entry rules. */
    public CatalogSnapshot prerequisitesAsRequirements() {
        return prerequisitesAsRequirements;
    }
}
