package org.credpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MigrationTests {

    @Test
    void parsesVersionDescriptionAndStatements() {
        var migration = Migration.parse("V0003__Add_things.cypher", """
                // a comment line
                CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
                CREATE INDEX b IF NOT EXISTS
                  FOR (n:B) ON (n.y);
                """);

        assertThat(migration.version()).isEqualTo(3);
        assertThat(migration.description()).isEqualTo("Add things");
        assertThat(migration.statements()).containsExactly(
                "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)", "CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)");
    }

    @Test
    void checksumChangesWithContentButNotWithLineEndings() {
        var unix = Migration.parse("V1__A.cypher", "RETURN 1;\n");
        var windows = Migration.parse("V1__A.cypher", "RETURN 1;\r\n");
        var edited = Migration.parse("V1__A.cypher", "RETURN 2;\n");

        assertThat(unix.checksum()).isEqualTo(windows.checksum()).isNotEqualTo(edited.checksum());
    }

    @Test
    void rejectsAFileNamedOutsideTheConvention() {
        assertThatThrownBy(() -> Migration.parse("create.cypher", "RETURN 1;"))
                .hasMessageContaining("does not match V<version>__<Description>.cypher");
    }
}
