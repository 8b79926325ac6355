package org.credpath.imports.coursera;

import java.nio.file.Path;
import java.util.ArrayList;

import org.credpath.support.EscoSkillLabels;
import org.credpath.imports.skills.LabelResolver;
import org.credpath.catalog.model.Catalog;
import org.credpath.imports.CsvFile;
import org.credpath.imports.ImportProblems;
import org.credpath.imports.ImportProgress;

/** The Coursera catalog as the importer maps it, with its tags resolved against the skills of an ESCO download: no database. */
public final class CourseraCatalog {

    private CourseraCatalog() {
    }

    public static Catalog read(Path csv, Path esco) {
        return map(csv, new LabelResolver(EscoSkillLabels.read(esco))).catalog();
    }

    static CourseraMapper.Mapping map(Path csv, LabelResolver resolver) {
        var problems = new ImportProblems();
        var rows = new ArrayList<CsvFile.Row>();
        CsvFile.read(csv, CourseraMapper.REQUIRED, problems, ImportProgress.NONE, rows::add);
        var mapping = new CourseraMapper().map(rows, resolver, problems);
        problems.throwIfAny(csv.toString());
        return mapping;
    }
}
