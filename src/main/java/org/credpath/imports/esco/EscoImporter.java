package org.credpath.imports.esco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.CatalogVersion;
import org.credpath.database.CypherQueries;
import org.credpath.catalog.ImportReport;
import org.credpath.imports.Archives;
import org.credpath.imports.ImportProblems;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importer;
import org.credpath.imports.TempFolder;
import org.credpath.web.CommitOutcomeUnknownException;
import org.credpath.web.DatabaseFailures;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;

/**
 * Imports an ESCO CSV download (v1.1.x or v1.2 layout; a folder or a zip of one): skills with type, reuse
 * level, alternative labels and collection flags; skill groups and the BROADER hierarchy; occupations with
 * ISCO group and code; essential and optional REQUIRES; RELATED skills. Everything is read and checked
 * first, then written in UNWIND batches inside a single transaction: a source applies whole or not at all.
 * Needs only a driver, so tests and benchmarks run it without Spring.
 */
public final class EscoImporter implements Importer {

    public static final String FORMAT = "esco";

    private final Driver driver;
    private final SessionConfig session;

    public EscoImporter(Driver driver) {
        this(driver, SessionConfig.defaultConfig());
    }

    public EscoImporter(Driver driver, SessionConfig session) {
        this.driver = driver;
        this.session = session;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "ESCO classification CSV download (v1.1.x or v1.2, English): a folder, several files or a zip";
    }

    @Override
    public ImportReport importFrom(Path source, ImportProgress progress) {
        if (Archives.isZip(source)) {
            try (var folder = TempFolder.create("credpath-esco-"); var in = Files.newInputStream(source)) {
                Archives.unzip(source.getFileName().toString(), in, folder.path());
                return importFolder(folder.path(), source.getFileName().toString(), progress);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot unpack " + source, e);
            }
        }
        return importFolder(source, source.toString(), progress);
    }

    private ImportReport importFolder(Path folder, String name, ImportProgress progress) {
        var started = System.nanoTime();
        var problems = new ImportProblems();
        var layout = EscoLayout.find(folder, problems);
        problems.throwIfAny(name);
        var warnings = new ArrayList<String>();
        var source = new EscoReader(layout, problems, progress, warnings).read();
        problems.throwIfAny(name);
        try (var s = driver.session(session); var tx = s.beginTransaction()) {
            var entries = new EscoWriter(tx, progress, warnings).write(source);
            if (entries.values().stream().anyMatch(c -> c.created() + c.updated() > 0)) {
                // skills, occupations and their links are what the recommendations' skill index holds
                tx.run(CypherQueries.get(CatalogVersion.STATEMENT), CatalogVersion.parameters(List.of(), true)).consume();
            }
            progress.step("commit", 0, 1);
            commit(tx, name);
            progress.step("commit", 1, 1);
            return new ImportReport(FORMAT, name + " (ESCO " + layout.version() + " layout)", entries, warnings,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** A commit that fails part-way may still be saved (Neo4j writes its log first): unknown, never "failed". */
    private static void commit(Transaction tx, String name) {
        try {
            tx.commit();
        } catch (RuntimeException e) {
            if (DatabaseFailures.commitRefused(e)) {
                throw e;
            }
            throw new CommitOutcomeUnknownException("the ESCO import of " + name, "Importing the same download again is safe: "
                    + "what is already saved is reported as skipped, and only what is missing is written.", e);
        }
    }
}
