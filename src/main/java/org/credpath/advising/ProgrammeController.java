package org.credpath.advising;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Programmes", description = "When a learner started a programme, and so the catalog year of its rules they follow")
class ProgrammeController {

    private final LearnerProgrammes programmes;

    ProgrammeController(LearnerProgrammes programmes) {
        this.programmes = programmes;
    }

    @PutMapping("/api/learners/{id}/programmes/{program}")
    @Operation(summary = "Record when the learner started a programme: its audits and plans then follow the catalog year in effect on that day",
            description = "{start, catalogYear?}: catalogYear chooses another of the programme's catalog years (the programme itself or a "
                    + "credential whose catalogYear names it). The learner, an adviser they granted access, or an admin. Answers the year followed.")
    FollowedYear start(@PathVariable String id, @PathVariable String program, @RequestBody(required = false) LearnerProgrammes.StartRequest body) {
        return programmes.start(id, program, body);
    }
}
