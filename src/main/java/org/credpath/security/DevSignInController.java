package org.credpath.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.credpath.database.GraphReader;
import org.credpath.web.BadRequestException;
import org.credpath.web.PageRequest;
import org.credpath.web.PageResult;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Local mode only, NOT FOR PRODUCTION: the web app's "sign in as" page. It lists the learners in the database and
 * one development account per other role, and signs the browser in as any of them by putting a local token into
 * the session cookie (never into the page). Absent in OIDC mode.
 */
@RestController
@Hidden
@Conditional(LocalMode.class)
class DevSignInController {

    /** Development accounts for the roles the seed has no people for; consents name advisers and employers by id. */
    static final List<Person> ACCOUNTS = List.of(new Person("anna", "Anna Berg", "ADVISER"),
            new Person("erik", "Erik Lund", "EMPLOYER"), new Person("root", "Administrator", "ADMIN"));

    private final LocalTokens tokens;
    private final GraphReader graph;
    private final SecurityProperties properties;

    DevSignInController(LocalTokens tokens, GraphReader graph, SecurityProperties properties) {
        this.tokens = tokens;
        this.graph = graph;
        this.properties = properties;
    }

    record Person(String id, String name, String role) {
    }

    record Learner(String id, String name, long holdings) {
    }

    record People(List<Person> accounts, PageResult<Learner> learners) {
    }

    @GetMapping("/app/dev/people")
    People people(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var all = Map.<String, Object>of("all", true, "self", "", "grantee", "", "grantRoles", List.of());
        return new People(ACCOUNTS, graph.page("learner/search-learners", all, PageRequest.of(page, size), Learner.class));
    }

    /** {@code learner} for a LEARNER (the learner id); {@code subject} otherwise. */
    record SignIn(String subject, String role, String learner) {
    }

    @PostMapping(path = "/app/session", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> signIn(@RequestBody SignIn request, HttpServletRequest http) {
        var role = Role.named(request.role()).orElseThrow(() -> new BadRequestException("role",
                "must be one of " + Arrays.toString(Role.values())));
        var learner = Ids.check("learner", request.learner(), role == Role.LEARNER);
        var subject = role == Role.LEARNER && request.subject() == null ? learner : Ids.check("subject", request.subject(), true);
        var token = tokens.issue(subject, role, learner);
        var cookie = SessionCookie.issue(token.accessToken(), properties.localTokenLifetime(), http.isSecure());
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
