package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The engine/baseline ratios and the targets checked against one run (the targets are stated for x1 on 2 cores). */
final class Verdicts {

    private static final double GIB = 1L << 30;

    private Verdicts() {
    }

    static List<ScaleResult.Ratio> ratios(List<ScaleResult.Phase> phases) {
        var ratios = new ArrayList<ScaleResult.Ratio>();
        for (var endpoint : List.of(Scenarios.AUDIT, Scenarios.NEXT_STEP)) {
            var engine = find(phases, endpoint, "ENGINE", "closed 1 client");
            var baseline = find(phases, endpoint, "BASELINE", "closed 1 client");
            if (engine.isPresent() && baseline.isPresent()) {
                var e = engine.get();
                var b = baseline.get();
                ratios.add(new ScaleResult.Ratio(endpoint, e.p50(), b.p50(), round(b.p50() / e.p50()), e.p99(), b.p99(), round(b.p99() / e.p99())));
            }
        }
        return ratios;
    }

    static ScaleResult withChecks(ScaleResult r) {
        var checks = new ArrayList<ScaleResult.Check>();
        latency(checks, r.phases(), Scenarios.NEXT_STEP, "next step p99 < 50 ms at 200 requests/s sustained", 99, 50, true);
        latency(checks, r.phases(), Scenarios.AUDIT, "audit p99 < 20 ms", 99, 20, false);
        latency(checks, r.phases(), Scenarios.PLAN, "plan p95 < 500 ms", 95, 500, false);
        r.ratios().stream().filter(x -> x.endpoint().equals(Scenarios.NEXT_STEP)).findFirst().ifPresent(x -> checks.add(new ScaleResult.Check(
                "engine at least 10x faster than the plain-Cypher baseline on next step",
                String.format("%.1fx at p50 (%.2f vs %.2f ms), %.1fx at p99", x.p50Ratio(), x.engineP50(), x.baselineP50(), x.p99Ratio()),
                x.p50Ratio() >= 10, x.p50Ratio() >= 10 ? "" : String.format("%.0f %% short of 10x", 100 * (1 - x.p50Ratio() / 10)))));
        var rss = r.memory().maxRssBytes();
        checks.add(new ScaleResult.Check("resident memory < 2 GiB", String.format("max RSS %.2f GiB", rss / GIB), rss > 0 && rss < 2 * GIB,
                rss >= 2 * GIB ? String.format("over by %.2f GiB", rss / GIB - 2) : ""));
        return new ScaleResult(r.scale(), r.scaleFactor(), r.seed(), r.started(), r.machine(), r.service(), r.load(), r.coldCallsMillis(),
                r.notes(), r.phases(), r.memory(), r.ratios(), checks, r.profile());
    }

    private static void latency(List<ScaleResult.Check> checks, List<ScaleResult.Phase> phases, String endpoint, String target, int percentile,
                                double millis, boolean atRate) {
        var phase = phases.stream().filter(p -> p.endpoint().equals(endpoint) && p.side().equals("ENGINE") && p.target() != null).findFirst();
        if (phase.isEmpty()) {
            return;
        }
        var p = phase.get();
        double value = p.percentile(percentile);
        boolean sustained = p.overloadedAfter() == null && (!atRate || (p.throughput() >= 0.95 * rate(p.mode()) && p.errors() == 0));
        boolean met = value < millis && sustained;
        var measured = String.format("p%d %.2f ms (%s, %.1f req/s achieved)", percentile, value, p.mode(), p.throughput());
        var note = met ? "" : p.overloadedAfter() != null ? String.format("rate not sustained: after %.1f s more than %.0f s of requests"
                + " waited; capacity with %s: see the closed-loop rows", p.overloadedAfter(), ScaleRun.BACKLOG_SECONDS, p.mode())
                : value >= millis ? String.format("over by %.1f ms (%.1fx the target)", value - millis, value / millis) : "rate not sustained";
        checks.add(new ScaleResult.Check(target, measured, met, note));
    }

    private static double rate(String mode) {
        return mode.startsWith("open ") ? Double.parseDouble(mode.substring(5, mode.indexOf('/'))) : 0;
    }

    private static Optional<ScaleResult.Phase> find(List<ScaleResult.Phase> phases, String endpoint, String side, String mode) {
        return phases.stream().filter(p -> p.endpoint().equals(endpoint) && p.side().equals(side) && p.mode().equals(mode)).findFirst();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
