package org.credpath.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

/** How the import command words its failures. */
class ImportCommandTests {

    @Test
    void saysInOneLineThatTheStoreIsInUseAndWhatToDoInstead() {
        Throwable chain = new IllegalStateException("org.neo4j.kernel.lifecycle.LifecycleException: Component 'Locker' failed",
                new RuntimeException("Failed to start", new IOException("Lock file has been locked by another process: /x/data/databases/store_lock")));
        for (int i = 0; i < 10; i++) {
            chain = new RuntimeException("Error creating bean " + i, chain);
        }

        var message = ImportCommand.storeInUse(chain);

        assertThat(message).doesNotContain("\n").contains("in use by another process", "Stop the service", "POST /api/admin/imports/{format}");
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(ImportCommand.storeInUse(new RuntimeException("boom", new UncheckedIOException(new IOException("disk full"))))).isNull();
    }
}
