package org.credpath.catalog;

import java.nio.charset.StandardCharsets;

import org.credpath.database.FreeSpace;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin/catalog")
@Tag(name = "Admin", description = "Catalog maintenance")
class CatalogAdminController {

    private final CatalogService catalog;
    private final FreeSpace space;

    CatalogAdminController(CatalogService catalog, FreeSpace space) {
        this.catalog = catalog;
        this.space = space;
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Load a catalog file (credpath-catalog/1, YAML or JSON)",
            description = "Validated whole and applied in one transaction; a file with any problem is rejected with 422 listing every problem and writes nothing. "
                    + "Answers with the report: per kind of entry how many were created, updated and skipped (already identical).")
    ImportReport load(@RequestBody String body,
                       @RequestParam(defaultValue = "request") String name,
                       @RequestHeader(value = "Content-Type", required = false) String contentType) {
        var json = contentType != null && contentType.contains("json");
        var source = name.contains(".") ? name : name + (json ? ".json" : ".yaml");
        space.require("the catalog load of " + source, body.getBytes(StandardCharsets.UTF_8).length);
        return catalog.loadFile(source, body);
    }
}
