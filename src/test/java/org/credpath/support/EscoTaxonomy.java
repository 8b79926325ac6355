package org.credpath.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.credpath.recommend.engine.SkillData;

/**
 * What the recommendation engine needs of an ESCO download, read from its CSV files (no database): skill
 * labels, the skill-to-skill broader hierarchy, and occupations with their essential and optional skills.
 */
public record EscoTaxonomy(Map<String, String> labels, Map<String, List<String>> broader, List<SkillData.OccupationProfile> occupations) {

    public static EscoTaxonomy read(Path esco) throws IOException {
        var labels = new HashMap<String, String>();
        for (var r : csv(esco.resolve("skills_en.csv"))) {
            labels.put(r.get("conceptUri"), r.get("preferredLabel"));
        }
        var broader = new HashMap<String, List<String>>();
        for (var r : csv(esco.resolve("broaderRelationsSkillPillar.csv"))) {
            if (labels.containsKey(r.get("conceptUri")) && labels.containsKey(r.get("broaderUri"))) {
                broader.computeIfAbsent(r.get("conceptUri"), k -> new ArrayList<>()).add(r.get("broaderUri"));
            }
        }
        var occupationLabels = new HashMap<String, String>();
        for (var r : csv(esco.resolve("occupations_en.csv"))) {
            occupationLabels.put(r.get("conceptUri"), r.get("preferredLabel"));
        }
        var essential = new LinkedHashMap<String, List<String>>();
        var optional = new HashMap<String, List<String>>();
        for (var r : csv(esco.resolve("occupationSkillRelations.csv"))) {
            if (!labels.containsKey(r.get("skillUri"))) {
                continue;
            }
            essential.computeIfAbsent(r.get("occupationUri"), k -> new ArrayList<>());
            ("essential".equals(r.get("relationType")) ? essential : optional)
                    .computeIfAbsent(r.get("occupationUri"), k -> new ArrayList<>()).add(r.get("skillUri"));
        }
        var occupations = new ArrayList<SkillData.OccupationProfile>();
        essential.forEach((uri, list) -> occupations.add(new SkillData.OccupationProfile(uri, occupationLabels.getOrDefault(uri, uri), list,
                optional.getOrDefault(uri, List.of()))));
        return new EscoTaxonomy(labels, broader, occupations);
    }

    /** The engine's skill data over these skills and occupations, with the catalog's providers. */
    public SkillData skillData(Map<String, SkillData.ProviderInfo> providers) {
        return new SkillData(labels, broader, occupations, providers);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
