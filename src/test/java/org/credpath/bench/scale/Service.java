package org.credpath.bench.scale;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The service under test: the packaged jar in its own JVM on a benchmark store, started without the seed
 * catalog, with free HTTP and Bolt ports; reads its heap (actuator) and resident memory ({@code /proc}).
 */
final class Service implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final int port;
    final int boltPort;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Headers of the actuator calls (an admin's token once minted). */
    volatile String[] adminHeaders = {"Accept", "application/json"};

    private Service(int port, int boltPort, Process process) {
        this.port = port;
        this.boltPort = boltPort;
        this.process = process;
    }

    static Service start(Path jar, Path store, String heap, String pageCache, Path log, Path jfr) throws IOException, InterruptedException {
        int port = freePort();
        int bolt = freePort();
        var command = new ArrayList<>(List.of(javaBin(), "-Xmx" + heap, "-XX:+UseG1GC"));
        if (jfr != null) {
            command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--credpath.embedded.directory=" + store,
                "--credpath.embedded.bolt-port=" + bolt, "--credpath.seed.enabled=false"));
        if (pageCache != null) {
            command.add("--credpath.embedded.page-cache=" + pageCache);
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var service = new Service(port, bolt, process);
        // ready once the first snapshot is built: at x50 on a cold page cache that took 272 s (101 s warm)
        try {
            service.awaitHealthy(Duration.ofMinutes(15), log);
        } catch (RuntimeException | InterruptedException e) {
            process.destroyForcibly(); // a service left running holds the store's lock
            throw e;
        }
        return service;
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    long pid() {
        return process.pid();
    }

    String base() {
        return "http://localhost:" + port;
    }

    private void awaitHealthy(Duration limit, Path log) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not become healthy within " + limit + "; see " + log);
    }

    /** Heap in use now (bytes), from the actuator's {@code jvm.memory.used} for the heap area; -1 when unavailable. */
    long heapUsed() {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                    .headers(adminHeaders).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            return (long) JSON.readTree(response.body()).path("measurements").path(0).path("value").asDouble();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Resident set size of the service process (bytes), from {@code /proc/<pid>/status}; -1 when unavailable. */
    long rss() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not on Linux, or the process is gone
        }
        return -1;
    }

    /**
     * CPU ticks (USER_HZ) the service's JIT compiler threads have used so far (threads named {@code C1/C2 CompilerThre...}
     * in {@code /proc/<pid>/task}), or -1 where {@code /proc} cannot tell.
     */
    long compilerTicks() {
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid()), "task"))) {
            long ticks = 0;
            for (var task : tasks.toList()) {
                ticks += compilerTicks(task);
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return -1; // not Linux
        }
    }

    private static long compilerTicks(Path task) {
        try {
            var name = Files.readString(task.resolve("comm")).strip();
            if (!name.startsWith("C1 Compiler") && !name.startsWith("C2 Compiler")) {
                return 0;
            }
            return CpuMeter.ticks(task.resolve("stat"));
        } catch (IOException e) {
            return 0; // the thread ended while read (compiler threads come and go)
        }
    }

    /** A full collection in the service (jcmd), so the heap read after it is the live set. */
    void collectGarbage() {
        jcmd("GC.run");
    }

    /**
     * Waits, with no load, until the service's JIT compilers have nothing running or queued twice in a row (jcmd
     * Compiler.queue, every half second), for at most {@code limit}: on 2 cores the compilations the warm-up queued
     * otherwise run during the first phases and take a core from them. Returns the time waited, or null when jcmd
     * cannot tell.
     */
    java.time.Duration awaitQuietCompiler(java.time.Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        int quiet = 0;
        while (System.nanoTime() - start < limit.toNanos()) {
            var queue = jcmd("Compiler.queue");
            if (queue == null || !queue.contains("compile queue")) {
                return null;
            }
            boolean idle = compilerIdle(queue);
            quiet = idle ? quiet + 1 : 0;
            if (quiet == 2) {
                break;
            }
            Thread.sleep(500);
        }
        return java.time.Duration.ofNanos(System.nanoTime() - start);
    }

    /** Whether jcmd Compiler.queue output shows no compile running and every queue empty. */
    static boolean compilerIdle(String queue) {
        var lines = queue.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int current = lines.indexOf("Current compiles:");
        if (current < 0) {
            return false;
        }
        return lines.stream().skip(current + 1).allMatch(l -> l.equals("Empty") || l.endsWith("compile queue:"));
    }

    /** Runs a jcmd command against the service and returns what it printed, or null when jcmd is missing. */
    private String jcmd(String command) {
        try {
            var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid()), command)
                    .redirectErrorStream(true).start();
            var out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor();
            return out;
        } catch (IOException e) {
            return null; // jcmd missing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
