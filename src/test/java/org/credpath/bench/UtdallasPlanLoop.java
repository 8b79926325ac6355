package org.credpath.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;

/**
 * A warm loop over the UT Dallas CS BS plan (first-year transcript), for comparing two builds in the same minutes: args
 * label, warm-up plans, measured plans; prints p50/min/max ms and which 3345 code the plan took. Needs ../shared/data
 * (or {@code -Dcredpath.shared-data=...}); run on the test classpath of each build, alternating (docs/advising.md).
 */
public class UtdallasPlanLoop {
    public static void main(String[] args) throws Exception {
        var utd = UtdallasCsDegree.load(Path.of(System.getProperty("credpath.shared-data", "../shared/data")).resolve("utdallas"));
        var options = new PlanOptions(null, new SolveOptions(CostMetric.ECTS, 30, Duration.ofSeconds(30)), null,
                UtdallasCsDegree.TODAY, utd.waived());
        int warm = Integer.parseInt(args[1]), runs = Integer.parseInt(args[2]);
        var times = new ArrayList<Double>();
        String codes = "";
        for (int i = 0; i < warm + runs; i++) {
            long t = System.nanoTime();
            var plan = new CompletionPlanner(utd.snapshot(), options).plan(List.of(UtdallasCsDegree.DEGREE), utd.transcript());
            double ms = (System.nanoTime() - t) / 1e6;
            if (i >= warm) times.add(ms);
            codes = plan.credentials().stream().map(p -> p.id()).filter(id -> id.contains("3345")).toList() + " ects=" + plan.totalEcts();
        }
        Collections.sort(times);
        System.out.printf("%s p50=%.0f min=%.0f max=%.0f ms (n=%d) %s%n", args[0], times.get(times.size() / 2), times.get(0),
                times.get(times.size() - 1), times.size(), codes);
    }
}
