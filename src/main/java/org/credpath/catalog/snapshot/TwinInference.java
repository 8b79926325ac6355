package org.credpath.catalog.snapshot;

import java.util.HashMap;
import java.util.Map;

import org.credpath.labels.SkillTwins;

/**
 * Knowledge implies the skill: a credential that teaches an ESCO knowledge concept (a link at or above the threshold)
 * is counted as teaching its skill twins ({@link SkillTwins}: {@code data mining} and {@code perform data mining}), with
 * the knowledge link's confidence times {@code factor}, as a link of source {@value #SOURCE} whose evidence says so. Only
 * where that confidence is at least the threshold, and never in place of a link the credential has to the skill itself.
 */
final class TwinInference {

    static final String SOURCE = "inferred";
    static final TwinInference OFF = new TwinInference(SkillTwins.NONE, 0, 1);

    private final SkillTwins twins;
    private final double factor;
    private final double minConfidence;

    TwinInference(SkillTwins twins, double factor, double minConfidence) {
        this.twins = twins;
        this.factor = factor;
        this.minConfidence = minConfidence;
    }

    /** The credential's links (all at or above the threshold) with the links its knowledge links imply added. */
    Map<String, SkillLink> withTwins(Map<String, SkillLink> links) {
        if (twins.pairs() == 0) {
            return links;
        }
        var inferred = new HashMap<String, SkillLink>();
        links.forEach((knowledge, link) -> {
            double confidence = Math.round(link.weight() * factor * 1000) / 1000.0; // as the links it rests on, 3 decimals
            for (var skill : twins.skillsOf(knowledge)) {
                if (!links.containsKey(skill) && confidence >= minConfidence) {
                    inferred.merge(skill, new SkillLink(SOURCE, confidence, evidence(twins.label(skill), twins.label(knowledge), link)),
                            SkillLink::stronger);
                }
            }
        });
        if (inferred.isEmpty()) {
            return links;
        }
        inferred.putAll(links);
        return inferred;
    }

    /** Says why: the skill, inferred from which knowledge, and that knowledge link's own evidence. */
    static String evidence(String skill, String knowledge, SkillLink link) {
        var said = skill + " inferred from " + knowledge + " (ESCO: knowledge of it, the skill of doing it)";
        return link.evidence() == null || link.evidence().isBlank() ? said : said + "; " + knowledge + ": " + link.evidence();
    }
}
