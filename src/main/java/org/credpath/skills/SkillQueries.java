package org.credpath.skills;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.credpath.database.GraphReader;
import org.credpath.skills.SkillViews.OccupationDetail;
import org.credpath.skills.SkillViews.OccupationSummary;
import org.credpath.skills.SkillViews.SkillDetail;
import org.credpath.skills.SkillViews.SkillSummary;
import org.credpath.web.PageRequest;
import org.credpath.web.PageResult;
import org.springframework.stereotype.Component;

@Component
class SkillQueries {

    private final GraphReader graph;

    SkillQueries(GraphReader graph) {
        this.graph = graph;
    }

    PageResult<SkillSummary> searchSkills(String words, PageRequest page) {
        return FullTextRefusal.asBadParameter("q", () -> graph.page("skills/search-skills", query(words), page, SkillSummary.class));
    }

    PageResult<OccupationSummary> searchOccupations(String words, PageRequest page) {
        return FullTextRefusal.asBadParameter("q",
                () -> graph.page("skills/search-occupations", query(words), page, OccupationSummary.class));
    }

    Optional<SkillDetail> skill(String uri) {
        return graph.one("skills/skill-detail", Map.of("uri", uri))
                .map(row -> graph.convert(merge(row, "skill", "broader", "narrower", "taughtBy", "requiredBy"), SkillDetail.class));
    }

    Optional<OccupationDetail> occupation(String uri) {
        return graph.one("skills/occupation-detail", Map.of("uri", uri))
                .map(row -> graph.convert(merge(row, "occupation", "essentialSkills", "optionalSkills"), OccupationDetail.class));
    }

    private static Map<String, Object> query(String words) {
        var params = new HashMap<String, Object>();
        params.put("query", LuceneQuery.of(words));
        return params;
    }

    /** The row's main node map with the other columns added as its fields. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> row, String main, String... columns) {
        var merged = new HashMap<>((Map<String, Object>) row.get(main));
        for (var column : columns) {
            merged.put(column, row.get(column));
        }
        return merged;
    }
}
