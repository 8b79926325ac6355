package org.credpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.credpath.web.InsufficientStorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

/** Issue 24 defect 5: large writes refused before they start when the store's disk is short of space. */
class FreeSpaceTests {

    @TempDir
    Path store;

    @Test
    void refusesAWriteThatWouldLeaveLessThanTheMinimumNamingStoreAndSpace() throws Exception {
        long free = Files.getFileStore(store).getUsableSpace();
        var space = freeSpace(store, DataSize.ofBytes(free + 1_000_000_000L));

        assertThatThrownBy(() -> space.require("the catalog load of big.yaml", 1_000))
                .isInstanceOfSatisfying(InsufficientStorageException.class, e -> {
                    assertThat(e.store()).isEqualTo(store.toString());
                    assertThat(e.neededBytes()).isEqualTo(free + 1_000_000_000L + 3_000);
                    assertThat(e.freeBytes()).isLessThan(e.neededBytes());
                    assertThat(e.getMessage()).contains("the catalog load of big.yaml", store.toString(), "credpath.storage.min-free-space");
                });
    }

    @Test
    void letsAWriteThroughWhenThereIsRoom() {
        assertThatNoException().isThrownBy(() -> freeSpace(store, DataSize.ofMegabytes(1)).require("a load", 1_000));
    }

    @Test
    void theSourceCountsThreeTimes() throws Exception {
        long free = Files.getFileStore(store).getUsableSpace();
        var space = freeSpace(store, DataSize.ofBytes(free / 2));

        assertThatNoException().isThrownBy(() -> space.require("a small import", 1_000));
        assertThatThrownBy(() -> space.require("a large import", free / 4)).isInstanceOf(InsufficientStorageException.class);
    }

    @Test
    void aStoreNotYetCreatedIsMeasuredOnItsParentsDisk() {
        assertThatThrownBy(() -> freeSpace(store.resolve("not/yet"), DataSize.ofTerabytes(1_000_000)).require("a load", 0))
                .isInstanceOf(InsufficientStorageException.class);
    }

    @Test
    void withoutAStoreHereThereIsNothingToCheck() {
        var space = new FreeSpace(new StorageProperties(null, DataSize.ofTerabytes(1_000_000)),
                new EmbeddedNeo4jProperties(store, "localhost", 0, true, null), new StaticListableBeanFactory().getBeanProvider(
                        org.neo4j.dbms.api.DatabaseManagementService.class));
        assertThatNoException().isThrownBy(() -> space.require("a load", 1_000_000));
    }

    private static FreeSpace freeSpace(Path directory, DataSize minimum) {
        return new FreeSpace(new StorageProperties(directory, minimum), new EmbeddedNeo4jProperties(directory, "localhost", 0, true, null),
                new StaticListableBeanFactory().getBeanProvider(org.neo4j.dbms.api.DatabaseManagementService.class));
    }
}
