package org.credpath.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.imports.skills.LabelResolver;
import org.credpath.imports.CsvFile;
import org.credpath.imports.ImportProblems;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.skills.LabelResolver.Concept;

/** The skills of an ESCO download with their labels, read from its skills CSV (what the database holds after an ESCO import). */
public final class EscoSkillLabels {

    private EscoSkillLabels() {
    }

    public static List<Concept> read(Path esco) {
        var concepts = new ArrayList<Concept>();
        var problems = new ImportProblems();
        CsvFile.read(esco.resolve("skills_en.csv"), List.of("conceptUri", "preferredLabel", "altLabels", "skillType"), problems, ImportProgress.NONE,
                row -> concepts.add(new Concept(row.get("conceptUri"), row.get("preferredLabel"),
                        row.get("altLabels").lines().map(String::strip).filter(s -> !s.isEmpty()).toList(), row.get("skillType"))));
        problems.throwIfAny(esco.toString());
        return concepts;
    }
}
