package org.credpath.bench.scale;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of a scale benchmark run, from {@code --name value} or {@code --name=value} arguments:
 * {@code --scale 0.1[,1,5]} (several = a scaling curve), {@code --duration 30s} per phase, {@code --warmup 5m} (at most; warm-up ends earlier once the JIT is quiet),
 * {@code --rate 200} requests/s for the open-loop phases, {@code --clients 4} for the capacity phases,
 * {@code --seed}, {@code --heap 1g} (service -Xmx), {@code --esco} folder, {@code --results} folder,
 * {@code --no-profile} (no JFR recording of the service, which is otherwise summarised per phase), {@code --keep-store}, {@code --only a,b} scenarios,
 * {@code --store <folder>} (measure a store kept by an earlier run instead of filling a new one; one scale),
 * {@code --fill-heap 8g} (-Xmx of the JVM that fills the store; default by scale, see {@link #fillHeap(double)}),
 * {@code --page-cache 1g} (the service's Neo4j page cache, {@code credpath.embedded.page-cache}; default Neo4j's own),
 * {@code --learners 1000000} (learners to fill instead of the scale's: x50's catalog with x10's learners).
 */
record BenchOptions(List<Double> scales, Duration duration, Duration warmup, double rate, int clients, long seed, String heap,
                    Path esco, Path results, boolean profile, boolean keepStore, List<String> only, Path store, String fillHeap,
                    String pageCache, Integer learners) {

    static BenchOptions parse(String... args) {
        var scales = List.of(0.1);
        var duration = Duration.ofSeconds(30);
        var warmup = Duration.ofMinutes(5);
        double rate = 200;
        int clients = 4;
        long seed = ScaleSpec.DEFAULT_SEED;
        var heap = "1g";
        var esco = Path.of(System.getProperty("credpath.shared-data", "../shared/data"), "esco-v1.1.1");
        var results = Path.of("results");
        boolean profile = true;
        boolean keep = false;
        List<String> only = List.of();
        Path store = null;
        String fillHeap = null;
        String pageCache = null;
        Integer learners = null;
        var list = new ArrayList<String>();
        for (var a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                list.add(a.substring(0, a.indexOf('=')));
                list.add(a.substring(a.indexOf('=') + 1));
            } else {
                list.add(a);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            var name = list.get(i);
            switch (name) {
                case "--profile" -> profile = true;
                case "--no-profile" -> profile = false;
                case "--keep-store" -> keep = true;
                default -> {
                    if (i + 1 >= list.size()) {
                        throw new IllegalArgumentException("missing value for " + name);
                    }
                    var value = list.get(++i);
                    switch (name) {
                        case "--scale", "--scales" -> scales = java.util.Arrays.stream(value.split(",")).map(Double::valueOf).toList();
                        case "--duration" -> duration = duration(value);
                        case "--warmup" -> warmup = duration(value);
                        case "--rate" -> rate = Double.parseDouble(value);
                        case "--clients" -> clients = Integer.parseInt(value);
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--heap" -> heap = value;
                        case "--esco" -> esco = Path.of(value);
                        case "--results" -> results = Path.of(value);
                        case "--only" -> only = List.of(value.split(","));
                        case "--store" -> store = Path.of(value).toAbsolutePath().normalize();
                        case "--fill-heap" -> fillHeap = value;
                        case "--page-cache" -> pageCache = value;
                        case "--learners" -> learners = Integer.valueOf(value);
                        default -> throw new IllegalArgumentException("unknown option " + name);
                    }
                }
            }
        }
        return new BenchOptions(scales, duration, warmup, rate, clients, seed, heap, esco.toAbsolutePath().normalize(),
                results.toAbsolutePath().normalize(), profile, keep, only, store, fillHeap, pageCache, learners);
    }

    /**
     * The filling JVM's -Xmx at a scale unless {@code --fill-heap} says: 3g up to x0.2, 6g up to x1, 8g above (x10 filled
     * in 8g; with the benchmark JVM's 1g that is the 9 GB a big run may hold on the shared machine).
     */
    String fillHeap(double scale) {
        return fillHeap != null ? fillHeap : scale <= 0.2 ? "3g" : scale <= 1 ? "6g" : "8g";
    }

    /** "30s", "2m", "500ms" or plain seconds. */
    static Duration duration(String text) {
        var t = text.strip().toLowerCase();
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofMillis(Math.round(1000 * Double.parseDouble(t.substring(0, t.length() - 1))));
        }
        if (t.endsWith("m")) {
            return Duration.ofMillis(Math.round(60_000 * Double.parseDouble(t.substring(0, t.length() - 1))));
        }
        return Duration.ofMillis(Math.round(1000 * Double.parseDouble(t)));
    }
}
