package org.credpath.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.credpath.recommend.engine.HierarchyRule;
import org.credpath.recommend.engine.SkillData;
import org.credpath.recommend.engine.SkillIndex;
import org.credpath.stacking.engine.CatalogSnapshot;
import org.credpath.stacking.engine.Filter;
import org.credpath.stacking.engine.Offering;
import org.credpath.stacking.engine.Rule;

/**
 * Full ESCO v1.1.1 (skills, skill-to-skill hierarchy, occupations with essential/optional skills) read
 * from the CSV files, plus a deterministic generated catalog of credentials: each teaches 2-7 skills of
 * one random occupation (as real courses cluster around jobs), 15 % have a k-of-n entry rule over earlier
 * credentials or a code-prefix filter, 50 providers in 10 countries. No database.
 */
final class GeneratedSkillWorld {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private GeneratedSkillWorld() {
    }

    static SkillIndex build(Path esco, int credentials, long seed) throws IOException {
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
        var providers = new HashMap<String, SkillData.ProviderInfo>();
        var countries = List.of("FI", "FR", "ES", "SI", "IT", "DE", "NL", "PL", "PT", "IE");
        for (int p = 0; p < 50; p++) {
            providers.put("p" + p, new SkillData.ProviderInfo("p" + p, "Provider " + p, countries.get(p % countries.size())));
        }
        var catalog = catalog(occupations, credentials, seed);
        return new SkillIndex(catalog, new SkillData(labels, broader, occupations, providers), HierarchyRule.DEFAULT);
    }

    private static CatalogSnapshot catalog(List<SkillData.OccupationProfile> occupations, int n, long seed) {
        var random = new Random(seed);
        var offerings = new HashMap<String, Offering>();
        var prerequisites = new HashMap<String, Rule>();
        var languages = List.of("en", "en", "en", "fr", "de", "es", "fi");
        var participation = List.of("online", "online", "blended", "onsite");
        double[] ects = {1, 2, 3, 4, 5, 6, 10};
        for (int i = 0; i < n; i++) {
            var occupation = occupations.get(random.nextInt(occupations.size()));
            var pool = new ArrayList<>(occupation.essential());
            pool.addAll(occupation.optional());
            var skills = new HashSet<String>();
            int count = 2 + random.nextInt(6);
            for (int s = 0; s < count && !pool.isEmpty(); s++) {
                skills.add(pool.get(random.nextInt(pool.size())));
            }
            var id = "gen-" + i;
            double e = ects[random.nextInt(ects.length)];
            offerings.put(id, new Offering(id, "micro-credential", "Generated course " + i, "C" + (i % 97) + "-" + i, "S" + (i % 97),
                    "p" + random.nextInt(50), e, 4 + random.nextInt(4), 10 * random.nextInt(51), 2 + random.nextInt(11),
                    languages.get(random.nextInt(languages.size())), participation.get(random.nextInt(participation.size())),
                    random.nextInt(10) == 0 ? "enrolled-only" : "open", null, skills));
            if (i > 10 && random.nextInt(100) < 15) {
                var leaves = new ArrayList<Rule>();
                int m = 1 + random.nextInt(3);
                for (int j = 0; j < m; j++) {
                    leaves.add(random.nextInt(5) == 0
                            ? new Rule.FilterLeaf(id + "/f" + j, null, new Filter("C" + random.nextInt(97) + "-", null, null, null, null, null, null))
                            : new Rule.CredentialLeaf(id + "/c" + j, "gen-" + random.nextInt(i), null));
                }
                prerequisites.put(id, new Rule.Group(id + "/pre", null, Rule.Kind.AT_LEAST_K_OF, 1, null, Rule.Limits.NONE, leaves));
            }
        }
        return new CatalogSnapshot(offerings, Map.of(), prerequisites, Map.of());
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
