package org.credpath.bench.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.credpath.skills.match.SkillConcept;

/** The skills of an ESCO CSV download ({@code skills_en.csv}) as the matcher knows them. */
public final class EscoSkillsCsv {

    private EscoSkillsCsv() {
    }

    public static List<SkillConcept> read(Path esco) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = Files.newBufferedReader(esco.resolve("skills_en.csv"), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            var skills = new ArrayList<SkillConcept>();
            for (var row : parser) {
                skills.add(new SkillConcept(row.get("conceptUri"), row.get("preferredLabel"), lines(row.get("altLabels")),
                        lines(row.get("hiddenLabels")), blankToNull(row.get("skillType")), blankToNull(row.get("reuseLevel")),
                        blankToNull(row.get("description"))));
            }
            return skills;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String cell) {
        return cell.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
