package org.credpath.stacking.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.credpath.bench.CatalogSnapshotOf;
import org.credpath.bench.LargePrograms;
import org.credpath.catalog.snapshot.Holding;

/**
 * Where an audit of a thousand-node program spends its time: eligibility, the branch and bound, the relaxed model and
 * the exact one, per transcript ({@link LargePrograms}). Not a benchmark (no JMH): a probe to decide what to make faster.
 * {@code java ... org.credpath.stacking.engine.AuditPhasesProbe [courses] [rounds]}.
 */
public final class AuditPhasesProbe {

    public static void main(String[] args) {
        int courses = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long nodes = args.length > 2 ? Long.parseLong(args[2]) : StackingAudit.Options.SEARCH_NODES;
        boolean verbose = Boolean.getBoolean("verbose");
        var catalog = LargePrograms.catalog(7, 5);
        var snapshot = CatalogSnapshotOf.of(catalog);
        var today = LocalDate.of(2026, 12, 1);
        var totals = new ArrayList<Double>();
        for (int round = 0; round < rounds; round++) {
            totals.clear();
            for (int p = 0; p < 5; p++) {
                for (int t = 0; t < 8; t++) {
                    var major = "major-" + p;
                    var holdings = LargePrograms.transcript(catalog, major, courses, 100L * p + t).stream()
                            .map(c -> new Holding(c, today.minusYears(1), null, true)).toList();
                    totals.add(phases(snapshot, major, holdings, today, nodes, verbose && round == rounds - 1));
                }
            }
        }
        report("dfs", DFS);
        report("relaxed", RELAXED);
        report("exact", EXACT);
        System.out.println("relaxed model not proving: " + UNPROVEN[0] + " of " + DFS.size());
        var sorted = totals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("total: median %.1f ms, p90 %.1f, max %.1f%n", sorted[sorted.length / 2], sorted[sorted.length * 9 / 10],
                sorted[sorted.length - 1]);
        System.out.println(Arrays.toString(sorted));
    }

    private static double phases(org.credpath.catalog.snapshot.CatalogSnapshot snapshot, String major, List<Holding> holdings,
                                 LocalDate today, long nodes, boolean print) {
        long t0 = now();
        var tree = new IndexedTree(snapshot.requirements(major).orElseThrow());
        var eligibility = new Eligibility(tree, holdings, snapshot, today);
        var evaluator = new TreeEvaluator(tree, Set.of()).reachableOnly(eligibility);
        long t1 = now();
        var search = new AssignmentSearch(tree, eligibility, evaluator, nodes).run();
        long t2 = now();
        var relaxed = new AuditModel(tree, eligibility, evaluator, true);
        var bound = relaxed.solve(search.bestAssignment(), Duration.ofSeconds(10));
        boolean relaxedProves = bound.optimal() && relaxed.score(evaluator.score(bound.assignment())) >= bound.bound();
        long t3 = now();
        var exact = new AuditModel(tree, eligibility, evaluator, false).solve(search.bestAssignment(), Duration.ofSeconds(10));
        long t4 = now();
        var full = new StackingAudit(snapshot, new StackingAudit.Options(today, Set.of(), nodes)).audit(major, holdings);
        long t5 = now();
        UNPROVEN[0] += relaxedProves ? 0 : 1;
        DFS.add(ms(t2 - t1));
        RELAXED.add(ms(t3 - t2));
        EXACT.add(ms(t4 - t3));
        int candidates = eligibility.byHolding.stream().mapToInt(List::size).sum();
        if (print) {
            System.out.printf("%s: cand %d setup %.1f dfs %.1f (%d nodes, complete %s) relaxed %.1f (proves %s) exact %.1f (optimal %s) | audit %.1f%n",
                    major, candidates, ms(t1 - t0), ms(t2 - t1), search.nodes(), search.complete(), ms(t3 - t2), relaxedProves,
                    ms(t4 - t3), exact.optimal(), ms(t5 - t4));
        }
        return ms(t5 - t4);
    }

    private static final List<Double> DFS = new ArrayList<>();
    private static final int[] UNPROVEN = new int[1];
    private static final List<Double> RELAXED = new ArrayList<>();
    private static final List<Double> EXACT = new ArrayList<>();

    private static void report(String phase, List<Double> times) {
        var last = times.subList(Math.max(0, times.size() - 40), times.size()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%s: median %.1f ms, p90 %.1f, max %.1f%n", phase, last[last.length / 2], last[last.length * 9 / 10], last[last.length - 1]);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** This thread's CPU time (CP-SAT with one worker solves on the calling thread): load on the machine barely moves it. */
    private static long now() {
        return Boolean.getBoolean("wall") ? System.nanoTime() : THREADS.getCurrentThreadCpuTime();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
