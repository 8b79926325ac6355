package org.credpath.imports.coursera;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.CatalogService;
import org.credpath.catalog.ImportReport;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.imports.CsvFile;
import org.credpath.imports.ImportProblems;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importer;
import org.credpath.imports.skills.SkillLabels;
import org.credpath.skills.SkillMatching;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Imports the Coursera catalog CSV (partner, course, free-text skill tags, certificate type, duration):
 * tags are resolved against the ESCO skills already in the database (import ESCO first), the offerings are
 * mapped by {@link CourseraMapper} and loaded through {@link CatalogService} in one transaction. The report
 * states the resolution rate and lists every resolved, ambiguous and unresolved tag.
 */
@Component
class CourseraImporter implements Importer {

    static final String FORMAT = "coursera";

    private final CatalogService catalog;
    private final Neo4jClient client;

    private final SkillMatching matching;

    CourseraImporter(CatalogService catalog, Neo4jClient client, SkillMatching matching) {
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
        return "Coursera catalog CSV (partner, course, skills, certificatetype, duration, ...): offerings become credentials "
                + "teaching the ESCO skills their free-text tags name (by label: stated; read by the skill matcher near the course "
                + "title: extracted), each with a confidence; import ESCO first";
    }

    @Override
    public ImportReport importFrom(Path source, ImportProgress progress) {
        long start = System.nanoTime();
        var problems = new ImportProblems();
        var rows = new ArrayList<CsvFile.Row>();
        CsvFile.read(source, CourseraMapper.REQUIRED, problems, progress, rows::add);
        problems.throwIfAny(source.toString());
        progress.step("resolving tags", 0, 1);
        var resolver = SkillLabels.resolver(client);
        var links = matching.linksForImport().orElse(null);
        var mapping = new CourseraMapper().map(rows, resolver, links, problems);
        problems.throwIfAny(source.toString());
        progress.step("resolving tags", 1, 1);
        progress.step("writing", 0, 1);
        ImportReport loaded;
        try {
            loaded = catalog.load(FORMAT, source.toString(), mapping.catalog(), CourseraImporter::entry);
        } catch (CatalogRejectedException e) {
            throw mapping.origins().located(e);
        }
        progress.step("writing", 1, 1);
        var entries = loaded.entriesExcept(List.of("skills", "occupations", "learners"));
        var warnings = new ArrayList<String>();
        warnings.add("read %d row(s): %d offering(s) from %d partner(s)".formatted(mapping.rows(),
                mapping.catalog().credentials().size(), mapping.catalog().providers().size()));
        if (resolver.concepts() == 0) {
            warnings.add("the database holds no ESCO skills: no tag could resolve (import ESCO first, then this file again)");
        }
        warnings.addAll(mapping.warnings());
        warnings.addAll(mapping.tags().lines(resolver));
        return new ImportReport(FORMAT, source.toString(), entries, warnings, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Credentials are counted per kind: courses, certificates, degrees. */
    private static String entry(CredentialSpec credential) {
        return credential.kind().value() + "s";
    }
}
