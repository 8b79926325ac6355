package org.credpath.imports.ctdl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.credpath.catalog.CatalogService;
import org.credpath.catalog.ImportReport;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.database.CypherQueries;
import org.credpath.imports.Archives;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.JsonFiles;
import org.credpath.imports.Importer;
import org.credpath.imports.OutcomeSkills;
import org.credpath.skills.SkillMatching;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Imports CTDL pathways (Credential Engine JSON-LD): one file, a folder of them (read recursively) or a zip.
 * Every file must be valid JSON or the whole source is refused, each broken file named with line and column;
 * the pathways are mapped by {@link CtdlMapper} and loaded through {@link CatalogService} in one transaction,
 * so validation, cycle detection and idempotent writes are the catalog's own.
 */
@Component
class CtdlImporter implements Importer {

    static final String FORMAT = "ctdl";

    private final CatalogService catalog;
    private final Neo4jClient client;

    private final SkillMatching matching;

    CtdlImporter(CatalogService catalog, Neo4jClient client, SkillMatching matching) {
        this.catalog = catalog;
        this.client = client;
        this.matching = matching;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "CTDL pathways (Credential Engine JSON-LD: Pathway, PathwayComponent subclasses, ComponentCondition): "
                + "a .json/.jsonld file, a folder of them or a zip; a folder holding any file that is not valid JSON is refused whole";
    }

    @Override
    public ImportReport importFrom(Path source, ImportProgress progress) {
        return Archives.asFolder(source, "credpath-ctdl-", (folder, label) -> importFiles(folder, label, progress));
    }

    private ImportReport importFiles(Path source, String label, ImportProgress progress) {
        long start = System.nanoTime();
        var files = JsonFiles.read(source, label, "a CTDL JSON-LD file or a folder of them", progress);
        progress.step("mapping", 0, 1);
        var mapping = new CtdlMapper().map(label, files.files(), files.otherFiles(), this::stored);
        progress.step("mapping", 1, 1);
        var skillLines = new ArrayList<String>();
        var linked = matching.linksForImport().map(links -> OutcomeSkills.add(mapping.catalog(), links, skillLines))
                .orElse(mapping.catalog());
        progress.step("writing", 0, 1);
        ImportReport loaded;
        try {
            loaded = catalog.load(FORMAT, label, linked, CtdlImporter::entry);
        } catch (CatalogRejectedException e) {
            throw new CatalogRejectedException(e.source(), e.problems().stream().map(mapping::locate).toList());
        }
        progress.step("writing", 1, 1);
        var entries = loaded.entriesExcept(Set.of("skills", "occupations", "learners"));
        var warnings = new ArrayList<String>();
        warnings.add(mapping.summary());
        warnings.addAll(skillLines);
        warnings.addAll(mapping.warnings());
        return new ImportReport(FORMAT, label, entries, warnings, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Credentials are counted per kind: courses, certificates, badges, degrees. */
    private static String entry(CredentialSpec credential) {
        return credential.kind().value() + "s";
    }

    /** Which of {@code ids} are credentials already stored. */
    private Set<String> stored(Set<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(client.query(CypherQueries.get("catalog/existing-credentials")).bind(List.copyOf(ids))
                .to("ids").fetchAs(String.class).mappedBy((types, record) -> record.get("id").asString()).all());
    }
}
