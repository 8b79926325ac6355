package org.credpath.skills;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.database.GraphReader;
import org.credpath.skills.match.SkillMatch;
import org.credpath.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Skills from a text, for the API: checks the input (empty, too long, not English), reads the occupation context, and
 * asks the matcher. Limits: {@link #MAX_CHARACTERS} characters of text, at most {@link #MAX_LIMIT} skills.
 */
@Component
public class SkillExtraction {

    public static final int MAX_CHARACTERS = 20_000;
    public static final int MAX_LIMIT = 100;
    /** Calibrated on the validation sets: at or above it, about half of the links a person would also make (docs/skill-matching.md). */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;
    private static final int PER_SENTENCE = 5;

    /** What was found: the skills, and whether the text read as English (when not, no skill is looked for). */
    public record Extraction(List<SkillMatch> skills, boolean english, String note, String occupation, double minConfidence) {
    }

    private final SkillMatching matching;
    private final GraphReader graph;

    SkillExtraction(SkillMatching matching, GraphReader graph) {
        this.matching = matching;
        this.graph = graph;
    }

    public Extraction extract(String text, String occupation, Double minConfidence, Integer limit) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("text", "is empty: send the text to find skills in");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new TextTooLong("text", text.length(), MAX_CHARACTERS);
        }
        double threshold = minConfidence == null ? DEFAULT_MIN_CONFIDENCE : minConfidence;
        if (threshold < 0 || threshold > 1) {
            throw new BadRequestException("minConfidence", "must be between 0 and 1, was " + threshold);
        }
        int max = limit == null ? 20 : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new BadRequestException("limit", "must be between 1 and " + MAX_LIMIT + ", was " + max);
        }
        var context = context(occupation);
        var matcher = matching.matcher();
        if (!matcher.readsAsEnglish(text)) {
            return new Extraction(List.of(), false, "The text does not read as English; only English is supported for now, "
                    + "so no skill was looked for.", occupation, threshold);
        }
        var skills = matcher.match(text, context(context, matcher), threshold, PER_SENTENCE, max);
        return new Extraction(skills, true, skills.isEmpty() ? "No skill found at or above the confidence threshold." : null,
                occupation, threshold);
    }

    /**
     * The skills of a job ad (or any text) to use as a goal: the URIs found at or above the default confidence, most
     * confident first. A 400 naming {@code parameter} when the text does not read as English or names no skill; the
     * text's own checks (empty 400, too long 413) as in {@link #extract}.
     */
    public List<SkillMatch> goalSkills(String parameter, String text) {
        if (text != null && text.length() > MAX_CHARACTERS) {
            throw new TextTooLong(parameter, text.length(), MAX_CHARACTERS);
        }
        if (text == null || text.isBlank()) {
            throw new BadRequestException(parameter, "is empty: send the text to find skills in");
        }
        var found = extract(text, null, null, MAX_LIMIT);
        if (!found.english()) {
            throw new BadRequestException(parameter, "does not read as English; only English is supported for now");
        }
        if (found.skills().isEmpty()) {
            throw new BadRequestException(parameter, "names no skill at or above confidence " + found.minConfidence()
                    + ": nothing to work with (POST /api/skills/extract with a lower minConfidence shows what it comes close to)");
        }
        return found.skills();
    }

    /** The occupation's skills by URI with their prior: essential 1, optional 0.5. */
    private Map<String, Float> context(String occupation) {
        if (occupation == null || occupation.isBlank()) {
            return Map.of();
        }
        var row = graph.one("skills/occupation-context", Map.of("uri", occupation))
                .orElseThrow(() -> new BadRequestException("occupation", "no occupation with the URI '" + occupation + "' is loaded"));
        var priors = new HashMap<String, Float>();
        for (var skill : graph.list(row.get("skills"), Map.class)) {
            priors.put((String) skill.get("uri"), Boolean.TRUE.equals(skill.get("essential")) ? 1f : 0.5f);
        }
        return priors;
    }

    private static Map<Integer, Float> context(Map<String, Float> byUri, org.credpath.skills.match.SkillMatcher matcher) {
        var bySkill = new HashMap<Integer, Float>();
        byUri.forEach((uri, prior) -> {
            int index = matcher.vocabulary().indexOf(uri);
            if (index >= 0) {
                bySkill.put(index, prior);
            }
        });
        return bySkill;
    }
}
