package org.credpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.credpath.support.Http;
import org.credpath.support.Http.Identity;
import org.credpath.support.IntegrationTest;
import org.credpath.support.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access model as one table: every credpath endpoint (found in Spring's handler mappings, so a new endpoint
 * without a row fails this test) against every kind of caller, for a learner's own record and another's.
 *
 * <p>A row gives the method and path pattern as mapped, who may call it (one character per column of
 * {@link Column}: {@code +} allowed, {@code -} refused), the status an allowed call answers, and the request to
 * send for a target learner. Every cell runs on a fresh learner who granted {@code matrix-adviser} (ADVISER) and
 * shared with {@code matrix-employer} (EMPLOYER), so a destructive call in one cell cannot change another. A
 * refused call must be 401 (anonymous) or 403 as problem details, and answer the same for a learner who does not
 * exist, so a refusal reveals nothing about existence.
 */
@IntegrationTest
@DisplayName("Authorisation matrix: every endpoint x every role x own/other record")
class AuthorizationMatrixIT {

    /** Who calls, relative to the target learner. */
    enum Column {
        ANONYMOUS, LEARNER_OWN, LEARNER_OTHER, ADVISER_GRANTED, ADVISER_NOT_GRANTED, EMPLOYER_SHARED, EMPLOYER_NOT_SHARED, ADMIN
    }

    // columns:                           anon own other adv+ adv- emp+ emp- admin
    static final String PUBLIC = /*    */ "+    +   +     +    +    +    +    +";
    static final String ANY_ROLE = /*  */ "-    +   +     +    +    +    +    +";
    static final String VIEW = /*      */ "-    +   -     +    -    +    -    +";
    static final String PLAN = /*      */ "-    +   -     +    -    -    -    +";
    static final String OWN = /*       */ "-    +   -     -    -    -    -    +";
    static final String ADMIN_ONLY = /**/ "-    -   -     -    -    -    -    +";
    /** waiving rule conditions is an adviser's decision: the granted adviser and the admin, never the learner */
    static final String WAIVE = /*     */ "-    -   -     +    -    -    -    +";
    /** an adviser's exceptions to the learner's rules: made and withdrawn by the granted adviser or the admin, never the learner */
    /** (spaced unlike WAIVE on purpose: the waiver test picks its rows by this text) */
    static final String ADVISE = /*    */ "-    -   -     +    -    -    -   +";
    /** waiving for hypothetical holdings (no learner named): any adviser, the admin */
    static final String WAIVE_ANY = /* */ "-    -   -     +    +    -    -    +";

    static final String ADVISER = "matrix-adviser";
    static final String EMPLOYER = "matrix-employer";
    static final String DATE = "date=2025-09-01";
    static final String TARGET = "hh-cert-data-analytics";
    static final String DATA_ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";

    /** What to send: method, path, content type and body (null for none). */
    record Call(String method, String path, String contentType, String body) {
        static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        static Call json(String method, String path, String body) {
            return new Call(method, path, "application/json", body);
        }
    }

    record Row(String method, String pattern, String access, int allowedStatus, Function<String, Call> call) {
        String key() {
            return method + " " + pattern;
        }

        boolean allows(Column column) {
            return access.replace(" ", "").charAt(column.ordinal()) == '+';
        }
    }

    static Row row(String method, String pattern, String access, int allowedStatus, Function<String, Call> call) {
        return new Row(method, pattern, access, allowedStatus, call);
    }

    static final String MULTIPART = "multipart/form-data; boundary=matrix";
    static final String ONE_FILE = "--matrix\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\nx\r\n--matrix--\r\n";

