package org.credpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EmbeddedNeo4jPropertiesTests {

    private static EmbeddedNeo4jProperties withPageCache(String pageCache) {
        return new EmbeddedNeo4jProperties(Path.of("data/neo4j"), "localhost", 0, true, pageCache);
    }

    @Test
    void pageCacheUnsetLeavesNeo4jsDefault() {
        assertThat(withPageCache(null).pageCacheBytes()).isNull();
        assertThat(withPageCache(" ").pageCacheBytes()).isNull();
    }

    @Test
    void pageCacheReadsNeo4jSizes() {
        assertThat(withPageCache("512m").pageCacheBytes()).isEqualTo(512L << 20);
        assertThat(withPageCache("2g").pageCacheBytes()).isEqualTo(2L << 30);
    }

    @Test
    void pageCacheThatIsNoSizeNamesTheSetting() {
        assertThatThrownBy(() -> withPageCache("lots").pageCacheBytes())
                .hasMessageContaining("credpath.embedded.page-cache").hasMessageContaining("lots");
    }
}
