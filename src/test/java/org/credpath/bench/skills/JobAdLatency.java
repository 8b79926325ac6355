package org.credpath.bench.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.credpath.skills.match.SkillMatcher;

/** Latency of extracting the skills of a 300-word job ad (src/test/resources/skills/job-ad-300.txt), warm, one thread. */
final class JobAdLatency {

    private static final int WARMUP = 10;
    private static final int RUNS = 100;

    private JobAdLatency() {
    }

    static void run(SkillMatcher matcher) {
        String ad;
        try (var in = JobAdLatency.class.getResourceAsStream("/skills/job-ad-300.txt")) {
            ad = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < WARMUP; i++) {
            matcher.match(ad, Map.of(), 0.5, 5, 50);
        }
        var millis = new double[RUNS];
        var cpuMillis = new double[RUNS];
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            matcher.match(ad, Map.of(), 0.5, 5, 50);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        var found = matcher.match(ad, Map.of(), 0.5, 5, 50);
        System.out.printf("%n300-word job ad (%d words, %d skills found), %d warm runs, load average %s:%n"
                + "  wall p50 %.1f ms, p99 %.1f ms, max %.1f ms; CPU of the calling thread (ONNX Runtime runs on it) p50 %.1f ms, p99 %.1f ms%n",
                ad.split("\\s+").length, found.size(), RUNS, loadAverage(), millis[RUNS / 2], millis[(int) (RUNS * 0.99) - 1],
                millis[RUNS - 1], cpuMillis[RUNS / 2], cpuMillis[(int) (RUNS * 0.99) - 1]);
        found.forEach(m -> System.out.printf("  %.2f %-45s <- \"%s\"%n", m.confidence(), m.label(), m.evidence().text()));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
