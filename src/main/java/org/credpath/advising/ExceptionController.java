package org.credpath.advising;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/learners/{id}/exceptions")
@Tag(name = "Exceptions", description = "An adviser's exceptions to a learner's rules: count a credential toward a rule, waive a rule, accept an equivalent")
class ExceptionController {

    private final LearnerExceptions exceptions;

    ExceptionController(LearnerExceptions exceptions) {
        this.exceptions = exceptions;
    }

    @GetMapping
    @Operation(summary = "The learner's exceptions, oldest first, with who made each, when and why",
            description = "Whoever may view the record (the learner, a granted adviser or employer, an admin).")
    List<RuleException> list(@PathVariable String id) {
        return exceptions.list(id);
    }

    @PostMapping
    @Operation(summary = "Make an exception to the learner's rules (an adviser the learner granted access, or an admin; not the learner)",
            description = "COUNT_TOWARD {target, node, credential}: the credential may count at that rule node (a credential or filter leaf, "
                    + "a k-of-n or credit node). WAIVE {target, node}: the node is met and counts no credits. EQUIVALENT {credential, "
                    + "equivalentTo, target?}: wherever equivalentTo would count, the credential may count instead. Every one needs a "
                    + "reason. Audits, plans and the stacking list apply it from the next request, and audits mark it as an exception.")
    @ApiResponse(responseCode = "201", description = "The exception as stored, with its id, author and time")
    ResponseEntity<RuleException> add(@PathVariable String id, @RequestBody(required = false) ExceptionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(exceptions.add(id, request));
    }

    @DeleteMapping("/{exception}")
    @Operation(summary = "Withdraw an exception (an adviser the learner granted access, or an admin)")
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String exception) {
        exceptions.remove(id, exception);
        return ResponseEntity.noContent().build();
    }
}
