package org.credpath.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests that read the API the way any client does, with a bearer token.
 *
 * <p>Who calls: {@code new Http(port)} acts as an ADMIN, who may do everything, so a test about something else
 * need not think about access. A test about access picks its caller: {@code http.as(Identity.learner("learner-aino"))},
 * {@code http.as(Identity.adviser("adviser-1"))}, {@code http.as(Identity.employer("acme"))}, {@code http.anonymous()}
 * (no token) or {@code http.withToken("...")} (a token of your own, e.g. a forged one). Tokens come from the local
 * mode's {@code POST /api/dev/token} of the service under test, on first use, once per client.
 */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String base;
    private final Identity identity;
    private String token;

    /** A caller: {@code subject} is the token's subject, {@code role} a credpath role, {@code learner} the learner a LEARNER speaks for. */
    public record Identity(String subject, String role, String learner) {
        public static Identity admin() {
            return new Identity("test-admin", "ADMIN", null);
        }

        public static Identity learner(String learnerId) {
            return new Identity(learnerId, "LEARNER", learnerId);
        }

        public static Identity adviser(String subject) {
            return new Identity(subject, "ADVISER", null);
        }

        public static Identity employer(String subject) {
            return new Identity(subject, "EMPLOYER", null);
        }
    }

    public Http(int port) {
        this("http://localhost:" + port, Identity.admin(), null);
    }

    private Http(String base, Identity identity, String token) {
        this.base = base;
        this.identity = identity;
        this.token = token;
    }

    /** The same service, called as this identity. */
    public Http as(Identity who) {
        return new Http(base, who, null);
    }

    /** The same service, called without a token. */
    public Http anonymous() {
        return new Http(base, null, null);
    }

    /** The same service, called with this raw bearer token. */
    public Http withToken(String rawToken) {
        return new Http(base, null, rawToken);
    }

    public record Response(int status, String contentType, String text, java.net.http.HttpHeaders headers) {
        public Response(int status, String contentType, String text) {
            this(status, contentType, text, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));
        }

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(text);
        }

        /** Asserts an RFC 9457 problem with this status and, when given, naming this parameter; returns it. */
        public JsonNode problem(int expectedStatus, String parameter) {
            org.assertj.core.api.Assertions.assertThat(status).as(text).isEqualTo(expectedStatus);
            org.assertj.core.api.Assertions.assertThat(contentType).startsWith("application/problem+json");
            var problem = json();
            org.assertj.core.api.Assertions.assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
            org.assertj.core.api.Assertions.assertThat(problem.path("title").asString()).isNotBlank();
            if (parameter != null) {
                org.assertj.core.api.Assertions.assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
            }
            return problem;
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** GET that must answer 200, as JSON. */
    public JsonNode json(String path) {
        var response = get(path);
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.status() + ": " + response.text());
        }
        return response.json();
    }

    public Response post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any method, with an optional JSON body (null for none). */
    public Response send(String method, String path, String jsonBody) {
        return send(method, path, jsonBody == null ? null : "application/json", jsonBody, java.util.Map.of());
    }

    /** Any method, with an optional body of this content type (both null for none) and extra headers. */
    public Response send(String method, String path, String contentType, String body, java.util.Map<String, String> headers) {
        var request = request(path);
        headers.forEach(request::header);
        if (body == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The bearer token this client sends (null when anonymous). */
    public String token() {
        if (token == null && identity != null) {
            var body = new LinkedHashMap<String, String>();
            body.put("subject", identity.subject());
            body.put("role", identity.role());
            body.put("learner", identity.learner());
            var response = send(HttpRequest.newBuilder(URI.create(base + "/api/dev/token")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
            if (response.status() != 200) {
                throw new AssertionError("POST /api/dev/token answered " + response.status() + ": " + response.text());
            }
            token = response.json().path("access_token").asString();
        }
        return token;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        var bearer = token();
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