    /** The table. Add a row for every endpoint you add: the test names the ones missing. */
    static final List<Row> ROWS = List.of(
            row("GET", "/api/credentials", PUBLIC, 200, id -> Call.get("/api/credentials?q=data")),
            row("GET", "/api/credentials/{id}", PUBLIC, 200, id -> Call.get("/api/credentials/" + TARGET)),
            row("GET", "/api/providers", PUBLIC, 200, id -> Call.get("/api/providers")),
            row("GET", "/api/providers/{id}", PUBLIC, 200, id -> Call.get("/api/providers/hh")),
            row("GET", "/api/skills", PUBLIC, 200, id -> Call.get("/api/skills?q=python")),
            row("GET", "/api/skills/by-uri", PUBLIC, 200,
                    id -> Call.get("/api/skills/by-uri?uri=" + Http.encode("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"))),
            row("GET", "/api/occupations", PUBLIC, 200, id -> Call.get("/api/occupations?q=data")),
            row("GET", "/api/occupations/by-uri", PUBLIC, 200,
                    id -> Call.get("/api/occupations/by-uri?uri=" + Http.encode("http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2"))),
            // the error page (web.ProblemErrorController): problem details for errors forwarded to it, 404 when called directly
            row("*", "/error", PUBLIC, 404, id -> Call.get("/error")),
            // any signed-in caller (a model runs per request: not for anonymous traffic); an empty text gets the caller
            // through to the 400 without waiting for the matcher to be built (SkillExtractIT covers the answers)
            row("POST", "/api/skills/extract", ANY_ROLE, 400, id -> Call.json("POST", "/api/skills/extract", "{\"text\": \"\"}")),
            row("POST", "/api/dev/token", PUBLIC, 200, id -> Call.json("POST", "/api/dev/token", "{\"subject\": \"x\", \"role\": \"LEARNER\"}")),
            // the web app's session (a cookie, see SessionCookie): open to all, as signing in is; they read no record
            row("GET", "/app/session", PUBLIC, 200, id -> Call.get("/app/session")),
            row("POST", "/app/session", PUBLIC, 204, id -> Call.json("POST", "/app/session", "{\"role\": \"LEARNER\", \"learner\": \"x\"}")),
            row("DELETE", "/app/session", PUBLIC, 204, id -> new Call("DELETE", "/app/session", null, null)),
            row("GET", "/app/dev/people", PUBLIC, 200, id -> Call.get("/app/dev/people")),

            row("GET", "/api/learners", ANY_ROLE, 200, id -> Call.get("/api/learners")),
            row("GET", "/api/learners/{id}", VIEW, 200, id -> Call.get("/api/learners/" + id)),
            row("GET", "/api/learners/{id}/audit/{target}", VIEW, 200, id -> Call.get("/api/learners/" + id + "/audit/" + TARGET + "?" + DATE)),
            row("GET", "/api/learners/{id}/audit/{target}/compare", VIEW, 200,
                    id -> Call.get("/api/learners/" + id + "/audit/" + TARGET + "/compare?with=uma-degree-experto-data-engineering&" + DATE)),
            row("GET", "/api/learners/{id}/stacking", VIEW, 200, id -> Call.get("/api/learners/" + id + "/stacking?" + DATE)),
            row("POST", "/api/audit/what-if", VIEW, 200, id -> Call.json("POST", "/api/audit/what-if",
                    "{\"target\": \"" + TARGET + "\", \"learner\": \"" + id + "\", \"holdings\": [], \"date\": \"2025-09-01\"}")),
            row("POST", "/api/learners/{id}/audit/joint", VIEW, 200, id -> Call.json("POST", "/api/learners/" + id + "/audit/joint",
                    "{\"targets\": [\"" + TARGET + "\", \"uma-degree-experto-data-engineering\"], \"date\": \"2025-09-01\"}")),
            row("GET", "/api/learners/{id}/plan/{target}", PLAN, 200, id -> Call.get("/api/learners/" + id + "/plan/" + TARGET + "?" + DATE)),
            row("POST", "/api/plans", PLAN, 200, id -> Call.json("POST", "/api/plans",
                    "{\"learner\": \"" + id + "\", \"targets\": [\"" + TARGET + "\"], \"date\": \"2025-09-01\"}")),

            row("GET", "/api/learners/{id}/audit/{target}", WAIVE, 200,
                    id -> Call.get("/api/learners/" + id + "/audit/" + TARGET + "?" + DATE + "&waive=*")),
            row("POST", "/api/audit/what-if", WAIVE, 200, id -> Call.json("POST", "/api/audit/what-if",
                    "{\"target\": \"" + TARGET + "\", \"learner\": \"" + id + "\", \"date\": \"2025-09-01\", \"waive\": [\"*\"]}")),
            row("POST", "/api/audit/what-if", WAIVE_ANY, 200, id -> Call.json("POST", "/api/audit/what-if",
                    "{\"target\": \"" + TARGET + "\", \"date\": \"2025-09-01\", \"waive\": [\"*\"]}")),
            row("GET", "/api/learners/{id}/plan/{target}", WAIVE, 200,
                    id -> Call.get("/api/learners/" + id + "/plan/" + TARGET + "?" + DATE + "&waive=*")),
            row("POST", "/api/learners/{id}/audit/joint", WAIVE, 200, id -> Call.json("POST", "/api/learners/" + id + "/audit/joint",
                    "{\"targets\": [\"" + TARGET + "\", \"uma-degree-experto-data-engineering\"], \"date\": \"2025-09-01\", \"waive\": [\"*\"]}")),
            row("POST", "/api/plans", WAIVE, 200, id -> Call.json("POST", "/api/plans",
                    "{\"learner\": \"" + id + "\", \"targets\": [\"" + TARGET + "\"], \"date\": \"2025-09-01\", \"waive\": [\"*\"]}")),
            row("POST", "/api/plans", WAIVE_ANY, 200, id -> Call.json("POST", "/api/plans",
                    "{\"targets\": [\"" + TARGET + "\"], \"date\": \"2025-09-01\", \"waive\": [\"*\"]}")),

            row("GET", "/api/learners/{id}/skill-gap", VIEW, 200, id -> Call.get("/api/learners/" + id + "/skill-gap?credential=" + TARGET + "&" + DATE)),
            row("GET", "/api/learners/{id}/next-steps", PLAN, 200, id -> Call.get("/api/learners/" + id + "/next-steps?credential=" + TARGET + "&" + DATE)),
            row("GET", "/api/learners/{id}/route", PLAN, 200, id -> Call.get("/api/learners/" + id + "/route?credential=" + TARGET + "&" + DATE)),
            row("POST", "/api/recommendations/batch", PLAN, 200, id -> Call.json("POST", "/api/recommendations/batch",
                    "{\"learners\": [\"" + id + "\"], \"credential\": \"" + TARGET + "\", \"date\": \"2025-09-01\"}")),
            // prior learning in the learner's words: planning-level access (the learner, a granted adviser, the admin); an
            // empty text gets the caller through to the 400 without waiting for the matcher (PriorLearningIT covers the answers)
            row("POST", "/api/learners/{id}/prior-learning/suggestions", PLAN, 400,
                    id -> Call.json("POST", "/api/learners/" + id + "/prior-learning/suggestions", "{\"text\": \"\"}")),
            row("POST", "/api/learners/{id}/prior-learning", PLAN, 200, id -> Call.json("POST", "/api/learners/" + id + "/prior-learning",
                    "{\"skills\": [\"http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d\"], \"text\": \"I write Python\"}")),
            row("GET", "/api/coverage", ANY_ROLE, 200, id -> Call.get("/api/coverage?occupation=" + Http.encode(DATA_ANALYST))),
            row("POST", "/api/coverage", ANY_ROLE, 200, id -> Call.json("POST", "/api/coverage", "{\"occupation\": \"" + DATA_ANALYST + "\"}")),

            row("GET", "/api/learners/{id}/exceptions", VIEW, 200, id -> Call.get("/api/learners/" + id + "/exceptions")),
            row("POST", "/api/learners/{id}/exceptions", ADVISE, 201, id -> Call.json("POST", "/api/learners/" + id + "/exceptions",
                    "{\"kind\": \"WAIVE\", \"target\": \"" + TARGET + "\", \"node\": \"" + TARGET + "/requirements/1\", \"reason\": \"matrix\"}")),
            // no such exception: a caller allowed gets through to the 404
            row("DELETE", "/api/learners/{id}/exceptions/{exception}", ADVISE, 404,
                    id -> new Call("DELETE", "/api/learners/" + id + "/exceptions/no-such-exception", null, null)),

            row("PUT", "/api/learners/{id}/programmes/{program}", PLAN, 200, id -> Call.json("PUT", "/api/learners/" + id + "/programmes/" + TARGET,
                    "{\"start\": \"2024-09-01\"}")),
            row("GET", "/api/learners/{id}/consents", OWN, 200, id -> Call.get("/api/learners/" + id + "/consents")),
            row("POST", "/api/learners/{id}/consents", OWN, 201, id -> Call.json("POST", "/api/learners/" + id + "/consents",
                    "{\"grantee\": \"someone\", \"role\": \"ADVISER\"}")),
            row("DELETE", "/api/learners/{id}/consents", OWN, 204, id -> new Call("DELETE", "/api/learners/" + id + "/consents?grantee=" + ADVISER, null, null)),

            row("PUT", "/api/learners/{id}/goals", OWN, 200, id -> Call.json("PUT", "/api/learners/" + id + "/goals",
                    "[{\"credential\": \"hh-cert-data-analytics\"}]")),
            row("GET", "/api/learners/{id}/data", OWN, 200, id -> Call.get("/api/learners/" + id + "/data")),
            // a file that is no credential: the allowed caller gets through to the 422 (nothing written)
            row("POST", "/api/learners/{id}/holdings/documents", OWN, 422,
                    id -> new Call("POST", "/api/learners/" + id + "/holdings/documents", MULTIPART, ONE_FILE)),
            // one holding by hand: the learner, a granted adviser, the admin; stored unverified
            row("POST", "/api/learners/{id}/holdings", PLAN, 201, id -> Call.json("POST", "/api/learners/" + id + "/holdings",
                    "{\"credential\": \"" + TARGET + "\", \"date\": \"2024-06-30\", \"grade\": \"A\"}")),
            row("GET", "/api/learners/{id}/export", OWN, 200, id -> Call.get("/api/learners/" + id + "/export?format=elm")),
            row("DELETE", "/api/learners/{id}", OWN, 204, id -> new Call("DELETE", "/api/learners/" + id, null, null)),

            row("POST", "/api/admin/catalog", ADMIN_ONLY, 200, id -> new Call("POST", "/api/admin/catalog", "application/yaml", "format: credpath-catalog/1\n")),
            row("GET", "/api/admin/imports", ADMIN_ONLY, 200, id -> Call.get("/api/admin/imports")),
            // an unknown format: the admin gets through to the 404; no import runs
            row("POST", "/api/admin/imports/{format}", ADMIN_ONLY, 404, id -> new Call("POST", "/api/admin/imports/no-such-format", MULTIPART, ONE_FILE)),
            row("POST", "/api/admin/imports/{format}/raw", ADMIN_ONLY, 404,
                    id -> new Call("POST", "/api/admin/imports/no-such-format/raw?name=a.csv", "text/csv", "x")),
            // an import nobody started: the admin gets through to the 404
            row("GET", "/api/admin/imports/progress/{id}", ADMIN_ONLY, 404, id -> Call.get("/api/admin/imports/progress/no-such-import")));

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    TestLearners learners;

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
        learners = new TestLearners(driver);
        assertThat(missingRows()).as("endpoints without a row in AuthorizationMatrixIT.ROWS").isEmpty();
        assertThat(staleRows()).as("rows for endpoints that no longer exist").isEmpty();

