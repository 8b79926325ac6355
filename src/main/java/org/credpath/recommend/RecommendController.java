package org.credpath.recommend;

import java.time.LocalDate;
import java.util.List;

import org.credpath.recommend.engine.NextSteps;
import org.credpath.recommend.engine.Recommender;
import org.credpath.recommend.engine.Route;
import org.credpath.recommend.engine.SkillGap;
import org.credpath.request.SelectionParams;
import org.credpath.request.SolveParams;
import org.credpath.security.Access;
import org.credpath.security.LearnerAccess;
import org.credpath.skills.SkillExtraction;
import org.credpath.web.BadRequestException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Recommendations", description = "Skill gap, next steps and full routes toward an occupation, a credential or a skill profile")
class RecommendController {

    private static final String GOAL = " Goal: one of occupation (ESCO URI), credential (id) or skills (URIs, comma-separated or repeated; "
            + "optionalSkills for the optional part); without one, the learner's first declared occupation, else credential.";

    private final RecommendService recommendations;
    private final LearnerAccess access;
    private final SkillExtraction extraction;

    RecommendController(RecommendService recommendations, LearnerAccess access, SkillExtraction extraction) {
        this.recommendations = recommendations;
        this.access = access;
        this.extraction = extraction;
    }

    @GetMapping("/api/learners/{id}/skill-gap")
    @Operation(summary = "Essential and optional skills of the goal the learner holds (and through what) and lacks, each with credentials that teach it",
            description = "A skill counts for its direct broader ESCO skill, never for a narrower one." + GOAL)
    SkillGap skillGap(@PathVariable String id, @RequestParam(required = false) String occupation,
                      @RequestParam(required = false) String credential, @RequestParam(required = false) List<String> skills,
                      @RequestParam(required = false) List<String> optionalSkills, @RequestParam(required = false) Integer teachersPerSkill,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      @Parameter(description = "What-if: credentials counted as if the learner held them at the date (unverified); "
                              + "nothing is stored. An unknown id is a 400 naming with[i]")
                      @RequestParam(name = "with", required = false) List<String> assumed) {
        return recommendations.skillGap(id, RequestParts.goal(occupation, credential, skills, optionalSkills), date,
                RequestParts.teachersPerSkill(teachersPerSkill), assumed == null ? List.of() : assumed);
    }

    @GetMapping("/api/learners/{id}/next-steps")
    @Operation(summary = "The top-k credentials the learner can take now toward the goal, each with its explanation",
            description = "score = (1.0 x essential gap skills covered + 0.25 x optional + 0.5 x essential gap skills reachable only through a "
                    + "credential it unlocks + 1.0 x aimed credentials it stacks into) / max(cost, 1); cost by metric (ects, price, weeks); "
                    + "a credential whose cost is unknown comes after every known one." + GOAL)
    NextSteps nextSteps(@PathVariable String id, @RequestParam(required = false) String occupation,
                        @RequestParam(required = false) String credential, @RequestParam(required = false) List<String> skills,
                        @RequestParam(required = false) List<String> optionalSkills, @RequestParam(required = false) Integer k,
                        @ParameterObject @ModelAttribute SelectionParams filters, @ParameterObject @ModelAttribute SolveParams solve,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return recommendations.nextSteps(id, RequestParts.goal(occupation, credential, skills, optionalSkills), filters.selection(),
                RequestParts.k(k), solve.options().metric(), date);
    }

    @GetMapping("/api/learners/{id}/route")
    @Operation(summary = "The minimum-cost set of credentials covering the essential skill gap, with prerequisites, in terms",
            description = "Exact weighted set cover (CP-SAT) with prerequisite closure; then optional skills, then the next cost as tie-breaks. "
                    + "A credential goal with stacking rules is routed by its optimal stacking plan. An unknown cost is never preferred: "
                    + "the solver costs it above the catalog's largest known one, and totals say how many are unknown." + GOAL)
    Route route(@PathVariable String id, @RequestParam(required = false) String occupation,
                @RequestParam(required = false) String credential, @RequestParam(required = false) List<String> skills,
                @RequestParam(required = false) List<String> optionalSkills,
                @ParameterObject @ModelAttribute SelectionParams filters, @ParameterObject @ModelAttribute SolveParams solve,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return recommendations.route(id, RequestParts.goal(occupation, credential, skills, optionalSkills), filters.selection(),
                solve.options(), date);
    }

    /** A cohort request: learners toward one goal, with the filters and options of next steps and routes (as top-level fields). */
    record BatchBody(List<String> learners, String occupation, String credential, List<String> skills, List<String> optionalSkills,
                     @Schema(description = "a job ad (English) instead of an occupation: the skills the matcher finds in it are the goal")
                     String text, Integer k, Boolean routes, LocalDate date, @JsonUnwrapped SelectionParams filters, @JsonUnwrapped SolveParams solve) {
    }

    record BatchAnswer(int learners, List<Recommender.BatchItem> items) {
    }

    @PostMapping("/api/recommendations/batch")
    @Operation(summary = "Next steps (and, with routes: true, full routes) for a list of learners toward one goal, in one call",
            description = "The goal is required. The caller must be allowed to plan for every learner (403 otherwise). Every learner id must exist (404 names the first unknown one); at most 200 learners.")
    BatchAnswer batch(@RequestBody BatchBody body) {
        if (body.learners() == null || body.learners().isEmpty()) {
            throw new BadRequestException("learners", "name at least one learner");
        }
        if (body.learners().size() > 200) {
            throw new BadRequestException("learners", "at most 200 learners in one call (was " + body.learners().size() + ")");
        }
        body.learners().forEach(learner -> access.require(learner, Access.PLAN));
        var goal = RequestParts.goal(body.occupation(), body.credential(), body.skills(), body.optionalSkills(), body.text(), extraction);
        if (goal == null) {
            throw new BadRequestException("occupation", "a batch needs one goal: occupation, credential, skills or a job ad (text)");
        }
        var filters = body.filters() == null ? SelectionParams.NONE : body.filters();
        var solve = body.solve() == null ? SolveParams.NONE : body.solve();
        var items = recommendations.batch(body.learners(), goal, filters.selection(), RequestParts.k(body.k()), solve.options(),
                Boolean.TRUE.equals(body.routes()), body.date());
        return new BatchAnswer(items.size(), items);
    }
}
