package org.credpath.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests that read the API the way any client does. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String contentType, String text) {
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
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
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
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