        var http = new Http(port);
        var callers = callers(http);
        var failures = new ArrayList<String>();
        for (var row : ROWS) {
            for (var column : Column.values()) {
                var learner = learners.create("matrix");
                learners.grant(learner, ADVISER, "ADVISER");
                learners.grant(learner, EMPLOYER, "EMPLOYER");
                var caller = column == Column.LEARNER_OWN ? http.as(Identity.learner(learner)) : callers.get(column);
                var response = send(caller, row.call().apply(learner));
                if (row.allows(column)) {
                    if (response.status() != row.allowedStatus()) {
                        failures.add(row.key() + " as " + column + ": expected " + row.allowedStatus() + ", got " + response.status() + " " + response.text());
                    }
                    continue;
                }
                var expected = column == Column.ANONYMOUS ? 401 : 403;
                if (response.status() != expected || !response.contentType().startsWith("application/problem+json")) {
                    failures.add(row.key() + " as " + column + ": expected a " + expected + " problem, got " + response.status() + " " + response.text());
                    continue;
                }
                if (response.json().has("parameter")) {
                    continue; // refused for a parameter (waive) by a caller who may see this learner: existence is no secret to them
                }
                var missing = send(caller, row.call().apply("missing-" + UUID.randomUUID()));
                if (missing.status() != response.status() || !missing.json().path("detail").equals(response.json().path("detail"))) {
                    failures.add(row.key() + " as " + column + ": a missing learner answers " + missing.status() + " " + missing.text()
                            + " but an existing one " + response.status() + " " + response.text());
                }
            }
        }
        assertThat(failures).as("cells that differ from the table").isEmpty();
    }

    @Test
    @DisplayName("a learner's own request that waives a condition is a 403 naming the parameter")
    void aLearnersWaiverIsRefusedNamingTheParameter() {
        learners = new TestLearners(driver);
        var http = new Http(port);
        var failures = new ArrayList<String>();
        for (var row : ROWS) {
            if (!row.access().equals(WAIVE) && !row.access().equals(WAIVE_ANY)) {
                continue;
            }
            var learner = learners.create("matrix");
            var response = send(http.as(Identity.learner(learner)), row.call().apply(learner));
            if (response.status() != 403 || !"waive".equals(response.json().path("parameter").asString(""))
                    || !response.json().path("detail").asString("").contains("adviser")) {
                failures.add(row.key() + ": " + response.status() + " " + response.text());
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The callers but LEARNER_OWN, whose token names the cell's target learner and so is made per cell. */
    private static Map<Column, Http> callers(Http admin) {
        var callers = new LinkedHashMap<Column, Http>();
        callers.put(Column.ANONYMOUS, admin.anonymous());
        callers.put(Column.LEARNER_OTHER, admin.as(Identity.learner("learner-aino")));
        callers.put(Column.ADVISER_GRANTED, admin.as(Identity.adviser(ADVISER)));
        callers.put(Column.ADVISER_NOT_GRANTED, admin.as(Identity.adviser("matrix-stranger-adviser")));
        callers.put(Column.EMPLOYER_SHARED, admin.as(Identity.employer(EMPLOYER)));
        callers.put(Column.EMPLOYER_NOT_SHARED, admin.as(Identity.employer("matrix-stranger-employer")));
        callers.put(Column.ADMIN, admin);
        return callers;
    }

    private static Http.Response send(Http caller, Call call) {
        return caller.send(call.method(), call.path(), call.contentType(), call.body(), Map.of());
    }

    private TreeSet<String> endpoints() {
        var endpoints = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.credpath")) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("* " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        });
        return endpoints;
    }

    private List<String> missingRows() {
        var covered = ROWS.stream().map(Row::key).toList();
        return endpoints().stream().filter(e -> !covered.contains(e)).toList();
    }

    private List<String> staleRows() {
        var endpoints = endpoints();
        return ROWS.stream().map(Row::key).filter(k -> !endpoints.contains(k)).toList();
    }
}
