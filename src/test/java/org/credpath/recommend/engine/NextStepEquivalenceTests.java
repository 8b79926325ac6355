package org.credpath.recommend.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Filter;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.SameCourse;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.SkillLink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The indexed next-step ranking ({@link GapTeachers}: exact scores only for credentials counting for several gap skills,
 * unlocking or stacking; the rest read from each skill's {@link ScoreOrders} list until k of it beat the rest) answers
 * exactly as the full scan that scores every open candidate, on random catalogs: ties (few distinct costs and
 * confidences), costs under the floor, unknown ECTS, prices and weeks, links of weight 0, a skill both essential and
 * optional, a hierarchy, entry rules (credential and filter leaves), recognitions, cross-listed courses (groups of codes,
 * some exact copies so that their codes tie, of which one place is listed), aims and credential goals, filters, held
 * credentials, prior skills, and k from 0 to more than the candidates. Next steps take no rule exceptions (those change
 * audits and plans only), so there are none to vary. Also one case where reading a list's head without the tie rule is wrong.
 */
class NextStepEquivalenceTests {

    private static final LocalDate TODAY = World.TODAY;
    private static final double[] ECTS = {0.5, 2, 5, 5, 6, 10};
    private static final Double[] CONFIDENCE = {null, null, 0.5, 0.5, 0.8, 0.0};

    private record Case(SkillIndex index, List<String> credentials) {
    }

    @Test
    @DisplayName("Indexed next steps equal the full scan's on 400 random catalogs and 12 requests each")
    void indexedEqualsFullScan() {
        var random = new Random(23);
        int compared = 0;
        long grouped = 0;
        for (int world = 0; world < 400; world++) {
            var c = randomCase(random, 10 + random.nextInt(world < 300 ? 60 : 400), 6 + random.nextInt(14));
            for (int request = 0; request < 12; request++) {
                var learner = learner(random, c);
                var goal = goal(random, c);
                var selection = selection(random);
                int k = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 4 : 60);
                var metric = CostMetric.values()[random.nextInt(3)];
                GoalProfile profile;
                try {
                    profile = GoalProfile.resolve(c.index(), goal);
                } catch (EmptyProfileException e) {
                    continue; // a certificate whose credentials teach nothing: no goal to rank toward
                }
                var expected = NextStepRanker.fullScan(c.index(), metric).rank(learner, profile, selection, k);
                var actual = new NextStepRanker(c.index(), metric).rank(learner, profile, selection, k);
                assertThat(actual).as("world %d request %d (k %d, %s, %s)", world, request, k, metric, selection).isEqualTo(expected);
                int block = 1 + random.nextInt(7); // the pass over the gap's teachers in many blocks, as on a large catalog
                assertThat(NextStepRanker.inBlocksOf(c.index(), metric, block).rank(learner, profile, selection, k))
                        .as("world %d request %d in blocks of %d positions", world, request, block).isEqualTo(expected);
                compared += expected.items().size();
                var catalog = c.index().catalog(); // a cross-listed course: one place, and none when a code of it is held
                var courses = expected.items().stream().map(i -> SameCourse.key(catalog, i.credential().id())).toList();
                assertThat(courses).as("world %d request %d: one place per course", world, request).doesNotHaveDuplicates();
                var heldCourses = learner.holdings().stream().map(h -> SameCourse.key(catalog, h.credential())).toList();
                assertThat(courses).as("world %d request %d: no held course again", world, request).noneMatch(heldCourses::contains);
                grouped += expected.items().stream().filter(i -> !i.credential().alsoOfferedAs().isEmpty()).count();
            }
        }
        assertThat(compared).as("items compared").isGreaterThan(10_000);
        assertThat(grouped).as("items of cross-listed courses").isGreaterThan(500);
    }

    /**
     * Ties at the k-th place: three credentials teach the one gap skill alone at the same score; the list's order puts
     * "z" first, but the id breaks the tie, so stopping after k = 1 read item would answer "z" instead of "a".
     */
    @Test
    void aTieAtTheKthPlaceIsBrokenByIdNotByListOrder() {
        var w = new World().occupation("job", List.of("s"), List.of()).course("z", 1, 0, "s").course("m", 6, 0, "s").course("a", 5, 0, "s");
        var index = w.index();
        var profile = GoalProfile.resolve(index, Goal.occupation("job"));
        var steps = new NextStepRanker(index, CostMetric.PRICE).rank(World.nobody(), profile, Selection.NONE, 1);
        assertThat(steps.items()).extracting(i -> i.credential().id()).containsExactly("a");
        assertThat(steps).isEqualTo(NextStepRanker.fullScan(index, CostMetric.PRICE).rank(World.nobody(), profile, Selection.NONE, 1));
    }

    private static Case randomCase(Random random, int credentials, int skills) {
        var labels = new LinkedHashMap<String, String>();
        var broader = new HashMap<String, List<String>>();
        for (int s = 0; s < skills; s++) {
            labels.put("s" + s, "skill " + s);
            if (s > 0 && random.nextInt(3) == 0) {
                broader.put("s" + s, List.of("s" + random.nextInt(s)));
            }
        }
        var occupations = new ArrayList<SkillData.OccupationProfile>();
        for (int j = 0; j < 3; j++) {
            var essential = sample(random, skills, 1 + random.nextInt(Math.min(skills, 6)));
            var optional = sample(random, skills, random.nextInt(4)); // may share a skill with the essential ones
            occupations.add(new SkillData.OccupationProfile("job" + j, "job " + j, essential, optional));
        }
        var providers = Map.of("fi", new SkillData.ProviderInfo("fi", "Finnish", "FI"), "fr", new SkillData.ProviderInfo("fr", "French", "FR"),
                "xx", new SkillData.ProviderInfo("xx", "Nowhere", null));
        var offerings = new LinkedHashMap<String, Offering>();
        var prerequisites = new HashMap<String, Rule>();
        var requirements = new HashMap<String, Rule>();
        var recognitions = new HashMap<String, List<CatalogSnapshot.Recognition>>();
        var ids = new ArrayList<String>();
        for (int i = 0; i < credentials; i++) {
            ids.add("c" + i);
        }
        int[] node = {0};
        for (var id : ids) {
            var taught = new HashSet<>(sample(random, skills, random.nextInt(4)));
            var links = new HashMap<String, SkillLink>();
            taught.forEach(s -> {
                var confidence = CONFIDENCE[random.nextInt(CONFIDENCE.length)];
                links.put(s, confidence == null ? SkillLink.STATED : new SkillLink("extracted", confidence, "about " + s));
            });
            var provider = List.of("fi", "fr", "xx").get(random.nextInt(3));
            Double ects = random.nextInt(8) == 0 ? null : ECTS[random.nextInt(ECTS.length)];
            Double price = random.nextInt(6) == 0 ? null : (double) (random.nextInt(4) * 50);
            Double weeks = random.nextInt(6) == 0 ? null : (double) (1 + random.nextInt(8));
            var country = providers.get(provider).country();
            offerings.put(id, new Offering(id, "micro-credential", "title " + id, (random.nextBoolean() ? "CS" : "MA") + id, null, provider,
                    country, ects, 5 + random.nextInt(3), price, weeks, random.nextInt(5) == 0 ? null : random.nextBoolean() ? "en" : "fr",
                    "online", random.nextInt(6) == 0 ? "enrolled-only" : "open", null, Set.copyOf(taught), links));
            if (random.nextInt(4) == 0) {
                var leaf = random.nextInt(4) == 0 ? new Rule.FilterLeaf("n" + node[0]++, "CS*", new Filter("CS", null, null, null, null, null, null))
                        : new Rule.CredentialLeaf("n" + node[0]++, ids.get(random.nextInt(ids.size())), null);
                var other = new Rule.CredentialLeaf("n" + node[0]++, ids.get(random.nextInt(ids.size())), null);
                prerequisites.put(id, new Rule.Group("n" + node[0]++, null, random.nextBoolean() ? Rule.Kind.ALL_OF : Rule.Kind.AT_LEAST_K_OF,
                        1, null, Rule.Limits.NONE, List.of(leaf, other)));
            }
            if (random.nextInt(10) == 0) {
                recognitions.put(id, new ArrayList<>(List.of(new CatalogSnapshot.Recognition(id, ids.get(random.nextInt(ids.size())), null, false))));
            }
        }
        crossListed(random, offerings, ids, recognitions);
        for (int j = 0; j < 3; j++) {
            var id = "cert" + j;
            offerings.put(id, new Offering(id, "certificate", "certificate " + j, null, null, "fi", "FI", 20.0, 6, 0.0, 0.0, "en", "online",
                    "open", null, Set.of()));
            var children = new ArrayList<Rule>();
            sample(random, credentials, 3).forEach(c -> children.add(new Rule.CredentialLeaf("n" + node[0]++, "c" + c.substring(1), null)));
            children.add(new Rule.FilterLeaf("n" + node[0]++, "MA*", new Filter("MA", null, null, null, null, null, null)));
            requirements.put(id, new Rule.Group("n" + node[0]++, null, Rule.Kind.AT_LEAST_K_OF, 2, null, Rule.Limits.NONE, children));
        }
        var catalog = new CatalogSnapshot(offerings, requirements, prerequisites, recognitions);
        var index = new SkillIndex(catalog, new SkillData(labels, broader, occupations, providers), HierarchyRule.DEFAULT);
        return new Case(index, ids);
    }

    /**
     * Cross-listed courses: a few groups of two or three codes, each either another credential of the catalog or an
     * exact copy of the group's first one under another id and code (so that the codes tie), recognised as one another.
     */
    private static void crossListed(Random random, Map<String, Offering> offerings, List<String> ids,
                                    Map<String, List<CatalogSnapshot.Recognition>> recognitions) {
        var grouped = new HashSet<String>();
        for (int g = random.nextInt(4); g > 0; g--) {
            var first = ids.get(random.nextInt(ids.size()));
            var members = new ArrayList<>(List.of(first));
            for (int m = 1 + random.nextInt(2); m > 0; m--) {
                if (random.nextBoolean()) {
                    var o = offerings.get(first);
                    var copy = first + "x" + m;
                    offerings.put(copy, new Offering(copy, o.kind(), o.title(), "TE" + copy, null, o.provider(), o.country(), o.ects(),
                            o.eqfLevel(), o.price(), o.durationWeeks(), o.language(), o.participation(), o.access(), null, o.skills(),
                            false, null, o.links()));
                    members.add(copy);
                } else {
                    members.add(ids.get(random.nextInt(ids.size())));
                }
            }
            if (members.stream().distinct().count() < members.size() || members.stream().anyMatch(grouped::contains)) {
                continue; // one course in one group only
            }
            grouped.addAll(members);
            for (var a : members) {
                for (var b : members) {
                    if (!a.equals(b)) {
                        recognitions.computeIfAbsent(a, k -> new ArrayList<>()).add(new CatalogSnapshot.Recognition(a, b, null, true));
                    }
                }
            }
        }
    }

    /** {@code n} distinct "s"-numbers below {@code bound}, in random order. */
    private static List<String> sample(Random random, int bound, int n) {
        var picked = new java.util.LinkedHashSet<String>();
        while (picked.size() < Math.min(n, bound)) {
            picked.add("s" + random.nextInt(bound));
        }
        return List.copyOf(picked);
    }

    private static LearnerState learner(Random random, Case c) {
        var holdings = new ArrayList<Holding>();
        for (int i = random.nextInt(5); i > 0; i--) {
            holdings.add(new Holding(c.credentials().get(random.nextInt(c.credentials().size())), TODAY.minusMonths(3), null, true));
        }
        var prior = random.nextInt(3) == 0 ? List.of(new LearnerState.PriorSkill("s" + random.nextInt(4), "self-declared")) : List.<LearnerState.PriorSkill>of();
        var aims = random.nextInt(3) == 0 ? List.of("cert" + random.nextInt(3)) : List.<String>of();
        return new LearnerState("l", holdings.stream().distinct().toList(), prior, aims, TODAY);
    }

    private static Goal goal(Random random, Case c) {
        return random.nextInt(4) == 0 ? Goal.credential("cert" + random.nextInt(3)) : Goal.occupation("job" + random.nextInt(3));
    }

    private static Selection selection(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new Selection(100.0, null, null, null, null, null, null, false, null);
            case 1 -> new Selection(null, Set.of("en"), null, null, null, null, null, false, null);
            case 2 -> new Selection(null, null, null, null, Set.of("FI"), null, null, random.nextBoolean(), null);
            case 3 -> new Selection(null, null, null, Set.of("fi", "xx"), null, 6, null, false, null);
            default -> Selection.NONE;
        };
    }
}
