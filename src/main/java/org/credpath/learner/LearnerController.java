package org.credpath.learner;

import org.credpath.web.NotFoundException;
import org.credpath.web.PageRequest;
import org.credpath.web.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/learners")
@Tag(name = "Learners", description = "Learner records: holdings, prior learning, goals")
class LearnerController {

    private final LearnerQueries queries;

    LearnerController(LearnerQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List learners")
    PageResult<LearnerRecord.Summary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return queries.list(PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A learner's record: holdings with validity, prior-learning skills and goals")
    LearnerRecord record(@PathVariable String id) {
        return queries.record(id).orElseThrow(() -> new NotFoundException("learner", id));
    }
}
