package org.credpath.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.credpath.catalog.format.CatalogFileReader;
import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CatalogValidator;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.LearnerSpec;
import org.credpath.catalog.model.OccupationSpec;
import org.credpath.catalog.model.ProviderSpec;
import org.credpath.catalog.model.ReferenceLookup.Target;
import org.credpath.catalog.model.SkillSpec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads catalogs: reads (for the credpath format), validates against itself and the database, and
 * writes in one transaction, so a source is applied whole or not at all.
 */
@Service
public class CatalogService {

    private final Neo4jClient client;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CatalogFileReader reader = new CatalogFileReader();

    CatalogService(Neo4jClient client, Clock clock, ApplicationEventPublisher events) {
        this.client = client;
        this.clock = clock;
        this.events = events;
    }

    /** Loads a file in the credpath catalog format; {@code source} names it in messages (".json" selects JSON). */
    @Transactional
    public ImportSummary loadFile(String source, String content) {
        return load(source, reader.read(source, content));
    }

    /** Validates and writes a catalog built by any importer. */
    @Transactional
    public ImportSummary load(String source, Catalog catalog) {
        var lookup = new DatabaseReferenceLookup(client);
        var problems = new CatalogValidator(lookup, LocalDate.now(clock)).validate(catalog);
        if (!problems.isEmpty()) {
            throw new CatalogRejectedException(source, problems);
        }
        var sections = new LinkedHashMap<String, ImportSummary.Counts>();
        sections.put("providers", counts(lookup, Target.PROVIDER, catalog.providers(), ProviderSpec::id));
        sections.put("skills", counts(lookup, Target.SKILL, catalog.skills(), SkillSpec::uri));
        sections.put("occupations", counts(lookup, Target.OCCUPATION, catalog.occupations(), OccupationSpec::uri));
        sections.put("credentials", counts(lookup, Target.CREDENTIAL, catalog.credentials(), CredentialSpec::id));
        sections.put("learners", counts(lookup, Target.LEARNER, catalog.learners(), LearnerSpec::id));
        new CatalogWriter(client).write(catalog);
        events.publishEvent(new CatalogChanged(source));
        return new ImportSummary(source, sections);
    }

    /** True when no credential is stored yet (a fresh database to seed). */
    @Transactional(readOnly = true)
    public boolean hasNoCredentials() {
        return client.query("MATCH (c:Credential) RETURN count(c) = 0 AS empty LIMIT 1")
                .fetchAs(Boolean.class).one().orElse(true);
    }

    private static <T> ImportSummary.Counts counts(DatabaseReferenceLookup lookup, Target target, List<T> entries, Function<T, String> id) {
        Set<String> ids = entries.stream().map(id).collect(Collectors.toSet());
        int existing = lookup.existing(target, ids).size();
        return new ImportSummary.Counts(ids.size() - existing, existing);
    }
}
