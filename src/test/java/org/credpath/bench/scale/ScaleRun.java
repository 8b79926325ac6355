package org.credpath.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scale of a benchmark: fill a store, start the service, warm up, measure every phase, stop. */
final class ScaleRun {

    private static final int REWARM_SECONDS = 3;
    private static final int WARMUP_SECONDS_EACH = 5;
    private static final double QUIET_COMPILER_CORES = 0.1;

    /** An open-loop phase stops when this many seconds of requests wait unanswered: the rate is then not sustained. */
    static final double BACKLOG_SECONDS = 2;

    private final BenchOptions options;
    private final double scale;
    private final Path jar;
    private final Path work;
    private final List<String> notes = new ArrayList<>();

    ScaleRun(BenchOptions options, double scale, Path jar, Path work) {
        this.options = options;
        this.scale = scale;
        this.jar = jar;
        this.work = work;
    }

    ScaleResult run() throws Exception {
        Files.createDirectories(work);
        var started = ZonedDateTime.now(ZoneOffset.UTC).toString();
        var reuse = options.store() != null;
        var store = reuse ? options.store() : Files.createTempDirectory("credpath-scale-");
        if (reuse) {
            notes.add("measured on the store kept at " + store + " (filled by an earlier run; its import times are that run's)");
        } else {
            log("filling " + store + " at " + ScaleSpec.label(scale) + " (load average " + MemorySampler.loadAverage() + ")");
            fill(store);
        }
        var load = new LinkedHashMap<>(ScaleBenchmark.readJson(store.resolve(ScaleLoad.LOAD_FILE)));
        load.put("loadAverageBefore", MemorySampler.loadAverage());
        var jfr = options.profile() ? work.resolve("service.jfr") : null;
        log("starting the service");
        ScaleResult.Memory memory;
        String warmedUp;
        var phases = new ArrayList<ScaleResult.Phase>();
        var cold = new LinkedHashMap<String, Double>();
        try (var service = Service.start(jar, store, options.heap(), options.pageCache(), work.resolve("service.log"), jfr);
             var sampler = new MemorySampler(service);
             var baseline = new CypherBaseline(service.boltPort)) {
            snapshotReady(work.resolve("service.log"), cold);
            var workload = Workload.read(store.resolve(ScaleLoad.WORKLOAD_FILE));
            var tokens = Tokens.mint(service.base(), callers(workload));
            service.adminHeaders = tokens.admin();
            if (!tokens.enabled()) {
                notes.add("this build signs no local tokens (no POST /api/dev/token): requests carry none");
            }
            var http = new HttpCalls(service.base(), tokens);
            var check = FillCheck.verify(store, baseline, http);
            log("fill check " + check);
            load.put("fillCheck", check);
            var present = present(http, workload, cold);
            var scenarios = Scenarios.phases(present, http, baseline, workload, options);
            warmedUp = warmUp(scenarios, service);
            var cpu = new CpuMeter(service.pid());
            for (var s : scenarios) {
                rewarm(s, service);
                phases.add(measure(s, sampler, http, cpu));
            }
            sampler.sample();
            long rss = service.rss();
            service.collectGarbage();
            memory = new ScaleResult.Memory(sampler.maxRss(), sampler.maxHeap(), service.heapUsed(), rss, options.heap());
        } finally {
            if (!options.keepStore() && !reuse) {
                deleteTree(store);
            } else if (!reuse) {
                notes.add("store kept at " + store + " (measure it again with --store)");
            }
        }
        var profile = jfr == null ? Map.<String, List<String>>of() : JfrProfile.summarise(jfr, phases);
        var result = new ScaleResult(ScaleSpec.label(scale), scale, options.seed(), started, ScaleBenchmark.machine(),
                "packaged jar, -Xmx" + options.heap()
                        + (options.pageCache() == null ? "" : ", page cache " + options.pageCache()) + ", embedded Neo4j on a fresh store, " + options.duration().toSeconds()
                        + " s per phase after " + warmedUp,
                load, cold, notes, phases, memory, Verdicts.ratios(phases), List.of(), profile);
        return Verdicts.withChecks(result);
    }

