package org.credpath.recommend;

import java.util.ArrayList;
import java.util.List;

import org.credpath.recommend.engine.Goal;
import org.credpath.skills.SkillExtraction;
import org.credpath.skills.match.SkillMatch;
import org.credpath.web.BadRequestException;
import org.credpath.web.Params;

/** Turns request parameters into goals and list sizes, failing with a 400 that names the parameter (filters and options: {@code org.credpath.request}). */
final class RequestParts {

    private RequestParts() {
    }

    /** At most one of occupation, credential, skills; null when none (the learner's declared goal applies). */
    static Goal goal(String occupation, String credential, List<String> skills, List<String> optionalSkills) {
        var essential = split(skills);
        var optional = split(optionalSkills);
        int given = (Params.text(occupation) != null ? 1 : 0) + (Params.text(credential) != null ? 1 : 0)
                + (essential.isEmpty() && optional.isEmpty() ? 0 : 1);
        if (given > 1) {
            throw new BadRequestException("goal", "give one of occupation, credential or skills, not several");
        }
        if (Params.text(occupation) != null) {
            return Goal.occupation(occupation.strip());
        }
        if (Params.text(credential) != null) {
            return Goal.credential(credential.strip());
        }
        if (skills != null || optionalSkills != null) {
            return Goal.skills(essential, optional);
        }
        return null;
    }

    /**
     * As {@link #goal(String, String, List, List)}, or, given {@code text} (a job ad), the skills the matcher finds in it
     * as the essential ones: empty text 400, over the size limit 413, not English or naming no skill 400 ({@code text}).
     */
    static Goal goal(String occupation, String credential, List<String> skills, List<String> optionalSkills, String text,
                     SkillExtraction extraction) {
        var other = goal(occupation, credential, skills, optionalSkills);
        if (text == null) {
            return other;
        }
        if (other != null) {
            throw new BadRequestException("goal", "give one of occupation, credential, skills or text, not several");
        }
        return Goal.skills(extraction.goalSkills("text", text).stream().map(SkillMatch::uri).distinct().toList(), List.of());
    }

    /** Comma-separated or repeated values. */
    static List<String> split(List<String> values) {
        var result = new ArrayList<String>();
        if (values != null) {
            values.forEach(v -> {
                for (var part : v.split(",")) {
                    if (!part.isBlank()) {
                        result.add(part.strip());
                    }
                }
            });
        }
        return result;
    }

    static int k(Integer k) {
        return Params.range("k", k, 1, 50) == null ? 5 : k;
    }

    static int teachersPerSkill(Integer n) {
        return Params.range("teachersPerSkill", n, 0, 100) == null ? 5 : n;
    }
}
