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

    static Service start(Path jar, Path store, String heap, Path log, Path jfr) throws IOException, InterruptedException {
        int port = freePort();
        int bolt = freePort();
        var command = new ArrayList<>(List.of(javaBin(), "-Xmx" + heap, "-XX:+UseG1GC"));
        if (jfr != null) {
            command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--credpath.embedded.directory=" + store,
                "--credpath.embedded.bolt-port=" + bolt, "--credpath.seed.enabled=false"));
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var service = new Service(port, bolt, process);
        service.awaitHealthy(Duration.ofMinutes(5), log);
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

    /** A full collection in the service (jcmd), so the heap read after it is the live set. */
    void collectGarbage() {
        try {
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            // jcmd missing: the heap is then read without a collection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
