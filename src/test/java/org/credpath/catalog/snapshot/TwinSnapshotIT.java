package org.credpath.catalog.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.credpath.catalog.CatalogChanged;
import org.credpath.catalog.CatalogService;
import org.credpath.database.GraphReader;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Knowledge/skill twins read from the database by a snapshot with {@code credpath.skills.twins.enabled} (its own
 * {@link CatalogSnapshots} beside the service's, which has them off): a credential teaching the knowledge counts for
 * the skill, and new twins (skills and occupations a later write adds) reach every credential at the next refresh.
 */
@IntegrationTest
class TwinSnapshotIT {

    private static final String PREFIX = "urn:credpath:test:twin:";

    @Autowired
    CatalogService catalog;
    @Autowired
    GraphReader graph;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Driver driver;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void removeTestData() {
        driver.executableQuery("""
                MATCH (n) WHERE n.id STARTS WITH 'twin-test-' OR n.uri STARTS WITH $prefix
                OPTIONAL MATCH (n)-[:HAS_OUTCOME]->(o)
                DETACH DELETE n, o""").withParameters(java.util.Map.of("prefix", PREFIX)).execute();
        events.publishEvent(new CatalogChanged("TwinSnapshotIT cleanup"));
    }

    @Test
    void aCredentialTeachingTheKnowledgeCountsForItsTwinAndLaterTwinsArriveAtTheNextRefresh() {
        catalog.loadFile("twins.yaml", HEADER + knowledge("mining", "data mining twintest") + skill("mining", "perform data mining twintest")
                + occupation("mining") + course("mining"));
        var own = new CatalogSnapshots(graph, transactions, new CatalogRefreshProperties(Duration.ofSeconds(1), 500, true), 0.5, true, 1.0);

        var mining = own.current().offering("twin-test-mining").orElseThrow();
        assertThat(mining.skills()).contains(PREFIX + "s-mining", PREFIX + "k-mining");
        assertThat(mining.link(PREFIX + "s-mining")).isEqualTo(new SkillLink("inferred", 1.0,
                "perform data mining twintest inferred from data mining twintest (ESCO: knowledge of it, the skill of doing it)"));

        // the knowledge and a credential teaching it first, its twin later: the skills changed, so the snapshot is rebuilt whole
        catalog.loadFile("twins-2.yaml", HEADER + knowledge("db", "database twintest") + course("db"));
        own.catalogChanged(new CatalogChanged("twins-2", true));
        assertThat(own.current().offering("twin-test-db").orElseThrow().skills()).doesNotContain(PREFIX + "s-db");
        catalog.loadFile("twins-3.yaml", HEADER + knowledge("db", "database twintest") + skill("db", "use databases twintest") + occupation("db"));
        own.catalogChanged(new CatalogChanged("twins-3", true));

        assertThat(own.current().offering("twin-test-db").orElseThrow().link(PREFIX + "s-db").source()).isEqualTo("inferred");
    }

    @Test
    void aSkillUnderEscosGroupsOfWorkOnPhysicalThingsIsNotInferred() {
        catalog.loadFile("twins-objects.yaml", HEADER + knowledge("sensors", "sensors twintest") + skill("sensors", "assemble sensors twintest")
                + occupation("sensors") + course("sensors"));
        catalog.loadFile("twins-objects-2.yaml", HEADER + knowledge("gis", "gis twintest") + skill("gis", "use gis twintest")
                + occupation("gis") + course("gis"));
        // ESCO's hierarchy: assembling is under S6.5 (handling and moving), the GIS skill under S5.5 (working with computers)
        driver.executableQuery("""
                UNWIND [['s-sensors', 'S6.5'], ['s-gis', 'S5.5']] AS placed
                MATCH (s:Skill {uri: $prefix + placed[0]})
                CREATE (s)-[:BROADER]->(:SkillGroup {uri: $prefix + 'g-' + placed[1], code: placed[1]})""")
                .withParameters(java.util.Map.of("prefix", PREFIX)).execute();
        var own = new CatalogSnapshots(graph, transactions, new CatalogRefreshProperties(Duration.ofSeconds(1), 500, true), 0.5, true, 1.0);

        assertThat(own.current().offering("twin-test-sensors").orElseThrow().skills()).contains(PREFIX + "k-sensors")
                .doesNotContain(PREFIX + "s-sensors");
        assertThat(own.current().offering("twin-test-gis").orElseThrow().link(PREFIX + "s-gis").source()).isEqualTo("inferred");
    }

    private static final String HEADER = "format: credpath-catalog/1\nskills:\n";

    private static String knowledge(String key, String label) {
        return "  - {uri: \"%sk-%s\", label: \"%s\", skillType: knowledge}\n".formatted(PREFIX, key, label);
    }

    private static String skill(String key, String label) {
        return "  - {uri: \"%ss-%s\", label: \"%s\", skillType: skill/competence}\n".formatted(PREFIX, key, label);
    }

    /** An occupation that requires the knowledge {@code key} and its skill. */
    private static String occupation(String key) {
        return """
                occupations:
                  - uri: "%1$so-%2$s"
                    label: "twin test occupation %2$s"
                    essentialSkills: ["%1$sk-%2$s", "%1$ss-%2$s"]
                """.formatted(PREFIX, key);
    }

    /** A course whose one outcome states the knowledge {@code key}. */
    private static String course(String key) {
        return """
                providers:
                  - {id: twin-test-provider, name: Twin Test Academy, country: DE, type: company}
                credentials:
                  - id: twin-test-%s
                    kind: course
                    title: Twin Test Course
                    provider: twin-test-provider
                    ects: 2
                    eqfLevel: 6
                    language: en
                    outcomes: [{statement: Knows it, skills: ["%sk-%s"]}]
                """.formatted(key, PREFIX, key);
    }
}
