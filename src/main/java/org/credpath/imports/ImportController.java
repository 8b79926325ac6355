package org.credpath.imports;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

import org.credpath.catalog.ImportReport;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin/imports")
@Tag(name = "Admin", description = "Catalog maintenance")
class ImportController {

    private final Importers importers;
    private final ImportProgressBoard board;

    ImportController(Importers importers, ImportProgressBoard board) {
        this.importers = importers;
        this.board = board;
    }

    record ImportFormat(String format, String description) {
    }

    @GetMapping
    @Operation(summary = "The source formats the import endpoint takes")
    List<ImportFormat> formats() {
        return importers.all().stream().map(i -> new ImportFormat(i.format(), i.description())).toList();
    }

    @PostMapping(path = "/{format}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a source uploaded as one or more files",
            description = "Every part named 'files' is saved (zips unpacked) and read as one source: for ESCO, the CSV files of a "
                    + "download or a zip of them. The source is validated whole and applied in one transaction; a source with any "
                    + "problem is rejected with 422 listing each with file, line and field, and writes nothing. Returns what was "
                    + "created, updated and skipped. Multipart uploads are bounded by spring.servlet.multipart.max-file-size / "
                    + "max-request-size (512MB each by default; over them the answer is 413); send a larger source to "
                    + "/{format}/raw instead.")
    ImportReport upload(@Parameter(description = "Import format, e.g. esco") @PathVariable String format,
                        @RequestPart("files") List<MultipartFile> files,
                        @Parameter(description = PROGRESS) @RequestParam(required = false) String progress) {
        importers.importer(format);
        return run(format, progress, () -> UploadedSource.of(files));
    }

    @PostMapping(path = "/{format}/raw", consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE, "text/csv"})
    @Operation(summary = "Import a source sent as the raw request body: a zip, or a single file",
            description = "For large sources such as a whole ESCO download: the body is streamed to disk, and no multipart size "
                    + "limit applies (curl --data-binary @esco.zip -H 'Content-Type: application/zip'). Same checks, transaction "
                    + "and report as the multipart upload.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))}))
    ImportReport uploadBody(@Parameter(description = "Import format, e.g. esco") @PathVariable String format,
                            @Parameter(description = "File name of the body; a name ending in .zip is unpacked")
                            @RequestParam(defaultValue = "upload.zip") String name,
                            @Parameter(hidden = true) InputStream body,
                            @Parameter(description = PROGRESS) @RequestParam(required = false) String progress) {
        importers.importer(format);
        return run(format, progress, () -> UploadedSource.of(name, body));
    }

    static final String PROGRESS = "An id of the caller's choosing (8-64 letters, digits, dashes; a UUID) under which "
            + "GET /api/admin/imports/progress/{id} tells how far the import is while this request waits for the report";

    @GetMapping("/progress/{id}")
    @Operation(summary = "How far an import started with ?progress={id} is: waiting, running (step, done of total), finished or failed",
            description = "In memory on this instance, for the last 50 imports; the report itself is the upload's answer.")
    ImportProgressBoard.Status progress(@PathVariable String id) {
        return board.status(id).orElseThrow(() -> new NotFoundException("import progress", id));
    }

    private ImportReport run(String format, String progressId, Supplier<UploadedSource> save) {
        var progress = progressId == null ? new LoggingProgress(format + " import") : board.start(progressId, format);
        boolean succeeded = false;
        try (var upload = save.get()) {
            try {
                var report = importers.run(format, upload.path(), progress);
                succeeded = true;
                return report.withSource(upload.label());
            } catch (CatalogRejectedException e) {
                throw new CatalogRejectedException(upload.label(), e.problems());
            }
        } finally {
            if (progressId != null) {
                board.finish(progressId, succeeded);
            }
        }
    }
}
