package org.credpath.learner;

import java.util.List;

import org.credpath.skills.SkillExtraction;
import org.credpath.web.NotFoundException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Prior learning in the learner's own words: suggested skills to confirm, and the confirmed ones stored as self-declared. */
@RestController
@RequestMapping("/api/learners/{id}/prior-learning")
@Tag(name = "Learners")
class PriorLearningController {

    record SuggestRequest(@Schema(description = "what the learner learned before, in English, at most "
            + SkillExtraction.MAX_CHARACTERS + " characters") String text) {
    }

    record ConfirmRequest(@Schema(description = "the ESCO skill URIs the learner confirms") List<String> skills,
                          @Schema(description = "the text they came from (kept as the evidence)") String text) {
    }

    private final PriorLearning priorLearning;
    private final LearnerQueries queries;

    PriorLearningController(PriorLearning priorLearning, LearnerQueries queries) {
        this.priorLearning = priorLearning;
        this.queries = queries;
    }

    @PostMapping("/suggestions")
    @Operation(summary = "ESCO skills suggested from the learner's account of prior learning, to confirm (nothing is stored)",
            description = "The learner, an adviser they granted, or an admin. Empty text 400, over the limit 413, no skill an empty "
                    + "list, non-English text english: false with a note.")
    SkillExtraction.Extraction suggest(@PathVariable String id, @RequestBody SuggestRequest body) {
        queries.record(id).orElseThrow(() -> new NotFoundException("learner", id));
        return priorLearning.suggest(body == null ? null : body.text());
    }

    @PostMapping
    @Operation(summary = "Confirm skills of prior learning: stored as HAS_SKILL {source: self-declared}; answers the learner's prior-learning skills",
            description = "The learner, an adviser they granted, or an admin. A skill already held from another source keeps it.")
    List<LearnerRecord.PriorSkill> confirm(@PathVariable String id, @RequestBody ConfirmRequest body) {
        if (!priorLearning.confirm(id, body == null ? null : body.skills(), body == null ? null : body.text())) {
            throw new NotFoundException("learner", id);
        }
        return queries.record(id).orElseThrow(() -> new NotFoundException("learner", id)).skills();
    }
}
