package org.credpath.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.credpath.recommend.engine.Coverage;
import org.credpath.recommend.engine.CoverageAnalysis;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.request.SelectionParams;
import org.credpath.skills.SkillExtraction;
import org.credpath.web.BadRequestException;
import org.credpath.web.Params;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Employer coverage", description = "Which credentials teach what a job profile needs")
class CoverageController {

    private final RecommendService recommendations;
    private final SkillExtraction extraction;

    CoverageController(RecommendService recommendations, SkillExtraction extraction) {
        this.recommendations = recommendations;
        this.extraction = extraction;
    }

    @GetMapping("/api/coverage")
    @Operation(summary = "Per skill of an occupation or skill list the credentials that teach it, the coverage, and the smallest covering bundle",
            description = "occupation (ESCO URI) or skills (+ optionalSkills). scope: all (default; the bundle covers every taught skill) or "
                    + "essential (optional skills then a secondary aim). Bundle: fewest credentials, then lowest price (exact, CP-SAT).")
    Coverage coverage(@RequestParam(required = false) String occupation, @RequestParam(required = false) List<String> skills,
                      @RequestParam(required = false) List<String> optionalSkills, @RequestParam(required = false) String scope,
                      @RequestParam(required = false) Integer teachersPerSkill, @ParameterObject @ModelAttribute SelectionParams filters,
                      @RequestParam(required = false) Double timeLimitSeconds) {
        return cover(new CoverageBody(occupation, skills, optionalSkills, null, scope, teachersPerSkill, filters, timeLimitSeconds));
    }

    /**
     * A job profile (occupation, skill lists, or a job ad as {@code text}) with the same options as the GET; the filters
     * are top-level fields.
     */
    record CoverageBody(String occupation, List<String> skills, List<String> optionalSkills,
                        @Schema(description = "a job ad (English, at most " + SkillExtraction.MAX_CHARACTERS + " characters) instead of "
                                + "an occupation: the skills the matcher finds in it at confidence 0.5 or more are the profile")
                        String text, String scope, Integer teachersPerSkill,
                        @JsonUnwrapped SelectionParams filters, Double timeLimitSeconds) {
    }

    @PostMapping("/api/coverage")
    @Operation(summary = "The same for a job profile in the body (a long custom skill list, or a job ad as text)")
    Coverage cover(@RequestBody CoverageBody body) {
        var goal = RequestParts.goal(body.occupation(), null, body.skills(), body.optionalSkills(), body.text(), extraction);
        if (goal == null) {
            throw new BadRequestException("occupation", "give an occupation, a skill list or a job ad (text)");
        }
        var scope = Params.oneOf("scope", body.scope(), Set.of("all", "essential"));
        var filters = body.filters() == null ? SelectionParams.NONE : body.filters();
        return recommendations.coverage(goal, filters.selection(), RequestParts.teachersPerSkill(body.teachersPerSkill()),
                scope == null ? CoverageAnalysis.Scope.ALL : CoverageAnalysis.Scope.valueOf(scope.toUpperCase(Locale.ROOT)),
                SolveOptions.timeLimit(body.timeLimitSeconds()));
    }
}
