package org.credpath.recommend;

import org.credpath.catalog.snapshot.SolveOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.credpath.bench.CatalogSnapshotOf;
import org.credpath.imports.coursera.CourseraCatalog;
import org.credpath.recommend.engine.Coverage;
import org.credpath.recommend.engine.CoverageAnalysis;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.recommend.engine.Goal;
import org.credpath.recommend.engine.HierarchyRule;
import org.credpath.recommend.engine.LearnerState;
import org.credpath.recommend.engine.NextSteps;
import org.credpath.recommend.engine.Recommender;
import org.credpath.recommend.engine.Route;
import org.credpath.recommend.engine.SkillData;
import org.credpath.recommend.engine.SkillIndex;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.support.EscoTaxonomy;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real-data check of recommendations: the full ESCO v1.1.1 and the real Coursera catalog with its
 * tags resolved to ESCO skills by the importer's mapping (../shared/data), and three real occupations.
 * For a learner starting from nothing and one holding a first relevant credential: employer coverage, the
 * skill gap, next steps and the full route, each checked against what the catalog can teach.
 */
class CourseraOccupationsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static SkillIndex index;
    static Recommender recommender;

    @BeforeAll
    static void load() throws Exception {
        var esco = SharedData.require("esco-v1.1.1");
        var catalog = CourseraCatalog.read(SharedData.require("coursera/coursera_2024_partner_skills.csv"), esco);
        var providers = new HashMap<String, SkillData.ProviderInfo>();
        catalog.providers().forEach(p -> providers.put(p.id(), new SkillData.ProviderInfo(p.id(), p.name(), p.country())));
        index = new SkillIndex(CatalogSnapshotOf.of(catalog), EscoTaxonomy.read(esco).skillData(providers), HierarchyRule.DEFAULT);
        recommender = new Recommender(index);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2|data analyst|coursera:google:google-data-analytics",
            "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1|software developer|coursera:ibm:ibm-full-stack-software-developer",
            "http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7|ICT security administrator|coursera:google:google-cybersecurity"})
    void coverageNextStepsAndRouteTowardARealOccupation(String occupation, String label, String firstCredential) {
        var goal = Goal.occupation(occupation);
        var profile = index.occupation(occupation).orElseThrow();
        assertThat(profile.label()).isEqualTo(label);
        var taughtEssential = profile.essential().stream().filter(s -> !index.teachers(s).isEmpty()).collect(Collectors.toSet());

        var coverage = recommender.coverage(goal, Selection.NONE, 5, CoverageAnalysis.Scope.ESSENTIAL, Duration.ofSeconds(20));
        assertThat(coverage.essentialSkills()).isEqualTo(profile.essential().size());
        assertThat(coverage.essentialTaught()).isEqualTo(taughtEssential.size()).isPositive();
        assertThat(coverage.bundle().status()).isEqualTo("OPTIMAL");
        assertThat(covered(coverage)).containsAll(taughtEssential);

        for (var learner : List.of(learner("nothing yet"), learner("holds " + firstCredential, firstCredential))) {
            var gap = recommender.skillGap(learner, goal, 3);
            var gapSkills = gap.essentialGap().stream().map(m -> m.uri()).collect(Collectors.toSet());
            var teachableGap = new HashSet<>(gapSkills);
            teachableGap.retainAll(taughtEssential);

            var next = recommender.nextSteps(learner, goal, Selection.NONE, 5, CostMetric.ECTS);
            assertThat(next.items()).isNotEmpty();
            for (var item : next.items()) {
                assertThat(item.coversEssential()).isNotEmpty().allMatch(s -> gapSkills.contains(s.uri()));
                assertThat(learner.holdings()).noneMatch(h -> h.credential().equals(item.credential().id()));
            }
            assertThat(next.items()).extracting(NextSteps.Item::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));

            var route = recommender.route(learner, goal, Selection.NONE, new SolveOptions(CostMetric.ECTS, 30, Duration.ofSeconds(20)));
            assertThat(route.status()).isEqualTo("OPTIMAL");
            var routeCovers = route.credentials().stream().flatMap(s -> s.coversEssential().stream()).map(s -> s.uri()).collect(Collectors.toSet());
            assertThat(routeCovers).isEqualTo(teachableGap);
            assertThat(route.untaught()).extracting(s -> s.uri()).containsExactlyInAnyOrderElementsOf(
                    gapSkills.stream().filter(s -> !taughtEssential.contains(s)).toList());
            assertThat(route.totalEcts()).isLessThanOrEqualTo(greedyEcts(teachableGap) + 1e-9);

            System.out.printf("%s, learner %s: essential %d, taught by the catalog %d (%.1f %%), bundle %d credentials; gap %d; "
                            + "next step #1 %s (%s); route %d credentials, %.1f ECTS, %d terms, %s in %d ms, %d untaught%n",
                    label, learner.id(), coverage.essentialSkills(), coverage.essentialTaught(), coverage.essentialCoverage(),
                    coverage.bundle().size(), gapSkills.size(), next.items().get(0).credential().title(),
                    next.items().get(0).coversEssential().stream().map(s -> s.label()).toList(), route.credentials().size(),
                    route.totalEcts(), route.terms().size(), route.status(), route.solveMillis(), route.untaught().size());
        }
    }

    private static Set<String> covered(Coverage coverage) {
        return coverage.bundle().credentials().stream().flatMap(i -> i.covers().stream()).map(s -> s.uri()).collect(Collectors.toSet());
    }

    /** The ECTS of the greedy cover (most uncovered skills per ECTS first): an upper bound an optimal route never exceeds. */
    private static double greedyEcts(Set<String> skills) {
        var left = new HashSet<>(skills);
        double total = 0;
        while (!left.isEmpty()) {
            var best = left.stream().flatMap(s -> index.teachers(s).stream()).distinct()
                    .max((a, b) -> Double.compare(gain(index.countsFor(a.id()), left) / Math.max(a.ects(), 1e-6), gain(index.countsFor(b.id()), left) / Math.max(b.ects(), 1e-6)))
                    .orElseThrow();
            total += best.ects();
            left.removeAll(index.countsFor(best.id()));
        }
        return total;
    }

    private static double gain(Set<String> taught, Set<String> left) {
        return taught.stream().filter(left::contains).count();
    }

    private static LearnerState learner(String id, String... credentials) {
        var holdings = java.util.Arrays.stream(credentials).map(c -> new Holding(c, TODAY.minusMonths(6), null, true)).toList();
        return new LearnerState(id, holdings, List.of(), List.of(), TODAY);
    }
}
