package org.credpath.imports.coursera;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.support.EscoSkillLabels;
import org.credpath.imports.skills.LabelResolver;
import org.credpath.catalog.model.Catalog;
import org.credpath.imports.CsvFile;
import org.credpath.imports.ImportProblems;
import org.credpath.imports.ImportProgress;
import org.credpath.skills.SkillLinks;

/** The Coursera catalog as the importer maps it, with its tags resolved against the skills of an ESCO download: no database. */
public final class CourseraCatalog {

    private CourseraCatalog() {
    }

    public static Catalog read(Path csv, Path esco) {
        return map(csv, new LabelResolver(EscoSkillLabels.read(esco))).catalog();
    }

    static CourseraMapper.Mapping map(Path csv, LabelResolver resolver) {
        return map(csv, resolver, null);
    }

    /** A catalog with its tags linked, and the import report's lines on the tags. */
    public record Linked(Catalog catalog, List<String> report) {
    }

    /** The catalog with the tags linked as the importer links them with the skill matcher ({@code links}; null: labels only). */
    public static Linked read(Path csv, LabelResolver resolver, SkillLinks links) {
        var mapping = map(csv, resolver, links);
        return new Linked(mapping.catalog(), mapping.tags().lines(resolver));
    }

    static CourseraMapper.Mapping map(Path csv, LabelResolver resolver, SkillLinks links) {
        var problems = new ImportProblems();
        var rows = new ArrayList<CsvFile.Row>();
        CsvFile.read(csv, CourseraMapper.REQUIRED, problems, ImportProgress.NONE, rows::add);
        var mapping = new CourseraMapper().map(rows, resolver, links, problems);
        problems.throwIfAny(csv.toString());
        return mapping;
    }
}
