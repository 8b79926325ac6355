package org.credpath.recommend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.credpath.catalog.model.Vocabulary;
import org.credpath.recommend.engine.Filters;
import org.credpath.recommend.engine.Goal;
import org.credpath.recommend.engine.RoutePlanner;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.web.BadRequestException;
import org.credpath.web.Params;

/** Turns request parameters into goals, filters and options, failing with a 400 that names the parameter. */
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

    static Filters filters(Double maxPrice, Set<String> languages, Set<String> participation, Set<String> providers, Set<String> countries,
                           Integer minEqfLevel, Integer maxEqfLevel, Boolean openAccessOnly, Double maxWeeklyHours) {
        if (participation != null) {
            participation.forEach(p -> {
                if (!Vocabulary.PARTICIPATION.contains(p)) {
                    throw new BadRequestException("participation", "'" + p + "' is not one of online, onsite, blended");
                }
            });
        }
        var upper = countries == null ? null : countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        return new Filters(maxPrice, languages, participation, providers, upper, minEqfLevel, maxEqfLevel, Boolean.TRUE.equals(openAccessOnly),
                maxWeeklyHours);
    }

    static CostMetric metric(String metric) {
        if (metric == null || metric.isBlank()) {
            return CostMetric.ECTS;
        }
        try {
            return CostMetric.valueOf(metric.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("metric", "'" + metric + "' is not one of ects, price, weeks");
        }
    }

    static RoutePlanner.Options routeOptions(String metric, Double termCredits, Double timeLimitSeconds) {
        if (termCredits != null && (termCredits.isNaN() || termCredits <= 0 || termCredits > 120)) {
            throw new BadRequestException("termCredits", "must be more than 0 and at most 120 (was " + termCredits + ")");
        }
        return new RoutePlanner.Options(metric(metric), termCredits == null ? 30 : termCredits, timeLimit(timeLimitSeconds));
    }

    static Duration timeLimit(Double seconds) {
        if (seconds != null && (seconds.isNaN() || seconds <= 0 || seconds > 60)) {
            throw new BadRequestException("timeLimitSeconds", "must be more than 0 and at most 60 (was " + seconds + ")");
        }
        return Duration.ofMillis(Math.round(1000 * (seconds == null ? 10 : seconds)));
    }

    static int k(Integer k) {
        return Params.range("k", k, 1, 50) == null ? 5 : k;
    }

    static int teachersPerSkill(Integer n) {
        return Params.range("teachersPerSkill", n, 0, 100) == null ? 5 : n;
    }
}
