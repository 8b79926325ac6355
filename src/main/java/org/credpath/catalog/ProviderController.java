package org.credpath.catalog;

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
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/providers")
@Tag(name = "Catalog")
class ProviderController {

    private final ProviderQueries queries;

    ProviderController(ProviderQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Search providers by name or id, optionally in one country (ISO 3166-1 alpha-2)")
    PageResult<ProviderQueries.ProviderSummary> search(@RequestParam(required = false) String q,
                                                       @RequestParam(required = false) String country,
                                                       @RequestParam(defaultValue = "0") int page,
                                                       @RequestParam(defaultValue = "20") int size) {
        return queries.search(Params.searchText("q", q), Params.matching("country", country, "[A-Z]{2}", "is not an ISO 3166-1 alpha-2 code such as FI"),
                PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A provider with its number of credentials per kind")
    ProviderQueries.ProviderDetail detail(@PathVariable String id) {
        return queries.detail(id).orElseThrow(() -> new NotFoundException("provider", id));
    }
}
