package org.credpath.catalog.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.credpath.catalog.CatalogChanged;
import org.credpath.catalog.CatalogService;
import org.credpath.catalog.CatalogVersion;
import org.credpath.database.CypherQueries;
import org.credpath.database.GraphReader;
import org.credpath.recommend.engine.Recommender;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How the snapshot follows the catalog version: the writer's own write at once and in place; a write another
 * replica logged, by the poller; whole rebuilds where the log cannot say what changed. Whether an update was in place
 * shows in the offerings that did not change: an incremental update keeps their instances, a rebuild reads them anew.
 */
@IntegrationTest
class CatalogRefreshIT {

    private static final String UNCHANGED = "hh-mc-sql-basics";
    /** How long a test waits for the poller: the interval is 1 s, refreshes take milliseconds, but the test machines are shared. */
    private static final long WAIT = 30_000;

    @Autowired
    CatalogSnapshots snapshots;
    @Autowired
    CatalogService catalog;
    @Autowired
    Driver driver;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    GraphReader graph;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void removeTestData() {
        driver.executableQuery("MATCH (r:Requirement) WHERE r.owner STARTS WITH 'refresh-test-' DETACH DELETE r").execute();
        driver.executableQuery("MATCH (c:Credential) WHERE c.id STARTS WITH 'refresh-test-' DETACH DELETE c").execute();
        events.publishEvent(new CatalogChanged("CatalogRefreshIT cleanup"));
    }

    @Test
    void theWriterServesItsOwnWriteAtOnceAndInPlace() {
        var before = snapshots.current();
        long version = snapshots.version();

        catalog.loadFile("refresh.yaml", credential("refresh-test-own", "Own Write"));

        var after = snapshots.current();
        assertThat(after.offering("refresh-test-own")).map(Offering::title).contains("Own Write");
        assertThat(after.prerequisites("refresh-test-own")).isPresent();
        assertThat(snapshots.version()).isEqualTo(version + 1);
        assertThat(after.offering(UNCHANGED).orElseThrow()).as("updated in place").isSameAs(before.offering(UNCHANGED).orElseThrow());
        assertThat(snapshots.view(Recommender.class).index().catalog()).as("the recommendations' view switched with the snapshot").isSameAs(after);
    }

    @Test
    void aWriteAnotherReplicaLoggedIsServedWithinTheRefreshInterval() throws InterruptedException {
        catalog.loadFile("refresh.yaml", credential("refresh-test-other", "Before"));
        var before = snapshots.current();

        otherReplicaWrites("refresh-test-other", "After", List.of("refresh-test-other"), false);

        var after = awaitTitle("refresh-test-other", "After", WAIT);
        assertThat(after.offering(UNCHANGED).orElseThrow()).as("updated in place").isSameAs(before.offering(UNCHANGED).orElseThrow());
    }

    @Test
    void aWriteThatDoesNotSayWhatChangedRebuildsWhole() throws InterruptedException {
        catalog.loadFile("refresh.yaml", credential("refresh-test-whole", "Before"));
        var before = snapshots.current();

        otherReplicaWrites("refresh-test-whole", "After", null, false);

        var after = awaitTitle("refresh-test-whole", "After", WAIT);
        assertThat(after.offering(UNCHANGED).orElseThrow()).as("rebuilt").isNotSameAs(before.offering(UNCHANGED).orElseThrow());
    }

    @Test
    void aGapInTheChangeLogRebuildsWhole() throws InterruptedException {
        catalog.loadFile("refresh.yaml", credential("refresh-test-gap", "Before"));
        var before = snapshots.current();

        otherReplicaWrites("refresh-test-gap", "After", List.of("refresh-test-gap"), true);

        var after = awaitTitle("refresh-test-gap", "After", WAIT);
        assertThat(after.offering(UNCHANGED).orElseThrow()).as("rebuilt").isNotSameAs(before.offering(UNCHANGED).orElseThrow());
    }

