package org.credpath.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The scale benchmark (issue 6), run by {@code bench/scale.sh}: for each scale, a fresh store is filled
 * ({@link ScaleLoad}), the packaged service is started on it, every endpoint scenario is driven over HTTP on
 * loopback and the plain-Cypher baseline over Bolt, and the results are written as markdown and JSON under
 * the results folder; several scales also give a scaling curve with a plot. See docs/benchmarks.md.
 */
public final class ScaleBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--curve")) {
            var runs = new ArrayList<ScaleResult>();
            for (var file : java.util.Arrays.copyOfRange(args, 1, args.length)) {
                runs.add(JSON.readValue(Files.readString(Path.of(file)), ScaleResult.class));
            }
            runs.sort(java.util.Comparator.comparingDouble(ScaleResult::scaleFactor));
            writeCurve(Path.of("results"), ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")), runs);
            System.exit(0);
        }
        var options = BenchOptions.parse(args);
        if (options.store() == null && !Files.isDirectory(options.esco())) {
            System.err.println("ESCO not found at " + options.esco() + " (see ../shared/data/README.md); give --esco <folder>");
            System.exit(2);
        }
        var jar = jar();
        var stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Files.createDirectories(options.results());
        var all = new ArrayList<ScaleResult>();
        for (double scale : options.scales()) {
            var result = new ScaleRun(options, scale, jar, options.results().resolve(stamp + "-" + ScaleSpec.label(scale))).run();
            all.add(result);
            var base = options.results().resolve(stamp + "-" + ScaleSpec.label(scale));
            Files.writeString(Path.of(base + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            Files.writeString(Path.of(base + ".md"), ScaleReport.markdown(result));
            System.out.println(ScaleReport.markdown(result));
            System.out.println("Written: " + base + ".md and .json");
        }
        if (all.size() > 1) {
            writeCurve(options.results(), stamp, all);
        }
        System.exit(0);
    }

    /** The scaling curve of several runs: {@code <stamp>-curve.json}, {@code .svg} and {@code .md} (also from earlier reports: {@code --curve <json>...}). */
    private static void writeCurve(Path results, String stamp, List<ScaleResult> runs) throws IOException {
        var base = results.resolve(stamp + "-curve");
        Files.writeString(Path.of(base + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(runs));
        Files.writeString(Path.of(base + ".svg"), ScalingPlot.svg(runs));
        Files.writeString(Path.of(base + ".md"), ScalingPlot.markdown(runs, base.getFileName() + ".svg"));
        System.out.println("Scaling curve: " + base + ".md, .json and .svg");
    }

    private static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("credpath-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/credpath-*.jar: run mvn package -DskipTests first"))
                    .toAbsolutePath();
        }
    }

    static String machine() {
        long memory = -1;
        try {
            for (var line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memory = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + (memory < 0 ? "?" : Math.round(memory / (double) (1L << 30)) + " GiB")
                + ", " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }

    static Map<String, Object> readJson(Path file) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.readValue(Files.readString(file), LinkedHashMap.class);
        return map;
    }

    static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }

    static List<String> javaOptions() {
        return List.of("--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED");
    }
}
