package org.credpath.imports;

import java.nio.file.Files;
import java.nio.file.Path;

import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.web.InsufficientStorageException;
import org.credpath.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;

/** Runs the import the command line asked for; registered only by {@link ImportCommand}, never by scanning. */
final class ImportCommandRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportCommandRunner.class);

    private final Importers importers;
    private final Environment environment;
    private int exitCode = 1;

    ImportCommandRunner(Importers importers, Environment environment) {
        this.importers = importers;
        this.environment = environment;
    }

    int exitCode() {
        return exitCode;
    }

    @Override
    public void run(ApplicationArguments args) {
        var format = environment.getRequiredProperty(ImportCommand.FORMAT);
        var source = Path.of(environment.getRequiredProperty(ImportCommand.SOURCE)).toAbsolutePath().normalize();
        if (!Files.exists(source)) {
            log.error("Import source {} does not exist", source);
            return;
        }
        try {
            var report = importers.run(format, source, new LoggingProgress(format + " import"));
            log.info("Import of {} done in {} s", report.source(), report.took().toMillis() / 1000.0);
            report.entries().forEach((kind, c) -> log.info("  {}: {} created, {} updated, {} skipped", kind, c.created(), c.updated(), c.skipped()));
            report.warnings().forEach(w -> log.warn("  warning: {}", w));
            exitCode = 0;
        } catch (CatalogRejectedException e) {
            log.error("{} was rejected with {} problem(s); nothing was written:", e.source(), e.problems().size());
            e.problems().forEach(p -> log.error("  {}", p));
        } catch (InsufficientStorageException e) {
            log.error("{}; nothing was written", e.getMessage());
        } catch (NotFoundException e) {
            log.error("Unknown import format '{}'; known formats: {}", format,
                    String.join(", ", importers.all().stream().map(Importer::format).toList()));
        }
    }
}
