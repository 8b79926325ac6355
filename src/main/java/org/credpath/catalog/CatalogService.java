package org.credpath.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.credpath.catalog.ImportReport.Counts;
import org.credpath.catalog.StoredCatalog.State;
import org.credpath.catalog.format.CatalogFileReader;
import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CatalogValidator;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.LearnerSpec;
import org.credpath.catalog.model.OccupationSpec;
import org.credpath.catalog.model.ProviderSpec;
import org.credpath.catalog.model.SkillSpec;
import org.credpath.database.CypherQueries;
import org.credpath.database.TransientRetry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads catalogs: reads (for the credpath format), validates against itself and the database, and
 * writes in one transaction, so a source is applied whole or not at all. Only entries that are new or
 * differ from what is stored are written: loading the same source twice writes nothing the second time. Loads queue
 * on the catalog's lock, so each validates against what the one before it committed; a load the database refuses
 * for a transient conflict is run again ({@link TransientRetry}).
 */
@Service
public class CatalogService {

    /** The format name reports give for files in the credpath catalog format. */
    public static final String FORMAT = "credpath-catalog";

    private final Neo4jClient client;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private static final String HOW_TO_CHECK = "Loading the same source again is safe: what is already saved is reported "
            + "as skipped (unchanged), and only what is missing is written.";

    private final CatalogFileReader reader = new CatalogFileReader();
    private final TransientRetry retry;

    CatalogService(Neo4jClient client, Clock clock, ApplicationEventPublisher events, TransientRetry retry) {
        this.client = client;
        this.retry = retry;
        this.clock = clock;
        this.events = events;
    }

    /** Loads a file in the credpath catalog format; {@code source} names it in messages (".json" selects JSON). */
    public ImportReport loadFile(String source, String content) {
        long start = System.nanoTime();
        var catalog = reader.read(source, content);
        return retried(source, () -> load(FORMAT, source, catalog, c -> "credentials", start));
    }

    /**
     * Loads the seed catalog and marks its providers and credentials {@code seed: true}: the seed is fictional, and
     * answers that list its entries say so. The mark stays while an entry is as the seed wrote it (comparisons ignore
     * it); a file that redefines the entry replaces its properties, mark included.
     */
    public ImportReport loadSeed(String source, String content) {
        long start = System.nanoTime();
        var catalog = reader.read(source, content);
        return retried(source, () -> {
            var report = load(FORMAT, source, catalog, c -> "credentials", start);
            client.query(CypherQueries.get("catalog/mark-seed"))
                    .bind(catalog.providers().stream().map(ProviderSpec::id).toList()).to("providers")
                    .bind(catalog.credentials().stream().map(CredentialSpec::id).toList()).to("credentials").run();
            return report;
        });
    }

    /** Validates and writes a catalog built by any importer; credentials are counted as one kind of entry. */
    public ImportReport load(String source, Catalog catalog) {
        long start = System.nanoTime();
        return retried(source, () -> load(FORMAT, source, catalog, c -> "credentials", start));
    }

    /**
     * Validates and writes a catalog built by an importer of {@code format}, counting credentials under the
     * entry names {@code credentialEntry} gives (courses, degrees...). Throws {@link CatalogRejectedException}
     * listing every problem, having written nothing, when the catalog has any.
     */
    public ImportReport load(String format, String source, Catalog catalog, Function<CredentialSpec, String> credentialEntry) {
        long start = System.nanoTime();
        return retried(source, () -> load(format, source, catalog, credentialEntry, start));
    }

    private ImportReport retried(String source, java.util.function.Supplier<ImportReport> load) {
        return retry.inTransaction("the catalog load of " + source, HOW_TO_CHECK, load);
    }

    private ImportReport load(String format, String source, Catalog catalog, Function<CredentialSpec, String> credentialEntry,
                              long start) {
        client.query(CypherQueries.get("catalog/lock-catalog")).run();
        var lookup = new DatabaseReferenceLookup(client);
        var problems = new CatalogValidator(lookup, LocalDate.now(clock)).validate(catalog);
        if (!problems.isEmpty()) {
            throw new CatalogRejectedException(source, problems);
        }
        var stored = new StoredCatalog(client);
        var diff = stored.compare(catalog);
        var warnings = stored.learnerRemovals(catalog.learners(), diff.learners());
        var entries = new LinkedHashMap<String, Counts>();
        entries.put("providers", counts(diff.providers().values()));
        entries.put("skills", counts(diff.skills().values()));
        entries.put("occupations", counts(diff.occupations().values()));
        for (var c : catalog.credentials()) {
            entries.merge(credentialEntry.apply(c), counts(List.of(diff.credentials().get(c.id()))), Counts::plus);
        }
        if (catalog.credentials().isEmpty()) {
            entries.put("credentials", Counts.NONE);
        }
        entries.put("learners", counts(diff.learners().values()));
        // before the write, which ends deleting what it replaced: after deletes every index seek in the transaction costs more
        if (!diff.undigested().isEmpty()) {
            new CatalogWriter(client).recordDigests(catalog.credentials().stream().filter(c -> diff.undigested().contains(c.id())).toList());
        }
        if (diff.anyWrite()) {
            new CatalogWriter(client).write(new Catalog(
                    changed(catalog.providers(), ProviderSpec::id, diff.providers()),
                    changed(catalog.skills(), SkillSpec::uri, diff.skills()),
                    changed(catalog.occupations(), OccupationSpec::uri, diff.occupations()),
                    changed(catalog.credentials(), CredentialSpec::id, diff.credentials()),
                    changed(catalog.learners(), LearnerSpec::id, diff.learners())));
            advanceVersion(source, diff);
        }
        return new ImportReport(format, source, entries, warnings, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Learners are not part of the catalog snapshot: a load that changed only learners leaves the version alone. */
    private void advanceVersion(String source, StoredCatalog.Diff diff) {
        var credentials = diff.credentials().entrySet().stream().filter(e -> e.getValue() != State.SAME).map(Map.Entry::getKey).toList();
        boolean reference = Stream.of(diff.providers(), diff.skills(), diff.occupations())
                .anyMatch(section -> section.containsValue(State.NEW) || section.containsValue(State.CHANGED));
        if (credentials.isEmpty() && !reference) {
            return;
        }
        client.query(CypherQueries.get(CatalogVersion.STATEMENT)).bindAll(CatalogVersion.parameters(credentials, reference)).run();
        events.publishEvent(new CatalogChanged(source, true));
    }

    /** True when no credential is stored yet (a fresh database to seed). */
    @Transactional(readOnly = true)
    public boolean hasNoCredentials() {
        return client.query("MATCH (c:Credential) RETURN count(c) = 0 AS empty LIMIT 1")
                .fetchAs(Boolean.class).one().orElse(true);
    }

    private static Counts counts(Collection<State> states) {
        long created = states.stream().filter(s -> s == State.NEW).count();
        long updated = states.stream().filter(s -> s == State.CHANGED).count();
        return new Counts(created, updated, states.size() - created - updated);
    }

    private static <T> List<T> changed(List<T> entries, Function<T, String> id, Map<String, State> states) {
        var result = new ArrayList<T>();
        for (var entry : entries) {
            if (states.get(id.apply(entry)) != State.SAME) {
                result.add(entry);
            }
        }
        return result;
    }
}
