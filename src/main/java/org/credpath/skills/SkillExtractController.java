package org.credpath.skills;

import org.credpath.skills.SkillExtraction.Extraction;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Skills from free text: a job ad, a course description, a learning outcome, what a learner says they can do. */
@RestController
@Tag(name = "Skills and occupations")
class SkillExtractController {

    /** The request: the text, and optionally an occupation it is about, a confidence threshold and a limit. */
    record ExtractRequest(
            @Schema(description = "English text, at most " + SkillExtraction.MAX_CHARACTERS + " characters") String text,
            @Schema(description = "ESCO occupation URI the text is about: its skills are preferred") String occupation,
            @Schema(description = "lowest confidence returned, 0 to 1 (default 0.5)") Double minConfidence,
            @Schema(description = "most skills returned, 1 to " + SkillExtraction.MAX_LIMIT + " (default 20)") Integer limit) {
    }

    private final SkillExtraction extraction;

    SkillExtractController(SkillExtraction extraction) {
        this.extraction = extraction;
    }

    @PostMapping("/api/skills/extract")
    @Operation(summary = "ESCO skills found in a text, each with a calibrated confidence, the ESCO concept and the evidence span")
    Extraction extract(@RequestBody ExtractRequest request) {
        return extraction.extract(request.text(), request.occupation(), request.minConfidence(), request.limit());
    }
}
