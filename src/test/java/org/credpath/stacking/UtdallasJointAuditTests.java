package org.credpath.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.credpath.bench.CatalogSnapshotOf;
import org.credpath.bench.UtdallasCsDegree;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.utdallas.SourceFile;
import org.credpath.imports.utdallas.UtdallasCatalogMapper;
import org.credpath.stacking.engine.JointAudit;
import org.credpath.stacking.engine.OverlapCaps;
import org.credpath.stacking.engine.StackingAudit;
import org.credpath.stacking.engine.Waivers;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A double major on real rules: the UT Dallas Computer Science BS and Computer Engineering BS (2023) audited together
 * on the whole mapped course catalog, for a two-year transcript both degrees can use (CS 1337, CS 2305, the mathematics
 * and physics sequence...). Too large to try every assignment: checked instead for what must hold whatever the optimum
 * (caps kept; no cap is the two audits alone; a larger cap never does worse), with timings.
 */
class UtdallasJointAuditTests {

    static final String CS = UtdallasCsDegree.DEGREE;
    static final String CE = "utd-degree-2023-computer-engineering-bs";
    static final List<String> TWO_YEARS = List.of("CS 1200", "CS 1136", "CS 1337", "CS 2305", "ECS 1100", "MATH 2413", "MATH 2414",
            "RHET 1302", "PHYS 2325", "PHYS 2125", "PHYS 2326", "PHYS 2126", "MATH 2418", "MATH 2420", "CS 2336", "CS 2340", "EE 2310",
            "CE 1202", "ENGR 2300", "CHEM 1311", "CHEM 1111", "GOVT 2305", "GOVT 2306", "HIST 1301");

    static CatalogSnapshot snapshot;
    static List<Holding> transcript;

    @BeforeAll
    static void load() throws IOException {
        Path root = SharedData.require("utdallas");
        var courses = new SourceFile("courses.json", Files.readString(root.resolve("courses.json")));
        var degrees = new ArrayList<SourceFile>();
        for (var name : List.of("Computer Science(BS).json", "Computer Engineering(BS).json")) {
            degrees.add(new SourceFile("degree_data/2023/" + name, Files.readString(root.resolve("degree_data/2023/" + name))));
        }
        var mapping = new UtdallasCatalogMapper(List.of()).map(courses, degrees, name -> Optional.empty(), ImportProgress.NONE);
        snapshot = CatalogSnapshotOf.of(mapping.catalog());
        transcript = TWO_YEARS.stream().map(code -> "utd-" + code.replace(' ', '-')).filter(id -> snapshot.offering(id).isPresent())
                .map(id -> new Holding(id, UtdallasCsDegree.TODAY.minusMonths(6), "A", true)).toList();
    }

    private static JointAudit.Result audit(int cap) {
        var options = new StackingAudit.Options(UtdallasCsDegree.TODAY, Set.of(Waivers.ALL), StackingAudit.Options.SEARCH_NODES);
        return new JointAudit(snapshot, options).audit(List.of(CS, CE), transcript, OverlapCaps.uniform(List.of(CS, CE), cap));
    }

    @Test
    void auditsTheDoubleMajorWithinEachCap() {
        assertThat(snapshot.requirements(CE)).as("the Computer Engineering BS is mapped").isPresent();
        assertThat(transcript).hasSizeGreaterThan(20);
        var options = new StackingAudit.Options(UtdallasCsDegree.TODAY, Set.of(Waivers.ALL), StackingAudit.Options.SEARCH_NODES);
        double alone = new StackingAudit(snapshot, options).audit(CS, transcript).countedCredits()
                + new StackingAudit(snapshot, options).audit(CE, transcript).countedCredits();

        double previous = -1;
        for (int cap : new int[] {0, 3, 6, OverlapCaps.UNLIMITED}) {
            var result = audit(cap);
            assertThat(result.exact()).as("cap %d", cap).isTrue();
            var use = result.caps().get(0);
            if (cap != OverlapCaps.UNLIMITED) {
                assertThat(use.used()).as("cap %d", cap).isLessThanOrEqualTo(cap);
            }
            assertThat(result.countedCredits()).as("a larger cap never does worse").isGreaterThanOrEqualTo(previous);
            previous = result.countedCredits();
            System.out.printf("UTD CS BS + CE BS, cap %s: %s, %.0f ECTS counted over both, %d of %d holdings shared%n",
                    cap == OverlapCaps.UNLIMITED ? "none" : cap, result.method(), result.countedCredits(), use.used(), transcript.size());
        }
        assertThat(previous).as("no cap: the two audits alone").isEqualTo(alone);
        assertThat(audit(0).countedCredits()).as("disjoint counts less than sharing here").isLessThan(alone);
    }

    @Test
    void timesTheJointAudit() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int cap : new int[] {0, 3, OverlapCaps.UNLIMITED}) {
            var wall = new long[30];
            var cpu = new long[30];
            for (int i = 0; i < wall.length + 5; i++) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                audit(cap);
                if (i >= 5) {
                    wall[i - 5] = System.nanoTime() - start;
                    cpu[i - 5] = threads.getCurrentThreadCpuTime() - startCpu;
                }
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf("UTD CS BS + CE BS joint audit, cap %s: wall p50 %.1f ms (max %.1f), CPU p50 %.1f ms (max %.1f); 30 runs after 5 warm-up%n",
                    cap == OverlapCaps.UNLIMITED ? "none" : cap, wall[15] / 1e6, wall[29] / 1e6, cpu[15] / 1e6, cpu[29] / 1e6);
        }
    }
}
