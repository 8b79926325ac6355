package org.credpath.catalog;

import org.credpath.catalog.model.Vocabulary;
import org.credpath.web.NotFoundException;
import org.credpath.web.PageRequest;
import org.credpath.web.PageResult;
import org.credpath.web.Params;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/credentials")
@Tag(name = "Catalog", description = "Credentials, providers and their rules")
class CredentialController {

    private final CredentialQueries queries;

    CredentialController(CredentialQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Search credentials", description = "Paged listing with optional filters; every item carries the EU micro-credential elements.")
    PageResult<CredentialSummary> search(
            @Parameter(description = "Text in title, code or description") @RequestParam(required = false) String q,
            @Parameter(description = "Provider id") @RequestParam(required = false) String provider,
            @Parameter(description = "micro-credential, course, certificate, degree or badge") @RequestParam(required = false) String kind,
            @Parameter(description = "EQF level 1..8") @RequestParam(required = false) Integer eqfLevel,
            @Parameter(description = "ISO 639-1 language code") @RequestParam(required = false) String language,
            @Parameter(description = "online, onsite or blended") @RequestParam(required = false) String participation,
            @Parameter(description = "Highest price") @RequestParam(required = false) Double maxPrice,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var filter = new CredentialQueries.Filter(Params.searchText("q", q), Params.text(provider),
                Params.oneOf("kind", kind, Vocabulary.KINDS),
                Params.range("eqfLevel", eqfLevel, 1, 8),
                Params.matching("language", language, "[a-z]{2}", "is not an ISO 639-1 code such as en"),
                Params.oneOf("participation", participation, Vocabulary.PARTICIPATION),
                Params.atLeast("maxPrice", maxPrice, 0));
        return queries.search(filter, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A credential with outcomes, skills, provider, prerequisite and stacking rule trees and recognition")
    CredentialDetail detail(@PathVariable String id) {
        return queries.detail(id).orElseThrow(() -> new NotFoundException("credential", id));
    }
}
