package org.credpath.bench.scale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The callers' bearer tokens, signed by the service itself in its local mode ({@code POST /api/dev/token}):
 * each learner calls with their own token (the self-service path, the common one), employer coverage with
 * an employer's, the actuator with an admin's. Minted once before measuring. A build without the token
 * endpoint gets no tokens, and requests go without.
 */
final class Tokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] NONE = {"Accept", "application/json"};

    private final Map<String, String[]> learners = new HashMap<>();
    private String[] employer = NONE;
    private String[] admin = NONE;

    static Tokens none() {
        return new Tokens();
    }

    static Tokens mint(String base, Collection<String> learnerIds) throws Exception {
        var tokens = new Tokens();
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var admin = token(client, base, "bench-admin", "ADMIN", null);
        if (admin == null) {
            return tokens;
        }
        tokens.admin = bearer(admin);
        tokens.employer = bearer(token(client, base, "bench-employer", "EMPLOYER", null));
        for (var id : learnerIds) {
            tokens.learners.computeIfAbsent(id, l -> bearer(token(client, base, l, "LEARNER", l)));
        }
        return tokens;
    }

    boolean enabled() {
        return admin != NONE;
    }

    /** Headers of a request on behalf of this learner, or of the employer when {@code learner} is null. */
    String[] as(String learner) {
        return learner == null ? employer : learners.getOrDefault(learner, admin);
    }

    String[] admin() {
        return admin;
    }

    private static String[] bearer(String token) {
        return new String[] {"Accept", "application/json", "Authorization", "Bearer " + token};
    }

    /** A token from the service, or null when it has no token endpoint (an older build or production mode). */
    private static String token(HttpClient client, String base, String subject, String role, String learner) {
        try {
            var body = new HashMap<String, String>();
            body.put("subject", subject);
            body.put("role", role);
            if (learner != null) {
                body.put("learner", learner);
            }
            var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/dev/token")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            return JSON.readTree(response.body()).path("access_token").asString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
