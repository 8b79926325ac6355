package org.credpath.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.credpath.support.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 24 defect 2: parallel replacements of goals. Every answer is 200 (or a 409/503 problem to retry), never 500,
 * and the goals stored are exactly one of the bodies sent, never a mix.
 */
@IntegrationTest
@DisplayName("Concurrent goal updates: no 500, no merged goals")
class ConcurrentGoalsIT {

    static final List<String> TARGETS = List.of("hh-mc-sql-basics", "hh-mc-python-data", "hh-mc-data-quality", "hh-mc-ui-design",
            "hh-mc-green-it", "hh-mc-agile-projects", "acl-mc-cloud-security", "acl-mc-secure-coding", "omnia-mc-it-support",
            "omnia-mc-spreadsheets", "hh-cert-data-analytics", "omnia-mc-cyber-hygiene");

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    private TestLearners learners;

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
    }

    @Test
    void twentyParallelReplacementsLeaveOneBodyWhole() throws Exception {
        learners = new TestLearners(driver);
        var learner = learners.create("concurrent-goals");
        var bodies = new ArrayList<Set<String>>();
        for (int i = 0; i < 20; i++) {
            // overlapping sets in different orders: each body 4 to 6 goals, rotating through the targets
            var goals = new HashSet<String>();
            for (int j = 0; j < 4 + i % 3; j++) {
                goals.add(TARGETS.get((i * 5 + j * (i % 2 == 0 ? 1 : -1) + TARGETS.size() * 2) % TARGETS.size()));
            }
            bodies.add(goals);
        }
        var statuses = putAll(List.of(learner), bodies);

        assertThat(statuses).as("answers").allMatch(s -> s == 200 || s == 409 || s == 503);
        assertThat(statuses).as("most settle by retrying").filteredOn(s -> s == 200).hasSizeGreaterThan(15);
        assertThat(bodies).as("the goals stored are one body whole").contains(stored(learner));
    }

    @Test
    void learnersAimingAtTheSameTargetsInOppositeOrdersDoNotDeadlockIntoErrors() throws Exception {
        learners = new TestLearners(driver);
        var ids = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            ids.add(learners.create("overlap"));
        }
        var forward = Set.copyOf(TARGETS.subList(0, 8));
        var statuses = putAll(ids, List.of(forward, forward, forward, forward));

        assertThat(statuses).as("answers").allMatch(s -> s == 200 || s == 409 || s == 503).filteredOn(s -> s == 200).isNotEmpty();
        for (var id : ids) {
            assertThat(stored(id)).isEqualTo(forward);
        }
    }

    /** Every body sent to every learner at once (bodies in reverse order for odd learners); the statuses answered. */
    private List<Integer> putAll(List<String> ids, List<Set<String>> bodies) throws Exception {
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Callable<Integer>>();
        for (int l = 0; l < ids.size(); l++) {
            var id = ids.get(l);
            var http = new Http(port);
            http.token();
            for (var goals : bodies) {
                var ordered = new ArrayList<>(goals);
                if (l % 2 == 1) {
                    java.util.Collections.reverse(ordered);
                }
                var json = ordered.stream().map(c -> "{\"credential\": \"" + c + "\"}").collect(Collectors.joining(", ", "[", "]"));
                calls.add(() -> {
                    start.await();
                    var answer = http.put("/api/learners/" + id + "/goals", "application/json", json);
                    if (answer.status() >= 400) {
                        answer.problem(answer.status(), null);
                    }
                    return answer.status();
                });
            }
        }
        var pool = Executors.newFixedThreadPool(20);
        try {
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private Set<String> stored(String learner) {
        var record = new Http(port).json("/api/learners/" + learner);
        var goals = new HashSet<String>();
        record.path("goals").forEach(g -> goals.add(g.path("id").asString()));
        return goals;
    }
}
