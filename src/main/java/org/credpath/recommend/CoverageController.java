package org.credpath.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.credpath.recommend.engine.Coverage;
import org.credpath.recommend.engine.CoverageAnalysis;
import org.credpath.web.BadRequestException;
import org.credpath.web.Params;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Employer coverage", description = "Which credentials teach what a job profile needs")
class CoverageController {

    private final RecommendService recommendations;

    CoverageController(RecommendService recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/api/coverage")
    @Operation(summary = "Per skill of an occupation or skill list the credentials that teach it, the coverage, and the smallest covering bundle",
            description = "occupation (ESCO URI) or skills (+ optionalSkills). scope: all (default; the bundle covers every taught skill) or "
                    + "essential (optional skills then a secondary aim). Bundle: fewest credentials, then lowest price (exact, CP-SAT).")
    Coverage coverage(@RequestParam(required = false) String occupation, @RequestParam(required = false) List<String> skills,
                      @RequestParam(required = false) List<String> optionalSkills, @RequestParam(required = false) String scope,
                      @RequestParam(required = false) Integer teachersPerSkill, @RequestParam(required = false) Double maxPrice,
                      @RequestParam(required = false) Set<String> language, @RequestParam(required = false) Set<String> participation,
                      @RequestParam(required = false) Set<String> provider, @RequestParam(required = false) Set<String> country,
                      @RequestParam(required = false) Integer minEqfLevel, @RequestParam(required = false) Integer maxEqfLevel,
                      @RequestParam(required = false) Boolean openAccessOnly, @RequestParam(required = false) Double maxWeeklyHours,
                      @RequestParam(required = false) Double timeLimitSeconds) {
        return cover(new CoverageBody(occupation, skills, optionalSkills, scope, teachersPerSkill, maxPrice, language, participation, provider,
                country, minEqfLevel, maxEqfLevel, openAccessOnly, maxWeeklyHours, timeLimitSeconds));
    }

    /** A job profile (occupation or skill lists) with the same options as the GET. */
    record CoverageBody(String occupation, List<String> skills, List<String> optionalSkills, String scope, Integer teachersPerSkill,
                        Double maxPrice, Set<String> languages, Set<String> participation, Set<String> providers, Set<String> countries,
                        Integer minEqfLevel, Integer maxEqfLevel, Boolean openAccessOnly, Double maxWeeklyHours, Double timeLimitSeconds) {
    }

    @PostMapping("/api/coverage")
    @Operation(summary = "The same for a job profile in the body (a long custom skill list)")
    Coverage cover(@RequestBody CoverageBody body) {
        var goal = RequestParts.goal(body.occupation(), null, body.skills(), body.optionalSkills());
        if (goal == null) {
            throw new BadRequestException("occupation", "give an occupation or a skill list");
        }
        var scope = Params.oneOf("scope", body.scope(), Set.of("all", "essential"));
        return recommendations.coverage(goal, RequestParts.filters(body.maxPrice(), body.languages(), body.participation(), body.providers(),
                        body.countries(), body.minEqfLevel(), body.maxEqfLevel(), body.openAccessOnly(), body.maxWeeklyHours()),
                RequestParts.teachersPerSkill(body.teachersPerSkill()),
                scope == null ? CoverageAnalysis.Scope.ALL : CoverageAnalysis.Scope.valueOf(scope.toUpperCase(Locale.ROOT)),
                RequestParts.timeLimit(body.timeLimitSeconds()));
    }
}
