package org.credpath.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.database.GraphReader;
import org.credpath.recommend.engine.HierarchyRule;
import org.credpath.recommend.engine.SkillData;
import org.credpath.recommend.engine.SkillIndex;
import org.credpath.catalog.snapshot.CatalogSnapshot;

/** Reads skills, the skill hierarchy, occupations and providers and builds the {@link SkillIndex} over a catalog snapshot. */
final class SkillIndexLoader {

    private final GraphReader graph;

    SkillIndexLoader(GraphReader graph) {
        this.graph = graph;
    }

    record OccupationRow(String uri, String label, List<String> essential, List<String> optional) {
    }

    SkillIndex load(CatalogSnapshot catalog) {
        var labels = new HashMap<String, String>();
        graph.all("recommend/snapshot-skills", Map.of()).forEach(r -> labels.put((String) r.get("uri"), (String) r.get("label")));
        var broader = new HashMap<String, List<String>>();
        graph.all("recommend/snapshot-broader", Map.of()).forEach(r -> broader
                .computeIfAbsent((String) r.get("narrower"), k -> new ArrayList<>()).add((String) r.get("broader")));
        var occupations = graph.all("recommend/snapshot-occupations", Map.of()).stream()
                .map(r -> graph.convert(r, OccupationRow.class))
                .map(o -> new SkillData.OccupationProfile(o.uri(), o.label(), o.essential(), o.optional())).toList();
        var providers = new HashMap<String, SkillData.ProviderInfo>();
        graph.all("recommend/snapshot-providers", Map.of()).forEach(r -> providers.put((String) r.get("id"),
                new SkillData.ProviderInfo((String) r.get("id"), (String) r.get("name"), (String) r.get("country"),
                        Boolean.TRUE.equals(r.get("seed")))));
        return new SkillIndex(catalog, new SkillData(labels, broader, occupations, providers), HierarchyRule.DEFAULT);
    }
}
