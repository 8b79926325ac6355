package org.credpath.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a CTDL source: which files, and malformed JSON refused with file, line and column. */
class JsonFilesTests {

    @TempDir
    Path folder;

    @Test
    void refusesTrailingContentAfterTheDocumentWithItsPosition() throws IOException {
        write("two-documents.json", "{\n  \"@id\": \"urn:a\"\n}\n\n{\"@id\": \"urn:b\"}\n");

        assertThatThrownBy(() -> JsonFiles.read(folder.resolve("two-documents.json"), "two-documents.json", "a JSON file", ImportProgress.NONE))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("two-documents.json: line 5, column 1");
                            assertThat(p.message()).isEqualTo("not valid JSON: more content after the end of the JSON document (a file "
                                    + "holds one object or one list; several documents must be wrapped in a list or split into files)");
                        }));
    }

    @Test
    void refusesAFolderListingEveryMalformedFileAndLeavesOtherFilesAlone() throws IOException {
        write("good.jsonld", "{\"@id\": \"urn:a\", \"@type\": \"ceterms:CourseComponent\"}");
        write("sub/missing-value.json", "{\n\t\"ceterms:comparator\": \"compare:EQ\",,\n}");
        write("sub/cut.json", "[{\"@id\": \"urn:a\"");
        write("notes.ttl", "this is not JSON and not read");

        assertThatThrownBy(() -> JsonFiles.read(folder, "the folder", "a JSON file", ImportProgress.NONE))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> {
                    assertThat(e.source()).isEqualTo("the folder");
                    assertThat(e.problems()).extracting(CatalogProblem::path)
                            .containsExactly("sub/cut.json: line 1, column 17", "sub/missing-value.json: line 2, column 37");
                });
    }

    @Test
    void readsJsonAndJsonLdFilesBelowAFolderInNameOrder() throws IOException {
        write("b.jsonld", "{\"@id\": \"urn:b\"}");
        write("a/a.json", "[]");
        write("readme.md", "# not read");

        var files = JsonFiles.read(folder, "the folder", "a JSON file", ImportProgress.NONE);

        assertThat(files.files()).extracting(JsonFiles.JsonFile::name).containsExactly("a/a.json", "b.jsonld");
        assertThat(files.otherFiles()).isEqualTo(1);
    }

    @Test
    void refusesAnEmptyFileAndABareValue() throws IOException {
        write("empty.json", "  ");
        write("number.json", "42");

        assertThatThrownBy(() -> JsonFiles.read(folder, "the folder", "a JSON file", ImportProgress.NONE))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        new CatalogProblem("empty.json", "the file is empty"),
                        new CatalogProblem("number.json", "holds a bare number, not a JSON-LD object or list")));
    }

    private void write(String name, String content) throws IOException {
        var file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
