package org.credpath.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;

/**
 * Throwaway learners for tests about access, consent, export and erasure: each has two seed holdings, a goal and a
 * prior-learning skill, under a fresh id, so tests never touch the seeded learners others rely on. Call
 * {@link #deleteAll()} after each test: suites elsewhere walk every learner.
 */
public final class TestLearners {

    private final Driver driver;
    private final List<String> created = new ArrayList<>();

    public TestLearners(Driver driver) {
        this.driver = driver;
    }

    /** A new learner whose id starts with the prefix; returns the id. */
    public String create(String prefix) {
        var id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        driver.executableQuery("""
                MATCH (python:Credential {id: 'hh-mc-python-programming'}), (sql:Credential {id: 'hh-mc-sql-basics'}),
                      (goal:Credential {id: 'hh-cert-data-analytics'})
                OPTIONAL MATCH (skill:Skill) WHERE (python)-[:HAS_OUTCOME]->()-[:ALIGNS_TO]->(skill)
                WITH python, sql, goal, skill LIMIT 1
                CREATE (l:Learner {id: $id, name: 'Test Learner ' + $id})
                CREATE (l)-[:EARNED {date: date('2024-01-10'), grade: '4', verified: true}]->(python)
                CREATE (l)-[:EARNED {date: date('2024-03-22'), grade: '3', verified: true}]->(sql)
                CREATE (l)-[:AIMS_AT]->(goal)
                FOREACH (s IN CASE WHEN skill IS NULL THEN [] ELSE [skill] END | CREATE (l)-[:HAS_SKILL {source: 'self-declared'}]->(s))
                """).withParameters(Map.of("id", id)).execute();
        created.add(id);
        return id;
    }

    /** Records a consent directly in the graph, as {@code POST /api/learners/{id}/consents} does. */
    public void grant(String learner, String grantee, String role) {
        driver.executableQuery("""
                MATCH (l:Learner {id: $learner})
                MERGE (a:Account {id: $grantee})
                MERGE (l)-[g:GRANTS {role: $role}]->(a) ON CREATE SET g.since = datetime()
                """).withParameters(Map.of("learner", learner, "grantee", grantee, "role", role)).execute();
    }

    /** Deletes every learner made here, the exceptions advisers made for them, and the accounts no learner grants anything any more. */
    public void deleteAll() {
        driver.executableQuery("MATCH (l:Learner)-[:HAS_EXCEPTION]->(x:RuleException) WHERE l.id IN $ids DETACH DELETE x")
                .withParameters(Map.of("ids", List.copyOf(created))).execute();
        driver.executableQuery("""
                MATCH (l:Learner) WHERE l.id IN $ids
                OPTIONAL MATCH (l)-[:GRANTS]->(a:Account)
                DETACH DELETE l
                WITH DISTINCT a WHERE a IS NOT NULL AND NOT EXISTS { (a)--() }
                DELETE a
                """).withParameters(Map.of("ids", List.copyOf(created))).execute();
        created.clear();
    }
}
