package org.credpath.webapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API as the browser tests' other party: a learner revoking from elsewhere, an admin restoring the seed. */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ApiClient(String base) {
        this.base = base;
    }

    /** The learner's goals as {@code PUT /goals} takes them. */
    String goalsOf(String learner) throws IOException {
        var goals = new ArrayList<Map<String, String>>();
        for (var goal : call("GET", "/api/learners/" + learner, null, admin()).get("goals")) {
            goals.add(Map.of(goal.get("type").asString(), goal.get("id").asString()));
        }
        return JSON.writeValueAsString(goals);
    }

    void restoreGoals(String learner, String goals) throws IOException {
        call("PUT", "/api/learners/" + learner + "/goals", goals, admin());
    }

    List<String> consentsOf(String learner) throws IOException {
        var grantees = new ArrayList<String>();
        call("GET", "/api/learners/" + learner + "/consents", null, admin()).forEach(c -> grantees.add(c.get("grantee").asString()));
        return grantees;
    }

    void revoke(String learner, String grantee) throws IOException {
        call("DELETE", "/api/learners/" + learner + "/consents?grantee=" + grantee, null, learnerToken(learner));
    }

    /** The learner grants {@code grantee} a role (ADVISER or EMPLOYER), as the learner. */
    void grant(String learner, String grantee, String role) throws IOException {
        call("POST", "/api/learners/" + learner + "/consents", "{\"grantee\": \"" + grantee + "\", \"role\": \"" + role + "\"}",
                learnerToken(learner));
    }

    /** Withdraws every exception an adviser made for the learner (as an admin): the suite shares one database. */
    void removeExceptions(String learner) throws IOException {
        for (var exception : call("GET", "/api/learners/" + learner + "/exceptions", null, admin())) {
            call("DELETE", "/api/learners/" + learner + "/exceptions/" + exception.get("id").asString(), null, admin());
        }
    }

    /** Loads a catalog file (YAML) as an admin: how the test makes a learner of its own. */
    void loadCatalog(String yaml) throws IOException {
        send(HttpRequest.newBuilder(URI.create(base + "/api/admin/catalog")).header("Authorization", "Bearer " + admin())
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(yaml)));
    }

    /** Erases a learner as an admin, when they exist. */
    void eraseIfPresent(String learner) throws IOException {
        if (status("/api/learners/" + learner) == 200) {
            call("DELETE", "/api/learners/" + learner, null, admin());
        }
    }

    /** The status an admin gets reading this path. */
    int status(String path) throws IOException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + admin()).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private String admin() throws IOException {
        return token("{\"subject\": \"root\", \"role\": \"ADMIN\"}");
    }

    private String learnerToken(String learner) throws IOException {
        return token("{\"subject\": \"" + learner + "\", \"role\": \"LEARNER\", \"learner\": \"" + learner + "\"}");
    }

    private String token(String body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/dev/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))).get("access_token").asString();
    }

    private JsonNode call(String method, String path, String body, String token) throws IOException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IOException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
