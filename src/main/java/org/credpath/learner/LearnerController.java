package org.credpath.learner;

import java.util.List;

import org.credpath.security.Caller;
import org.credpath.security.LearnerAccess;
import org.credpath.web.BadRequestException;
import org.credpath.web.NotFoundException;
import org.credpath.web.PageRequest;
import org.credpath.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    private final LearnerAccess access;
    private final LearnerExport export;
    private final PersonalData personalData;
    private final Goals goals;
    private final Holdings holdings;

    LearnerController(LearnerQueries queries, LearnerAccess access, PersonalData personalData, Goals goals, LearnerExport export,
                      Holdings holdings) {
        this.holdings = holdings;
        this.export = export;
        this.queries = queries;
        this.access = access;
        this.personalData = personalData;
        this.goals = goals;
    }

    @GetMapping
    @Operation(summary = "List the learners the caller may see",
            description = "An admin sees all; a learner their own record; an adviser or employer the learners who granted them access.")
    PageResult<LearnerRecord.Summary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var caller = Caller.current().orElseThrow(() -> new AccessDeniedException("not authenticated"));
        return queries.list(access.visibility(caller), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A learner's record: holdings with validity, prior-learning skills and goals")
    LearnerRecord record(@PathVariable String id) {
        return queries.record(id).orElseThrow(() -> new NotFoundException("learner", id));
    }

    @PutMapping("/{id}/goals")
    @Operation(summary = "Replace the learner's declared goals: [{occupation: ESCO URI} or {credential: id}, ...]",
            description = "The learner themselves or an admin. Recommendations use the first declared occupation, else credential, "
                    + "when a request names no goal. Answers the goals as stored.")
    List<LearnerRecord.Goal> replaceGoals(@PathVariable String id, @RequestBody List<Goals.GoalRequest> body) {
        if (body == null || body.size() > Goals.MAX_GOALS) {
            throw new BadRequestException("goals", "send a list of at most " + Goals.MAX_GOALS + " goals");
        }
        if (!goals.replace(id, body)) {
            throw new NotFoundException("learner", id);
        }
        return queries.record(id).orElseThrow(() -> new NotFoundException("learner", id)).goals();
    }

    @PostMapping("/{id}/holdings")
    @Operation(summary = "Add one holding by hand: {credential: id, date: YYYY-MM-DD, grade?}, stored unverified; answers the record",
            description = "The learner, an adviser they granted, or an admin. 201 with the learner's record; 404 for no such learner; "
                    + "400 naming the field for a missing or malformed value, a date in the future, a credential the catalog lacks "
                    + "or one the learner holds already.")
    ResponseEntity<LearnerRecord> addHolding(@PathVariable String id, @RequestBody(required = false) Holdings.HoldingRequest body) {
        holdings.add(id, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(queries.record(id).orElseThrow(() -> new NotFoundException("learner", id)));
    }

    @GetMapping("/{id}/data")
    @Operation(summary = "Everything held about the learner (data-access request): the stored node, every relationship and what it links to",
            description = "The learner themselves or an admin on their behalf.")
    LearnerData data(@PathVariable String id) {
        return personalData.data(id).orElseThrow(() -> new NotFoundException("learner", id));
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "The learner's holdings as portable credential documents: format ob3 (Open Badges 3.0 OpenBadgeCredentials), "
            + "clr (a CLR 2.0 ClrCredential of them) or elm (one European Digital Credential, ELM 3)",
            description = "The learner themselves or an admin. The documents are unsigned (credpath is not their issuer) and carry each "
                    + "credential's ECTS, EQF level, language, outcomes with their ESCO skills, provider, date and grade; the "
                    + "credentials import (POST /api/admin/imports/credentials) reads all three back.")
    Object export(@PathVariable String id, @RequestParam(defaultValue = "ob3") String format) {
        return export.export(id, LearnerExport.format(format)).orElseThrow(() -> new NotFoundException("learner", id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Erase the learner's record: the learner, every relationship holding their data and the nodes only they used",
            description = "The learner themselves or an admin on their behalf. 204 when erased; nothing of theirs is kept or cached.")
    ResponseEntity<Void> erase(@PathVariable String id) {
        if (!personalData.erase(id)) {
            throw new NotFoundException("learner", id);
        }
        return ResponseEntity.noContent().build();
    }
}
