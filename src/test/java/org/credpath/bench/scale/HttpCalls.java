package org.credpath.bench.scale;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/** GET calls to the service over loopback, as any client makes them: JSON read whole, one connection per client thread. */
final class HttpCalls {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Tokens tokens;
    /** The first answer other than 2xx per scenario, to show in the report. */
    final ConcurrentHashMap<String, String> firstFailure = new ConcurrentHashMap<>();

    HttpCalls(String base, Tokens tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    /** GETs the i-th path as the i-th caller (a learner id, or null for an employer). */
    LoadPhase.Call get(String scenario, LongFunction<String> path, LongFunction<String> caller) {
        return i -> send(scenario, path.apply(i), caller.apply(i)).statusCode();
    }

    HttpResponse<String> send(String scenario, String path, String caller) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).headers(tokens.as(caller)).timeout(Duration.ofMinutes(2)).GET().build();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            var body = response.body();
            firstFailure.putIfAbsent(scenario, "GET " + path + " -> " + response.statusCode() + ": "
                    + (body.length() > 400 ? body.substring(0, 400) + "..." : body));
        }
        return response;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
