package org.credpath.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTests {

    @TempDir
    Path folder;

    private final ImportProblems problems = new ImportProblems();
    private final List<CsvFile.Row> rows = new ArrayList<>();

    private void read(String content, String... required) throws IOException {
        var file = folder.resolve("data.csv");
        Files.writeString(file, content);
        CsvFile.read(file, List.of(required), problems, ImportProgress.NONE, rows::add);
    }

    private List<CatalogProblem> problems() {
        try {
            problems.throwIfAny("data.csv");
            return List.of();
        } catch (CatalogRejectedException e) {
            return e.problems();
        }
    }

    @Test
    void readsColumnsByNameBehindAByteOrderMark() throws IOException {
        read("\uFEFFuri,label\nurn:a,A\n", "uri");

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.get("uri")).isEqualTo("urn:a"));
        assertThat(problems()).isEmpty();
    }

    @Test
    void keepsNewlinesInsideQuotedFieldsAndCountsLinesFromWhereEachRowStarts() throws IOException {
        read("uri,labels\nurn:a,\"one\ntwo\nthree\"\nurn:b,\"x\r\ny\"\r\nurn:c,z\n", "uri");

        assertThat(rows).extracting(CsvFile.Row::line).containsExactly(2L, 5L, 7L);
        assertThat(rows.get(0).get("labels")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void readsMissingTrailingCellsAsEmpty() throws IOException {
        read("uri,label,code\nurn:a,A\n", "uri");

        assertThat(rows.get(0).get("code")).isEmpty();
        assertThat(problems()).isEmpty();
    }

    @Test
    void reportsAMissingRequiredColumnOnTheHeaderLine() throws IOException {
        read("uri,label\nurn:a,A\n", "uri", "code");

        assertThat(problems()).extracting(CatalogProblem::path).containsExactly("data.csv: line 1, field code");
        assertThat(rows).isEmpty();
    }

    @Test
    void reportsARowWithMoreFieldsThanTheHeader() throws IOException {
        read("uri,label\nurn:a,A\nurn:b,B,extra\n", "uri");

        assertThat(problems()).extracting(CatalogProblem::path).containsExactly("data.csv: line 3");
        assertThat(rows).hasSize(1);
    }

    @Test
    void reportsAQuoteLeftOpenAtTheRowWhereItStarts() throws IOException {
        read("uri,label\nurn:a,A\nurn:b,\"B\nurn:c,C\n", "uri");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("data.csv: line 3");
            assertThat(p.message()).contains("not valid CSV");
        });
    }
}
