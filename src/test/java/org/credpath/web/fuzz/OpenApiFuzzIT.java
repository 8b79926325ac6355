package org.credpath.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.credpath.support.Http;
import org.credpath.support.Http.Identity;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Requests generated from the OpenAPI document: for every operation, as ADMIN, as a LEARNER (on their own record)
 * and anonymously, the operation with valid path values, then each parameter in turn set to each of
 * {@link FuzzValues}, each path segment to odd values, and each JSON body mutated ({@link FuzzBodies}). Every answer
 * must be below 500, an error must be {@code application/problem+json}, and its status must be one the document
 * declares for the operation. Writes go to a learner of this test's own ({@value #LEARNER}), deleted last.
 */
@IntegrationTest
@DisplayName("Fuzzing from the OpenAPI document: no 5xx, problem details on every error, only declared statuses")
class OpenApiFuzzIT {

    static final String LEARNER = "fuzz-learner";
    /** Valid values of path parameters, by name. */
    static final Map<String, String> PATH_VALUES = Map.of("id", LEARNER, "target", "hh-cert-data-analytics", "format", "esco",
            "program", "hh-cert-data-analytics", "exception", "no-such-exception");
    /** A guard against a run that grows without bound; on two idle cores the run takes well under it. */
    static final Duration BUDGET = Duration.ofMinutes(4);

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
    /** A few requests in flight at once, as several clients would send them; each operation's finish before the next. */
    private final java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
    private final List<java.util.concurrent.Future<?>> inFlight = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger lastStatus = new java.util.concurrent.atomic.AtomicInteger();
    /** Milliseconds spent per operation, to say where the time goes. */
    private final Map<String, Long> millis = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void everyGeneratedRequestIsAnsweredWithoutAServerErrorAndAsDocumented() {
        var admin = new Http(port);
        admin.post("/api/admin/catalog?name=fuzz", "application/yaml", """
                format: credpath-catalog/1
                learners:
                  - {id: %s, name: Fuzz Learner, earned: [{credential: hh-mc-sql-basics, date: 2024-03-22, grade: "3"}]}
                """.formatted(LEARNER));
        var document = admin.anonymous().json("/v3/api-docs");
        var bodies = new FuzzBodies(document);
        var callers = new LinkedHashMap<String, String>();
        callers.put("ADMIN", admin.token());
        callers.put("LEARNER", admin.as(Identity.learner(LEARNER)).token());
        callers.put("anonymous", null);
        awaitSkillMatcher(admin.token());
        var started = System.nanoTime();
        for (var operation : operations(document)) {
            for (var caller : callers.entrySet()) {
                fuzz(operation, caller.getKey(), caller.getValue(), bodies);
            }
            awaitInFlight();
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(BUDGET) > 0) {
                failures.add("over the time budget of " + BUDGET + " after " + sent + " requests, at " + operation.path());
                break;
            }
        }
        senders.shutdownNow();
        System.out.printf("Fuzzed %d requests in %.1f s; statuses %s%n", sent.get(), (System.nanoTime() - started) / 1e9, statuses);
        millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("  %6d ms  %s%n", e.getValue(), e.getKey()));
        failures.stream().limit(200).forEach(System.out::println);
        assertThat(failures).as(failures.size() + " of " + sent + " answers broke the contract (listed above)").isEmpty();
        assertThat(sent.get()).isGreaterThan(2000);
    }

    /**
     * The skill matcher builds its label vectors once, in the background, and answers 503 with Retry-After until then
     * (documented): wait for it, so that the fuzzing checks the operation and not the warm-up of a fresh JVM.
     */
    private void awaitSkillMatcher(String token) {
        var until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try {
            while (System.nanoTime() < until) {
                var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/skills/extract"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"analyse data with SQL\"}")).build();
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 503) {
                    return;
                }
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Operation(String method, String path, JsonNode spec) {
    }

    /** Every operation; deletions last, so that the learner they remove serves the others first. */
    private static List<Operation> operations(JsonNode document) {
        var all = new ArrayList<Operation>();
        for (var path : document.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                all.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }
        all.sort(Comparator.comparing((Operation o) -> o.method().equals("DELETE")).thenComparing(Operation::path));
        return all;
    }

    private void fuzz(Operation operation, String caller, String token, FuzzBodies fuzzBodies) {
        var parameters = new ArrayList<JsonNode>();
        operation.spec().path("parameters").forEach(parameters::add);
        var body = bodyOf(operation, fuzzBodies);
        var first = sendAndWait(operation, caller, token, body.first());
        if (first == 401 || first == 403) {
            // refused before any parameter is read: the path variants and a few bodies show that, the rest adds nothing
            for (var value : FuzzValues.forPath("x")) {
                send(operation, caller, null, Map.of("id", value), Map.of(), body.first());
            }
            body.others().stream().limit(3).forEach(other -> send(operation, caller, null, Map.of(), Map.of(), other));
            return;
        }
        for (var parameter : parameters) {
            var name = parameter.path("name").asString();
            if (parameter.path("in").asString().equals("path")) {
                for (var value : FuzzValues.forPath(PATH_VALUES.getOrDefault(name, "x"))) {
                    send(operation, caller, token, Map.of(name, value), Map.of(), body.first());
                }
            } else if (parameter.path("in").asString().equals("query")) {
                for (var value : FuzzValues.forSchema(parameter.path("schema"))) {
                    send(operation, caller, token, Map.of(), Map.of(name, value), body.first());
                }
            }
        }
        for (var other : body.others()) {
            send(operation, caller, token, Map.of(), Map.of(), other);
        }
    }

    /** The body to send with every request of the operation, and the variants to try after. */
    private record Bodies(Body first, List<Body> others) {
    }

    record Body(String contentType, byte[] bytes) {
    }

    private static Bodies bodyOf(Operation operation, FuzzBodies fuzzBodies) {
        var content = operation.spec().path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return new Bodies(null, List.of());
        }
        var types = new ArrayList<String>();
        content.propertyNames().forEach(types::add);
        var json = content.path("application/json").path("schema");
        if (!json.isMissingNode() && !"string".equals(json.path("type").asString(""))) {
            var all = fuzzBodies.of(json).stream().map(b -> new Body("application/json", b.getBytes(StandardCharsets.UTF_8))).toList();
            return new Bodies(all.get(0), all.subList(1, all.size()));
        }
        // files and text: the same few bodies in each declared type
        var others = new ArrayList<Body>();
        for (var type : types) {
            for (var raw : List.of("", "a,b\n1,2", "PK\u0003\u0004garbage", "format: credpath-catalog/9", "\u0000\u0001", "[".repeat(5000))) {
                others.add(new Body(type.startsWith("multipart") ? "multipart/form-data; boundary=fuzz" : type,
                        (type.startsWith("multipart") ? multipart(raw) : raw).getBytes(StandardCharsets.ISO_8859_1)));
            }
        }
        return new Bodies(others.get(0), others.subList(1, others.size()));
    }

    private static String multipart(String file) {
        return "--fuzz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"f.csv\"\r\n\r\n" + file + "\r\n--fuzz--\r\n";
    }

    /** The baseline request, sent alone: its status decides how much more to send. */
    private int sendAndWait(Operation operation, String caller, String token, Body body) {
        awaitInFlight();
        lastStatus.set(0);
        sendNow(operation, caller, token, Map.of(), Map.of(), body);
        return lastStatus.get();
    }

    private void awaitInFlight() {
        for (var future : inFlight) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add("the fuzzer failed: " + e.getCause());
            }
        }
        inFlight.clear();
    }

    private void send(Operation operation, String caller, String token, Map<String, String> pathValues, Map<String, String> query, Body body) {
        inFlight.add(senders.submit(() -> sendNow(operation, caller, token, pathValues, query, body)));
    }

    private void sendNow(Operation operation, String caller, String token, Map<String, String> pathValues, Map<String, String> query,
                         Body body) {
        var path = operation.path();
        for (var name : PATH_VALUES.keySet()) {
            path = path.replace("{" + name + "}", segment(pathValues.getOrDefault(name, PATH_VALUES.get(name))));
        }
        var target = new StringBuilder(path);
        query.forEach((name, value) -> target.append(target.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", body.contentType());
        }
        request.method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        sent.incrementAndGet();
        var what = caller + " " + operation.method() + " " + target.substring(0, Math.min(target.length(), 160));
        var begun = System.nanoTime();
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            millis.merge(operation.method() + " " + operation.path(), (System.nanoTime() - begun) / 1_000_000, Long::sum);
            check(operation, what, response);
        } catch (IOException e) {
            failures.add(what + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(Operation operation, String what, HttpResponse<String> response) {
        int status = response.statusCode();
        lastStatus.set(status);
        statuses.merge(status, 1, Integer::sum);
        var type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(what + ": " + status + " " + response.body());
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(what + ": " + status + " as " + type);
        } else if (!operation.spec().path("responses").has(String.valueOf(status)) && !operation.spec().path("responses").has("default")) {
            failures.add(what + ": " + status + " is not declared " + abbreviate(response.body()));
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }

    /** A path segment as a client library would encode it (spaces, non-ASCII, %, ; escaped). */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
