package org.credpath.imports.utdallas;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.credpath.catalog.CatalogService;
import org.credpath.catalog.ImportReport;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.database.CypherQueries;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importer;
import org.credpath.skills.SkillMatching;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Imports the UT Dallas catalog: courses with prerequisite trees and degree rule files, mapped by
 * {@link UtdallasCatalogMapper} and loaded through {@link CatalogService} in one transaction, so the
 * source applies whole or not at all and loading it again changes nothing.
 */
@Component
class UtdallasImporter implements Importer {

    private final CatalogService catalog;
    private final Neo4jClient client;

    private final SkillMatching matching;
    private final int threads;

    UtdallasImporter(CatalogService catalog, Neo4jClient client, SkillMatching matching,
                     @Value("${credpath.skills.import-threads:2}") int threads) {
        this.catalog = catalog;
        this.client = client;
        this.matching = matching;
        this.threads = threads;
    }

    @Override
    public String format() {
        return "utdallas";
    }

    @Override
    public String description() {
        return "UT Dallas course catalog (courses.json with prerequisite trees) and degree rule files (degree_data/<year>/*.json); "
                + "source: the utdallas directory or one of its files";
    }

    @Override
    public ImportReport importFrom(Path source, ImportProgress progress) {
        long start = System.nanoTime();
        var files = SourceFiles.read(source, progress);
        var mapped = new UtdallasCatalogMapper(storedCourses()).map(files.courses(), files.degrees(), files::find, progress);
        var mapping = matching.linksForImport().map(links -> DescriptionSkills.add(mapped, links, threads, progress)).orElse(mapped);
        progress.step("writing", 0, 1);
        ImportReport loaded;
        try {
            loaded = catalog.load(format(), source.toString(), mapping.catalog(),
                    c -> c.kind() == CredentialKind.COURSE ? "courses" : "degrees");
        } catch (CatalogRejectedException e) {
            throw new CatalogRejectedException(e.source(), e.problems().stream().map(mapping::locate).toList());
        }
        progress.step("writing", 1, 1);
        return report(source, mapping, loaded, Duration.ofNanos(System.nanoTime() - start));
    }

    private List<UtdallasCatalogMapper.StoredCourse> storedCourses() {
        var courses = new ArrayList<UtdallasCatalogMapper.StoredCourse>();
        client.query(CypherQueries.get("imports/utdallas/stored-credentials")).bind(UtdallasCatalogMapper.PROVIDER_ID)
                .to("provider").fetch().all().forEach(row -> {
                    if (CredentialKind.COURSE.value().equals(row.get("kind")) && row.get("code") != null) {
                        courses.add(new UtdallasCatalogMapper.StoredCourse((String) row.get("code"), (String) row.get("id")));
                    }
                });
        return courses;
    }

    private ImportReport report(Path source, UtdallasMapping mapping, ImportReport loaded, Duration took) {
        var entries = new LinkedHashMap<String, ImportReport.Counts>();
        entries.put("providers", loaded.entry("providers"));
        entries.put("courses", loaded.entry("courses"));
        entries.put("degrees", loaded.entry("degrees"));
        var tally = mapping.tally();
        // corequisites are kept in the course descriptions only (see CourseMapper)
        entries.put("corequisite lists", new ImportReport.Counts(0, 0, tally.corequisiteListsSkipped()));
        var warnings = new ArrayList<String>();
        warnings.add("kept %d non-course conditions and %d unresolved references (%d courses, %d imports) as rule leaves; "
                .formatted(tally.conditions(), tally.unresolvedCourses() + tally.unresolvedImports(), tally.unresolvedCourses(),
                        tally.unresolvedImports())
                + "%d courses state no credit hours; %d have variable hours (counted at their minimum); "
                .formatted(tally.coursesWithoutHours(), tally.variableHourCourses())
                + "%d are cross-listed ('Same as ...', or the same title and text under other subjects' codes: one course under several codes, counted once)".formatted(tally.crossListedCourses()));
        warnings.addAll(mapping.warnings());
        return new ImportReport(format(), source.toString(), entries, warnings, took);
    }
}
