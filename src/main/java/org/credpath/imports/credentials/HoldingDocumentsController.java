package org.credpath.imports.credentials;

import java.util.List;

import org.credpath.catalog.ImportReport;
import org.credpath.imports.UploadedSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A learner adds holdings from their own credential documents (the path's learner: the learner or an admin, by the access rules). */
@RestController
@Tag(name = "Learners")
class HoldingDocumentsController {

    private final HoldingDocuments documents;

    HoldingDocumentsController(HoldingDocuments documents) {
        this.documents = documents;
    }

    @PostMapping(path = "/api/learners/{id}/holdings/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add holdings from Open Badges 3.0 (or CLR 2.0) and ELM credential files the learner uploads",
            description = "Each credential the files were issued for is added to this learner's record (whoever the file names as its "
                    + "subject), unverified: signatures and proofs are not checked. Every credential must be in the catalog already; "
                    + "files that are not credentials, achievements without a holder and credentials the catalog lacks are refused "
                    + "with 422 naming each, and nothing is written. Answers the report.")
    ImportReport upload(@PathVariable String id, @Parameter(description = "JSON files (or a zip of them)") @RequestPart("files") List<MultipartFile> files) {
        try (var upload = UploadedSource.of(files)) {
            return documents.add(id, upload.path(), upload.label());
        }
    }
}
