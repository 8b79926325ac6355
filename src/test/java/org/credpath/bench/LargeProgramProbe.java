package org.credpath.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.stacking.engine.StackingAudit;

/**
 * Audits and plans on {@link LargePrograms} majors and prints, per transcript, the time, the search nodes,
 * whether the audit was exact and the plan's status: how the engine behaves on thousand-node programs.
 * {@code java ... org.credpath.bench.LargeProgramProbe [programs] [transcripts] [courses] [planSeconds]}; {@code -Donly=2:6,3:2}
 * runs only those (program:transcript) pairs. Plans also report the CPU time of the calling thread (CP-SAT with one worker
 * solves on it), which a loaded machine barely moves.
 */
public final class LargeProgramProbe {

    /** The calling thread's CPU time: CP-SAT with one worker solves on it, so a loaded machine barely moves it. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int programs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int transcripts = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int courses = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        double planSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 10;
        var catalog = LargePrograms.catalog(7, programs, Integer.getInteger("breadth", 1)); // -Dbreadth=2: lists twice as long
        var snapshot = CatalogSnapshotOf.of(catalog);
        var today = LocalDate.of(2026, 12, 1);
        var auditMillis = new ArrayList<Double>();
        var planCpuMillis = new ArrayList<Double>();
        for (int p = 0; p < programs; p++) {
            var major = "major-" + p;
            var size = LargePrograms.size(catalog.credentials().stream().filter(c -> c.id().equals(major)).findFirst().orElseThrow().requirements());
            for (int t = 0; t < transcripts; t++) {
                if (System.getProperty("only") != null && !(("," + System.getProperty("only") + ",").contains("," + p + ":" + t + ","))) {
                    continue;
                }
                var holdings = LargePrograms.transcript(catalog, major, courses, 100L * p + t).stream()
                        .map(c -> new Holding(c, today.minusYears(1), null, true)).toList();
                long started = System.nanoTime();
                var audit = new StackingAudit(snapshot, StackingAudit.Options.at(today)).audit(major, holdings);
                double auditMs = (System.nanoTime() - started) / 1e6;
                auditMillis.add(auditMs);
                started = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                String plan;
                try {
                    var options = new PlanOptions(null, new SolveOptions(CostMetric.ECTS, 30, Duration.ofMillis(Math.round(planSeconds * 1000))), null,
                            today, null);
                    var result = new CompletionPlanner(snapshot, options).plan(List.of(major), holdings);
                    plan = result.status() + " " + result.credentials().size() + " courses";
                } catch (RuntimeException e) {
                    plan = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
                double planMs = (System.nanoTime() - started) / 1e6;
                double planCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                planCpuMillis.add(planCpuMs);
                System.out.printf("%s (%d nodes) transcript %d: audit %.1f ms exact=%s met=%s | plan %.0f ms (CPU %.0f ms) %s%n", major, size, t,
                        auditMs, audit.exact(), audit.met() + " nodes=" + audit.searchNodes(), planMs, planCpuMs, plan);
            }
        }
        var plans = planCpuMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("plans: %d, CPU median %.0f ms, p95 %.0f ms, max %.0f ms%n", plans.length, plans[plans.length / 2],
                plans[(int) Math.ceil(plans.length * 0.95) - 1], plans[plans.length - 1]);
        var sorted = auditMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("audits: %d, median %.1f ms, max %.1f ms%n", sorted.length, sorted[sorted.length / 2], sorted[sorted.length - 1]);
        System.out.println(Arrays.toString(sorted));
    }
}