    @Test
    void aChangeOfReferenceDataOnlyKeepsTheOfferingsAndRebuildsTheSkillIndex() throws InterruptedException {
        var before = snapshots.current();
        var index = snapshots.view(Recommender.class).index();

        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(CypherQueries.get(CatalogVersion.STATEMENT), CatalogVersion.parameters(List.of(), true)).consume());
        }

        long end = System.currentTimeMillis() + WAIT;
        while (snapshots.view(Recommender.class).index() == index && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        var after = snapshots.current();
        assertThat(snapshots.view(Recommender.class).index()).isNotSameAs(index);
        assertThat(snapshots.view(Recommender.class).index().data()).as("skills read anew").isNotSameAs(index.data());
        assertThat(after.offering(UNCHANGED).orElseThrow()).as("offerings kept").isSameAs(before.offering(UNCHANGED).orElseThrow());
    }

    @Test
    void aCredentialGoneFromTheDatabaseLeavesTheSnapshot() throws InterruptedException {
        catalog.loadFile("refresh.yaml", credential("refresh-test-gone", "Gone"));
        assertThat(snapshots.current().offering("refresh-test-gone")).isPresent();

        try (var session = driver.session()) {
            session.executeWrite(tx -> {
                tx.run("MATCH (c:Credential {id: 'refresh-test-gone'}) DETACH DELETE c").consume();
                return tx.run(CypherQueries.get(CatalogVersion.STATEMENT), CatalogVersion.parameters(List.of("refresh-test-gone"), false)).consume();
            });
        }

        long end = System.currentTimeMillis() + WAIT;
        while (snapshots.current().offering("refresh-test-gone").isPresent() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertThat(snapshots.current().offering("refresh-test-gone")).isEmpty();
    }

    /**
     * What another replica's load does: change the credential and advance the version, in one transaction; with
     * {@code pruned}, the change's log entry is gone at once (as when more than the log keeps happened since).
     */
    private void otherReplicaWrites(String id, String title, List<String> logged, boolean pruned) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> {
                tx.run("MATCH (c:Credential {id: $id}) SET c.title = $title", Map.of("id", id, "title", title)).consume();
                long version = tx.run(CypherQueries.get(CatalogVersion.STATEMENT), CatalogVersion.parameters(logged, false))
                        .single().get("version").asLong();
                if (pruned) {
                    tx.run("MATCH (c:CatalogChange {version: $version}) DELETE c", Map.of("version", version)).consume();
                }
                return version;
            });
        }
    }

    private CatalogSnapshot awaitTitle(String id, String title, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            var snapshot = snapshots.current();
            if (snapshot.offering(id).map(Offering::title).filter(title::equals).isPresent()) {
                return snapshot;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(id + " not served with title " + title + " within " + millis + " ms");
    }

    private static String credential(String id, String title) {
        return """
                format: credpath-catalog/1
                credentials:
                  - id: %s
                    kind: course
                    title: %s
                    provider: hh
                    ects: 2
                    eqfLevel: 6
                    language: en
                    prerequisites: {kind: ALL_OF, children: [{credential: hh-mc-sql-basics}]}
                """.formatted(id, title);
    }

    @Test
    void aProcessThatOnlyWritesBuildsOnUseAndForgetsAtTheNextChange() {
        var writerOnly = new CatalogRefreshProperties(java.time.Duration.ofSeconds(1), 500, false);
        var own = new CatalogSnapshots(graph, transactions, writerOnly, CatalogSnapshots.DEFAULT_MIN_CONFIDENCE, false, 1.0);
        assertThat(new CatalogSnapshotHealthIndicator(own, writerOnly).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        assertThat(own.current().offering(UNCHANGED)).as("built on first use").isPresent();
        own.catalogChanged(new CatalogChanged("a bulk load"));

        assertThat(own.ready()).as("no rebuild after a write").isFalse();
        assertThat(own.current().offering(UNCHANGED)).as("rebuilt on the next use").isPresent();
    }
}
