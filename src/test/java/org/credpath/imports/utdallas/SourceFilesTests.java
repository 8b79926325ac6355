package org.credpath.imports.utdallas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.imports.ImportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a directory or single-file source are the course catalog, degrees and imports. */
class SourceFilesTests {

    @TempDir
    Path temp;

    private void write(String name, String content) throws IOException {
        var file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void findsTheCourseCatalogAndDegreesInANestedDirectoryAndLeavesImportTargetsToImports() throws IOException {
        write("utdallas/courses.json", "[]");
        write("utdallas/degree_data/2023/Computer Science(BS).json", "{}");
        write("utdallas/degree_data/2022/Psychology(BS).json", "{}");
        write("utdallas/degree_data/2023/core.json", "{}");
        write("utdallas/README.md", "not json");

        var files = SourceFiles.read(temp, ImportProgress.NONE);

        assertThat(files.courses().name()).isEqualTo("utdallas/courses.json");
        assertThat(files.degrees()).extracting(SourceFile::name).containsExactly(
                "utdallas/degree_data/2022/Psychology(BS).json", "utdallas/degree_data/2023/Computer Science(BS).json");
        assertThat(files.find("utdallas/degree_data/2023/core.json")).isPresent();
        assertThat(files.find("utdallas/degree_data/2022/core.json")).isEmpty();
        assertThat(files.find("../outside.json")).isEmpty();
    }

    @Test
    void tellsASingleCourseCatalogFromASingleDegreeFileByContent() throws IOException {
        write("catalog.json", "  [ ]");
        write("Mathematics(BS).json", "{}");

        assertThat(SourceFiles.read(temp.resolve("catalog.json"), ImportProgress.NONE).courses().name()).isEqualTo("catalog.json");
        assertThat(SourceFiles.read(temp.resolve("Mathematics(BS).json"), ImportProgress.NONE).degrees())
                .extracting(SourceFile::name).containsExactly("Mathematics(BS).json");
    }

    @Test
    void refusesTwoCourseCatalogsInOneSource() throws IOException {
        write("a/courses.json", "[]");
        write("b/courses.json", "[]");

        assertThatThrownBy(() -> SourceFiles.read(temp, ImportProgress.NONE)).isInstanceOf(CatalogRejectedException.class)
                .hasMessageContaining("a/courses.json: one of 2 course catalogs in the source");
    }
}
