package org.credpath.learner;

import java.util.List;
import java.util.Map;

import org.credpath.database.CypherQueries;
import org.credpath.database.GraphReader;
import org.credpath.database.TransientRetry;
import org.credpath.skills.SkillExtraction;
import org.credpath.web.BadRequestException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A learner's own account of what they learned before: the skill matcher suggests ESCO skills from their text, and
 * the skills they confirm are stored as {@code HAS_SKILL {source: "self-declared"}} (a skill held from another source
 * keeps it). Suggestions are never stored unconfirmed.
 */
@Component
class PriorLearning {

    static final int MAX_SKILLS = 100;

    private final SkillExtraction extraction;
    private final Neo4jClient client;
    private final GraphReader graph;
    private final TransientRetry retry;

    PriorLearning(SkillExtraction extraction, Neo4jClient client, GraphReader graph, TransientRetry retry) {
        this.extraction = extraction;
        this.client = client;
        this.graph = graph;
        this.retry = retry;
    }

    /** The skills the text names, to confirm (the extraction's checks and answer: empty 400, too long 413, not English said). */
    SkillExtraction.Extraction suggest(String text) {
        return extraction.extract(text, null, null, null);
    }

    /** Stores the confirmed skills; false when there is no such learner. Unknown skills are a 400 naming the first. */
    boolean confirm(String learner, List<String> skills, String evidence) {
        if (skills == null || skills.isEmpty() || skills.size() > MAX_SKILLS) {
            throw new BadRequestException("skills", "confirm 1 to " + MAX_SKILLS + " skills (ESCO URIs)");
        }
        if (evidence != null && evidence.length() > SkillExtraction.MAX_CHARACTERS) {
            throw new BadRequestException("text", "at most " + SkillExtraction.MAX_CHARACTERS + " characters, was " + evidence.length());
        }
        for (int i = 0; i < skills.size(); i++) {
            if (skills.get(i) == null || skills.get(i).isBlank()) {
                throw new BadRequestException("skills[" + i + "]", "is empty: name an ESCO skill URI");
            }
        }
        @SuppressWarnings("unchecked")
        var missing = (List<Long>) graph.one("learner/unknown-skills", Map.of("skills", skills)).orElseThrow().get("missing");
        if (!missing.isEmpty()) {
            int i = missing.get(0).intValue();
            throw new BadRequestException("skills[" + i + "]", "no skill with URI '" + skills.get(i) + "'");
        }
        var params = new java.util.HashMap<String, Object>();
        params.put("id", learner);
        params.put("skills", skills);
        params.put("evidence", evidence);
        return retry.inTransaction("Adding self-declared skills of learner " + learner, () -> client
                .query(CypherQueries.get("learner/add-prior-skills")).bindAll(params).fetch().one().isPresent());
    }
}
