package org.credpath.imports.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.imports.CsvFile;
import org.credpath.imports.ImportProblems;
import org.credpath.imports.ImportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transfer table's rows checked against what the catalog holds: each mistake named by file, line and field. */
class TransferTableTests {

    static final String HEADER = "from_provider,from_code,from_title,credits,to_provider,to_credential,to_subject,eqf_level\n";
    static final TransferTable.Known KNOWN = new TransferTable.Known(Set.of("ext", "home"), Map.of("home-cs1", "home", "ext-other", "ext"),
            Map.of(TransferTable.Known.key("ext", "MATH1"), "ext-math-1", TransferTable.Known.key("ext", "ART1"), "transfer-ext-art-1"),
            Set.of("transfer-ext-art-1"));

    @TempDir
    Path folder;

    private List<TransferRow> check(String body, ImportProblems problems) throws IOException {
        var file = folder.resolve("t.csv");
        Files.writeString(file, HEADER + body);
        var rows = new ArrayList<CsvFile.Row>();
        CsvFile.read(file, TransferTable.REQUIRED, problems, ImportProgress.NONE, rows::add);
        return new TransferTable(KNOWN, problems).check(rows);
    }

    private static List<String> paths(ImportProblems problems) {
        try {
            problems.throwIfAny("t.csv");
            return List.of();
        } catch (org.credpath.catalog.model.CatalogRejectedException e) {
            return e.problems().stream().map(CatalogProblem::path).toList();
        }
    }

    @Test
    void rowsBecomeTransfersWithTheirSource() throws IOException {
        var problems = new ImportProblems();
        var rows = check("""
                ext,CS 101,Intro to Programming,5,home,home-cs1,,6
                ext,Math 1,Calculus,6,home,home-cs1,,
                ext,HIST 9,World History,3,home,,hist,
                ext,ART 1,Drawing,3,home,,ART,
                """, problems);
        assertThat(paths(problems)).isEmpty();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(new TransferRow("transfer-ext-cs-101", true, "ext", "CS 101", "Intro to Programming", 5, 6, "home",
                "home-cs1", null, "t.csv line 2"));
        assertThat(rows.get(1).course()).isEqualTo("ext-math-1"); // the catalog's own course, found by provider and code
        assertThat(rows.get(1).newCourse()).isFalse();
        assertThat(rows.get(2).toSubject()).isEqualTo("HIST");
        assertThat(rows.get(3).course()).isEqualTo("transfer-ext-art-1"); // brought in by a table before: it may take a subject
        assertThat(rows.get(3).newCourse()).isTrue();
    }

    @Test
    void everyMistakeIsNamedByLineAndField() throws IOException {
        var problems = new ImportProblems();
        var rows = check("""
                nowhere,CS 1,A,5,home,home-cs1,,
                ext,CS 2,B,5,home,home-cs1,CS,
                ext,CS 3,C,5,home,no-such,,
                ext,CS 4,D,5,home,ext-other,,
                ext,CS 5,E,lots,home,home-cs1,,9
                ext,CS 6,F,5,ext,ext-other,,
                ext,CS 7,G,5,home,home-cs1,,
                ext,CS 7,G again,5,home,home-cs1,,
                ext,MATH 1,Calculus,4,home,,MATH,
                ext,,H,5,home,home-cs1,,
                """, problems);
        assertThat(rows).extracting(TransferRow::fromCode).containsExactly("CS 7");
        assertThat(paths(problems)).containsExactly(
                "t.csv: line 2, field from_provider",
                "t.csv: line 3, field to_credential",
                "t.csv: line 4, field to_credential",
                "t.csv: line 5, field to_credential",
                "t.csv: line 6, field credits",
                "t.csv: line 6, field eqf_level",
                "t.csv: line 7, field to_provider",
                "t.csv: line 9, field from_code",
                "t.csv: line 10, field to_subject",
                "t.csv: line 11, field from_code");
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        var problems = new ImportProblems();
        var file = folder.resolve("t.csv");
        Files.writeString(file, "from_provider,from_code,credits,to_provider,to_credential\next,A,5,home,home-cs1\n");
        CsvFile.read(file, TransferTable.REQUIRED, problems, ImportProgress.NONE, row -> { });
        assertThat(paths(problems)).containsExactly("t.csv: line 1, field from_title");
    }
}