    private void fill(Path store) throws Exception {
        var command = new ArrayList<>(List.of(Service.javaBin(), "-Xmx" + options.fillHeap(scale)));
        command.addAll(ScaleBenchmark.javaOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScaleLoad.class.getName(), store.toString(),
                options.esco().toString(), String.valueOf(scale), String.valueOf(options.seed())));
        if (options.learners() != null) {
            command.addAll(List.of(String.valueOf(ScaleLoad.LEARNERS_PER_LOAD), String.valueOf(options.learners())));
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("load.log").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("loading failed (exit " + process.exitValue() + "); see " + work.resolve("load.log"));
        }
    }

    /** Waits for the service's start-up snapshot build (it logs "Catalog snapshot at version V: N credentials built in M ms") and keeps its time. */
    private void snapshotReady(Path log, Map<String, Double> cold) throws Exception {
        // "ready" before the replicas work (issue 23), "at version N: ... built" since
        var pattern = java.util.regex.Pattern.compile("Catalog snapshot (?:ready|at version \\d+): (\\d+) credentials (?:built )?in (\\d+) ms");
        long end = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < end) {
            var m = pattern.matcher(Files.readString(log));
            if (m.find()) {
                cold.put("catalog snapshot at start-up, " + m.group(1) + " credentials", Double.valueOf(m.group(2)));
                return;
            }
            Thread.sleep(500);
        }
        notes.add("the service did not log its start-up snapshot load within 10 minutes");
    }

    /** The endpoints this service has, each probed once; the first audit and next step also time the cold caches. */
    private List<Scenarios.Endpoint> present(HttpCalls http, Workload workload, Map<String, Double> cold) throws Exception {
        var present = new ArrayList<Scenarios.Endpoint>();
        for (var e : Scenarios.endpoints(workload)) {
            long t0 = System.nanoTime();
            var response = http.send("probe " + e.name(), e.path().apply(0), e.caller().apply(0));
            double ms = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() == 404 && response.body().contains("No static resource")) {
                notes.add(e.name() + ": skipped, this build has no " + e.template());
                continue;
            }
            cold.put(e.name() + " (first call: " + response.statusCode() + ")", Math.round(ms * 10) / 10.0);
            present.add(e);
        }
        return present;
    }

    private static java.util.Set<String> callers(Workload w) {
        var ids = new java.util.LinkedHashSet<String>();
        w.goals().forEach(p -> ids.add(p.learner()));
        ids.addAll(w.learners());
        return ids;
    }

    /**
     * Warms every scenario in rounds ({@value #WARMUP_SECONDS_EACH} s each, 2 clients) until the service is at steady
     * state: its JIT compilers used less than {@value #QUIET_COMPILER_CORES} of a core during the last round, or
     * {@code --warmup} has passed. On 2 cores C2 kept 0.6 of a core busy for three minutes after start-up under load (long
     * compilations of Cypher runtime, Spring and engine code), which an idle compile queue between phases did not show.
     * Returns what the report says about it.
     */
    private String warmUp(List<Scenario> scenarios, Service service) throws InterruptedException {
        var seen = new java.util.HashSet<String>();
        var distinct = scenarios.stream().filter(s -> seen.add(s.side() + s.name())).toList();
        long start = System.nanoTime();
        for (int round = 1; ; round++) {
            long ticks = service.compilerTicks();
            long t0 = System.nanoTime();
            for (var s : distinct) {
                LoadPhase.closed(s.call(), 2, Duration.ofSeconds(WARMUP_SECONDS_EACH));
            }
            long after = service.compilerTicks();
            double cores = ticks < 0 || after < 0 ? -1 : (after - ticks) / CpuMeter.TICKS / ((System.nanoTime() - t0) / 1e9);
            long seconds = Math.round((System.nanoTime() - start) / 1e9);
            log(String.format("warm-up round %d: JIT compilers used %.2f cores", round, cores));
            if (cores < 0) {
                notes.add("/proc could not tell the JIT compilers' CPU: one warm-up round only");
                return seconds + " s of warm-up (one round)";
            }
            if (cores < QUIET_COMPILER_CORES) {
                return String.format("%d s of warm-up (%d rounds, until the JIT compilers used %.2f cores)", seconds, round, cores);
            }
            if (seconds >= options.warmup().toSeconds()) {
                notes.add(String.format("the JIT compilers still used %.2f cores after the %d s warm-up: early phases shared the machine with them",
                        cores, seconds));
                return String.format("%d s of warm-up (%d rounds; JIT compilers still at %.2f cores)", seconds, round, cores);
            }
        }
    }

    /**
     * Before each phase, {@value #REWARM_SECONDS} s of its own requests (2 clients, not recorded) and a wait for
     * the JIT queue to drain: the phase before it trained the JIT on other code, and the first phase of a run showed
     * C2 recompiling shared code (JSON, security filters) on the cores the requests needed.
     */
    private void rewarm(Scenario s, Service service) throws InterruptedException {
        LoadPhase.closed(s.call(), 2, Duration.ofSeconds(REWARM_SECONDS));
        var waited = service.awaitQuietCompiler(Duration.ofSeconds(20));
        if (waited == null) {
            var note = "jcmd could not read the service's JIT queue: phases may start while compilations still run";
            if (!notes.contains(note)) {
                notes.add(note);
            }
        } else if (waited.toMillis() > 1_000) {
            log("  JIT compile queue idle after " + waited.toMillis() + " ms");
        }
    }

    private ScaleResult.Phase measure(Scenario s, MemorySampler sampler, HttpCalls http, CpuMeter cpu) throws InterruptedException {
        log("measuring " + s.name() + " (" + s.side() + ", " + s.mode().label() + ") for " + options.duration().toSeconds() + " s");
        sampler.mark();
        long start = System.currentTimeMillis();
        var reading = cpu.read();
        var outcome = s.mode().open() ? LoadPhase.open(s.call(), s.mode().rate(), options.duration(), 128, BACKLOG_SECONDS)
                : LoadPhase.closed(s.call(), s.mode().clients(), options.duration());
        var used = cpu.since(reading);
        long end = System.currentTimeMillis();
        var h = outcome.latencies();
        double p50 = ms(h.getValueAtPercentile(50));
        double p95 = ms(h.getValueAtPercentile(95));
        double p99 = ms(h.getValueAtPercentile(99));
        Boolean met = s.target() == null ? null : outcome.overloadedAfter() == null
                && (s.target().percentile() == 95 ? p95 : s.target().percentile() == 50 ? p50 : p99) < s.target().millis();
        var failure = s.side() == Scenario.Side.ENGINE ? http.firstFailure.get(s.name()) : outcome.firstError();
        var phase = new ScaleResult.Phase(s.name(), s.side().name(), s.endpoint(), s.mode().label(), h.getTotalCount(), outcome.ok(),
                outcome.clientErrors(), outcome.errors(), Math.round(outcome.throughput() * 10) / 10.0, p50, p95, p99,
                ms(h.getMaxValue()), Math.round(h.getMean() / 10) / 100.0, s.target() == null ? null : s.target().label(), met, failure,
                sampler.phaseMaxRss(), sampler.phaseMaxHeap(), used.service(), used.benchmark(), used.others(), MemorySampler.loadAverage(),
                outcome.overloadedAfter(), start, end);
        log(String.format("  %d requests, %.1f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, 4xx %d, errors %d; CPU cores: service %.2f,"
                + " benchmark %.2f, others %.2f%s", phase.requests(), phase.throughput(), p50, p95, p99, phase.clientErrors(), phase.errors(),
                used.service(), used.benchmark(), used.others(), outcome.overloadedAfter() == null ? ""
                        : String.format("; stopped after %.1f s: more than %.0f s of requests waiting", outcome.overloadedAfter(), BACKLOG_SECONDS)));
        return phase;
    }

    private static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    private static void log(String message) {
        System.out.println("[scale] " + message);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var walk = Files.walk(root)) {
            for (var p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
