package org.credpath.stacking;

import org.credpath.catalog.CatalogChanged;
import org.credpath.database.GraphReader;
import org.credpath.stacking.engine.CatalogSnapshot;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Keeps the catalog snapshot the algorithms run on: loaded on first use, dropped when the catalog changes. */
@Component
public class CatalogSnapshots {

    private final CatalogSnapshotLoader loader;
    private volatile CatalogSnapshot current;

    CatalogSnapshots(GraphReader graph) {
        this.loader = new CatalogSnapshotLoader(graph);
    }

    @Transactional(readOnly = true)
    public CatalogSnapshot current() {
        var snapshot = current;
        if (snapshot == null) {
            synchronized (this) {
                if (current == null) {
                    current = loader.load();
                }
                snapshot = current;
            }
        }
        return snapshot;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void catalogChanged(CatalogChanged event) {
        current = null;
    }
}
