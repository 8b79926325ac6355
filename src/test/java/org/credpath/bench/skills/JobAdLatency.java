package org.credpath.bench.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.credpath.skills.match.SkillMatcher;

/** Latency of extracting the skills of a 300-word job ad (src/test/resources/skills/job-ad-300.txt), warm, one thread. */
final class JobAdLatency {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;

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
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            matcher.match(ad, Map.of(), 0.5, 5, 50);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        var found = matcher.match(ad, Map.of(), 0.5, 5, 50);
        System.out.printf("%n300-word job ad (%d words, %d skills found): p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d warm runs; load average %s%n",
                ad.split("\\s+").length, found.size(), millis[RUNS / 2], millis[(int) (RUNS * 0.99) - 1], millis[RUNS - 1], RUNS,
                loadAverage());
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
