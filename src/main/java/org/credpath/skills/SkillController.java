package org.credpath.skills;

import org.credpath.skills.SkillViews.OccupationDetail;
import org.credpath.skills.SkillViews.OccupationSummary;
import org.credpath.skills.SkillViews.SkillDetail;
import org.credpath.skills.SkillViews.SkillSummary;
import org.credpath.web.NotFoundException;
import org.credpath.web.PageRequest;
import org.credpath.web.PageResult;
import org.credpath.web.Params;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Skills and occupations; addressed by concept URI in a query parameter, as ESCO's own API does. */
@RestController
@Tag(name = "Skills and occupations", description = "ESCO (and local) skills and occupations")
class SkillController {

    private final SkillQueries queries;

    SkillController(SkillQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/skills")
    @Operation(summary = "Search skills by preferred or alternative label (every word must match, prefixes count)")
    PageResult<SkillSummary> skills(@RequestParam(required = false) String q,
                                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return queries.searchSkills(Params.searchText("q", q), PageRequest.of(page, size));
    }

    @GetMapping("/api/skills/by-uri")
    @Operation(summary = "A skill with its hierarchy, the credentials that teach it and the occupations that require it")
    SkillDetail skill(@Parameter(description = "Concept URI, e.g. http://data.europa.eu/esco/skill/...") @RequestParam String uri) {
        return queries.skill(uri).orElseThrow(() -> new NotFoundException("skill", uri));
    }

    @GetMapping("/api/occupations")
    @Operation(summary = "Search occupations by preferred or alternative label")
    PageResult<OccupationSummary> occupations(@RequestParam(required = false) String q,
                                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return queries.searchOccupations(Params.searchText("q", q), PageRequest.of(page, size));
    }

    @GetMapping("/api/occupations/by-uri")
    @Operation(summary = "An occupation with its essential and optional skills")
    OccupationDetail occupation(@Parameter(description = "Concept URI, e.g. http://data.europa.eu/esco/occupation/...") @RequestParam String uri) {
        return queries.occupation(uri).orElseThrow(() -> new NotFoundException("occupation", uri));
    }
}
