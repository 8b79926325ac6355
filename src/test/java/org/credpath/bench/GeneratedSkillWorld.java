package org.credpath.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.credpath.recommend.engine.HierarchyRule;
import org.credpath.recommend.engine.SkillData;
import org.credpath.recommend.engine.SkillIndex;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Filter;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.support.EscoTaxonomy;

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
        var taxonomy = EscoTaxonomy.read(esco);
        var providers = new HashMap<String, SkillData.ProviderInfo>();
        var countries = List.of("FI", "FR", "ES", "SI", "IT", "DE", "NL", "PL", "PT", "IE");
        for (int p = 0; p < 50; p++) {
            providers.put("p" + p, new SkillData.ProviderInfo("p" + p, "Provider " + p, countries.get(p % countries.size())));
        }
        var catalog = catalog(taxonomy.occupations(), credentials, seed);
        return new SkillIndex(catalog, taxonomy.skillData(providers), HierarchyRule.DEFAULT);
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
}
