package org.credpath.imports;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

import org.credpath.catalog.CatalogChanged;
import org.credpath.catalog.ImportReport;
import org.credpath.database.FreeSpace;
import org.credpath.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Every {@link Importer} of the service by format, run one at a time (imports write large amounts of shared
 * reference data; two at once would only contend for the same nodes). The command line and the admin
 * endpoint both import through here; views of the catalog are told to refresh after each import.
 */
@Service
public class Importers {

    private static final Logger log = LoggerFactory.getLogger(Importers.class);

    private final Map<String, Importer> byFormat = new TreeMap<>();
    private final ApplicationEventPublisher events;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);
    private final FreeSpace space;

    Importers(List<Importer> importers, ApplicationEventPublisher events, FreeSpace space) {
        for (var importer : importers) {
            var other = byFormat.putIfAbsent(importer.format(), importer);
            if (other != null) {
                throw new IllegalStateException("Two importers for format " + importer.format() + ": "
                        + other.getClass().getName() + " and " + importer.getClass().getName());
            }
        }
        this.events = events;
        this.space = space;
    }

    public Collection<Importer> all() {
        return byFormat.values();
    }

    /** The importer of the format; a 404 for the caller when there is none. */
    public Importer importer(String format) {
        var importer = byFormat.get(format);
        if (importer == null) {
            throw new NotFoundException("import format", format);
        }
        return importer;
    }

    /**
     * Imports {@code source}; throws {@link org.credpath.catalog.model.CatalogRejectedException} (nothing written) for a bad
     * one, and {@link org.credpath.web.InsufficientStorageException} (nothing written) when the store's disk is short of space.
     */
    public ImportReport run(String format, Path source, ImportProgress progress) {
        var importer = importer(format);
        space.require("the " + format + " import of " + source.getFileName(), FreeSpace.sizeOf(source));
        oneAtATime.lock();
        try {
            log.info("Importing {} from {}", format, source);
            var report = importer.importFrom(source, progress);
            log.info("Imported {} from {} in {}: {}", format, report.source(), report.took(), report.entries());
            // every importer writes through a path that advances the catalog version (the load, the ESCO writer)
            events.publishEvent(new CatalogChanged(format + " import of " + report.source(), true));
            return report;
        } finally {
            oneAtATime.unlock();
        }
    }
}
