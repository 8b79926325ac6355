package org.credpath.bench.scale;

import java.util.List;
import java.util.Map;

/** Everything one run at one scale measured, as written to {@code results/<time>-x<scale>.json}. */
record ScaleResult(String scale, double scaleFactor, long seed, String started, String machine, String service,
                   Map<String, Object> load, Map<String, Double> coldCallsMillis, List<String> notes, List<Phase> phases,
                   Memory memory, List<Ratio> ratios, List<Check> checks, Map<String, List<String>> profile) {

    /**
     * One measured phase; latencies in milliseconds. CPU in cores over the phase: the service's, this benchmark's (the
     * load generator and, for the baseline, its driver), everything else's on the shared machine; {@code load} is the
     * 1-minute load average at its end. {@code overloadedAfter}: seconds into an open-loop phase when it stopped because
     * the service fell behind the rate by more than the allowed backlog.
     */
    record Phase(String endpoint, String side, String path, String mode, long requests, long ok, long clientErrors, long errors,
                 double throughput, double p50, double p95, double p99, double max, double mean, String target, Boolean met,
                 String firstFailure, long maxRssBytes, long maxHeapBytes, double cpuService, double cpuBenchmark, double cpuOthers,
                 String load, Double overloadedAfter, long startEpochMillis, long endEpochMillis) {

        double percentile(int p) {
            return p == 50 ? p50 : p == 95 ? p95 : p == 99 ? p99 : max;
        }

        String key() {
            return endpoint + " (" + (side.equals("ENGINE") ? "" : "baseline, ") + mode + ")";
        }
    }

    record Memory(long maxRssBytes, long maxHeapBytes, long liveHeapAfterGcBytes, long rssAtEndBytes, String serviceHeapLimit) {
    }

    /** Engine and plain-Cypher baseline, both with one client, on the same requests: how many times faster the engine is. */
    record Ratio(String endpoint, double engineP50, double baselineP50, double p50Ratio, double engineP99, double baselineP99,
                 double p99Ratio) {
    }

    /** One of the targets and whether this run met it. */
    record Check(String target, String measured, boolean met, String note) {
    }
}
