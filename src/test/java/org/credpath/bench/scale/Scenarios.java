package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The phases of a run, in order. Each endpoint is a pluggable scenario: a path built from the workload's
 * i-th request; an endpoint the service under test does not have (404 without a problem body naming a
 * resource) is skipped and reported so.
 */
final class Scenarios {

    static final String AUDIT = "audit";
    static final String PLAN = "plan";
    static final String NEXT_STEP = "next step";
    static final String ROUTE = "full route";
    static final String COVERAGE = "employer coverage";
    /** Not an engine answer: one Cypher read and its JSON, the floor every learner endpoint stands on. */
    static final String RECORD = "learner record";

    /** An engine endpoint: its name, the path of the i-th request and who sends it (a learner id; null: an employer). */
    record Endpoint(String name, String template, LongFunction<String> path, LongFunction<String> caller) {
    }

    private Scenarios() {
    }

    static List<Endpoint> endpoints(Workload w) {
        var goals = w.goals();
        var learners = w.learners();
        var occupations = w.occupations();
        LongFunction<Workload.Pair> goal = i -> goals.get((int) (i % goals.size()));
        LongFunction<String> learner = i -> learners.get((int) (i % learners.size()));
        return List.of(
                new Endpoint(AUDIT, "GET /api/learners/{id}/audit/{target}",
                        i -> "/api/learners/" + goal.apply(i).learner() + "/audit/" + goal.apply(i).target(), i -> goal.apply(i).learner()),
                new Endpoint(PLAN, "GET /api/learners/{id}/plan/{target}",
                        i -> "/api/learners/" + goal.apply(i).learner() + "/plan/" + goal.apply(i).target(), i -> goal.apply(i).learner()),
                new Endpoint(NEXT_STEP, "GET /api/learners/{id}/next-steps", i -> "/api/learners/" + learner.apply(i) + "/next-steps", learner),
                new Endpoint(ROUTE, "GET /api/learners/{id}/route", i -> "/api/learners/" + learner.apply(i) + "/route", learner),
                new Endpoint(COVERAGE, "GET /api/coverage?occupation={uri}",
                        i -> "/api/coverage?occupation=" + HttpCalls.encode(occupations.get((int) (i % occupations.size()))), i -> null),
                new Endpoint(RECORD, "GET /api/learners/{id}", i -> "/api/learners/" + goal.apply(i).learner(), i -> goal.apply(i).learner()));
    }

    /** Phases for the endpoints present, then the baseline's: latency at the target rate, cost of the heavy ones, capacity, one client each for the ratio. */
    static List<Scenario> phases(List<Endpoint> present, HttpCalls http, CypherBaseline baseline, Workload w, BenchOptions o) {
        var byName = new java.util.LinkedHashMap<String, Endpoint>();
        present.forEach(e -> byName.put(e.name(), e));
        var phases = new ArrayList<Scenario>();
        add(phases, byName, http, AUDIT, Scenario.Mode.open(o.rate()), new Scenario.Target(99, 20));
        add(phases, byName, http, NEXT_STEP, Scenario.Mode.open(o.rate()), new Scenario.Target(99, 50));
        add(phases, byName, http, PLAN, Scenario.Mode.closed(2), new Scenario.Target(95, 500));
        add(phases, byName, http, ROUTE, Scenario.Mode.closed(2), null);
        add(phases, byName, http, COVERAGE, Scenario.Mode.closed(2), null);
        add(phases, byName, http, AUDIT, Scenario.Mode.closed(o.clients()), null);
        add(phases, byName, http, NEXT_STEP, Scenario.Mode.closed(o.clients()), null);
        add(phases, byName, http, RECORD, Scenario.Mode.closed(o.clients()), null);
        add(phases, byName, http, AUDIT, Scenario.Mode.closed(1), null);
        add(phases, byName, http, NEXT_STEP, Scenario.Mode.closed(1), null);
        add(phases, byName, http, RECORD, Scenario.Mode.closed(1), null);
        var goals = w.goals();
        var learners = w.learners();
        phases.add(new Scenario(AUDIT, "bench/baseline/audit.cypher", Scenario.Side.BASELINE, Scenario.Mode.closed(1), i -> {
            var p = goals.get((int) (i % goals.size()));
            return baseline.run(baseline.audit, Map.of("learner", p.learner(), "target", p.target()));
        }, null));
        phases.add(new Scenario(NEXT_STEP, "bench/baseline/next-step.cypher", Scenario.Side.BASELINE, Scenario.Mode.closed(1),
                i -> baseline.run(baseline.nextStep, Map.of("learner", learners.get((int) (i % learners.size())))), null));
        if (!o.only().isEmpty()) {
            phases.removeIf(s -> !o.only().contains(s.name()));
        }
        return phases;
    }

    private static void add(List<Scenario> phases, Map<String, Endpoint> present, HttpCalls http, String name, Scenario.Mode mode,
                            Scenario.Target target) {
        var e = present.get(name);
        if (e != null) {
            phases.add(new Scenario(name, e.template(), Scenario.Side.ENGINE, mode, http.get(name, e.path(), e.caller()), target));
        }
    }
}
