package org.credpath.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.credpath.bench.CatalogSnapshotOf;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.utdallas.SourceFile;
import org.credpath.imports.utdallas.UtdallasCatalogMapper;
import org.credpath.stacking.engine.AuditResult;
import org.credpath.stacking.engine.CatalogSnapshot;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.Holding;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.stacking.engine.Rule;
import org.credpath.stacking.engine.StackingAudit;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real UT Dallas Computer Science BS (124 credit hours) for a learner with a first-year transcript:
 * audit and optimal plan on the mapped catalog. The core curriculum file the degree imports is not
 * published, so an adviser waives that unresolved node (and the catalog's consent/standing conditions).
 */
public class UtdallasDegreeTests {

    public static final String DEGREE = "utd-degree-2023-computer-science-bs";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final List<String> FIRST_YEAR = List.of("CS 1200", "CS 1136", "CS 1337", "CS 2305", "ECS 1100",
            "MATH 2413", "MATH 2414", "RHET 1302", "PHYS 2325", "PHYS 2125");

    static CatalogSnapshot snapshot;
    static List<Holding> transcript;
    static Set<String> waived;

    @BeforeAll
    static void load() throws IOException {
        var root = SharedData.require("utdallas");
        var courses = new SourceFile("courses.json", Files.readString(root.resolve("courses.json")));
        var degree = new SourceFile("degree_data/2023/Computer Science(BS).json",
                Files.readString(root.resolve("degree_data/2023/Computer Science(BS).json")));
        var mapping = new UtdallasCatalogMapper(List.of()).map(courses, List.of(degree), name -> Optional.empty(), ImportProgress.NONE);
        snapshot = CatalogSnapshotOf.of(mapping.catalog());
        transcript = new ArrayList<>();
        for (var code : FIRST_YEAR) {
            var id = "utd-" + code.replace(' ', '-');
            if (snapshot.offering(id).isPresent()) {
                transcript.add(new Holding(id, TODAY.minusMonths(6), "A", true));
            }
        }
        waived = new HashSet<>();
        collectWaivable(snapshot.requirements(DEGREE).orElseThrow(), waived);
        snapshot.offerings().keySet().forEach(id -> snapshot.prerequisites(id).ifPresent(r -> collectWaivable(r, waived)));
    }

    static Set<String> waived() {
        return waived;
    }

    private static void collectWaivable(Rule rule, Set<String> into) {
        if (rule instanceof Rule.Group g) {
            g.children().forEach(c -> collectWaivable(c, into));
        } else if (rule instanceof Rule.ConditionLeaf || rule instanceof Rule.UnresolvedLeaf) {
            into.add(rule.id());
        }
    }

    @Test
    void auditsAFirstYearTranscriptAgainstTheDegree() {
        var audit = new StackingAudit(snapshot, new StackingAudit.Options(TODAY, waived, 5_000_000)).audit(DEGREE, transcript);

        assertThat(transcript).hasSizeGreaterThanOrEqualTo(8);
        assertThat(audit.exact()).isTrue();
        assertThat(audit.met()).isFalse();
        assertThat(audit.tree().status()).isEqualTo(AuditResult.Status.PARTLY_MET);
        assertThat(audit.counted().size()).isGreaterThanOrEqualTo(6);
        System.out.printf("UTD CS BS audit: %d holdings counted, %.0f ECTS counted, %d not counted, %d search nodes%n",
                audit.counted().size(), audit.countedCredits(), audit.notCounted().size(), audit.searchNodes());
    }

    @Test
    void plansTheRestOfTheDegreeOptimally() {
        // a generous limit: at this size the first solution can take over 10 s on a loaded 2-core machine
        var options = new PlanOptions(PlanOptions.CostMetric.ECTS, null, null, null, null, null, 30, TODAY, java.time.Duration.ofSeconds(60), waived);

        var plan = new CompletionPlanner(snapshot, options).plan(List.of(DEGREE), transcript);

        // at this size CP-SAT does not yet prove optimality in time: the answer says so, with its gap
        assertThat(plan.status()).isIn("OPTIMAL", "FEASIBLE");
        assertThat(plan.gap()).isBetween(0.0, 1.0);
        var all = new ArrayList<>(transcript);
        plan.credentials().forEach(p -> all.add(new Holding(p.id(), TODAY, "A", false)));
        assertThat(new StackingAudit(snapshot, new StackingAudit.Options(TODAY, waived, 5_000_000)).audit(DEGREE, all).met()).isTrue();
        plan.terms().forEach(t -> assertThat(t.ects()).isLessThanOrEqualTo(30));
        System.out.printf("UTD CS BS plan: %s (gap %.3f), %d courses, %.0f ECTS (%.0f credit hours), %d terms, solved in %d ms%n",
                plan.status(), plan.gap(), plan.credentials().size(), plan.totalEcts(), plan.totalEcts() / 2, plan.terms().size(),
                plan.solveMillis());
    }
}
