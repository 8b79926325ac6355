package org.credpath.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as {@code application/problem+json}: unknown ids 404, bad parameters 400 with
 * the parameter named, uploads over the multipart limits 413 naming them, and anything unexpected a
 * 500 that reveals no internals. Modules add their
 * own advice ahead of this one for their exceptions.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ObjectProvider<MultipartProperties> multipart;

    ProblemDetailsAdvice(ObjectProvider<MultipartProperties> multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        var problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        problem.setProperty("resource", e.resource());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return badParameter(e.parameter(), e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        log.warn("{} ({})", e.getMessage(), e.getCause() == null ? "" : e.getCause().getMessage());
        return DatabaseFailures.conflict(e);
    }

    @ExceptionHandler(CommitOutcomeUnknownException.class)
    ResponseEntity<Object> commitOutcomeUnknown(CommitOutcomeUnknownException e) {
        log.error(e.getMessage(), e.getCause());
        return DatabaseFailures.commitOutcomeUnknown(e);
    }

    @ExceptionHandler(InsufficientStorageException.class)
    ResponseEntity<Object> insufficientStorage(InsufficientStorageException e) {
        log.warn(e.getMessage());
        var problem = Problems.of(HttpStatus.INSUFFICIENT_STORAGE, "insufficient-storage", "Not enough disk space", e.getMessage());
        problem.setProperty("store", e.store());
        problem.setProperty("freeBytes", e.freeBytes());
        problem.setProperty("neededBytes", e.neededBytes());
        return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).body(problem);
    }

    /** Anything else: the database's faults are 503 with Retry-After (logged in one line), the rest a bug, 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        var database = DatabaseFailures.of(e);
        if (database.isPresent()) {
            log.warn("Database {}: {}", database.get(), e.getMessage());
            return DatabaseFailures.problem(database.get());
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The request could not be completed; the error is logged on the server."));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        var expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName().toLowerCase();
        var body = badParameter(ex.getPropertyName(), "'" + ex.getValue() + "' is not a valid " + expected);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badParameter(ex.getParameterName(), "is required"));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var first = ex.getParameterValidationResults().get(0);
        var name = first.getMethodParameter().getParameterName();
        var message = first.getResolvableErrors().get(0).getDefaultMessage();
        return ResponseEntity.badRequest().body(badParameter(name, message));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badParameter(ex.getRequestPartName(), "is required (a multipart part of that name)"));
    }

    /** A body that is not JSON, or JSON whose field has the wrong type: 400 naming the field where Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(UnreadableBody.problem(ex));
    }

    /** A multipart body that cannot be parsed (no boundary, cut short): the caller's upload, not a server fault. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e, WebRequest request) throws Exception {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return handleMaxUploadSizeExceededException(tooLarge, new HttpHeaders(), HttpStatus.CONTENT_TOO_LARGE, request);
        }
        return ResponseEntity.badRequest().body(badParameter("files",
                "the body is not a readable multipart/form-data upload (Content-Type needs a boundary, and the body its parts)"));
    }

    /** An upload over the multipart limits: 413, naming the limits and the route that has none. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        var limits = multipart.getIfAvailable(MultipartProperties::new);
        var problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "Upload too large",
                "The upload is larger than the multipart limits allow: %s per file (spring.servlet.multipart.max-file-size), %s per "
                        .formatted(size(limits.getMaxFileSize()), size(limits.getMaxRequestSize()))
                        + "request (spring.servlet.multipart.max-request-size). Send a large source as the raw request body to "
                        + "POST /api/admin/imports/{format}/raw, which streams it to disk with no such limit.");
        problem.setProperty("maxFileSize", size(limits.getMaxFileSize()));
        problem.setProperty("maxRequestSize", size(limits.getMaxRequestSize()));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    /** 512MB rather than 536870912B; -1 (Spring's "unbounded") as "no limit". */
    private static String size(DataSize size) {
        if (size == null || size.isNegative()) {
            return "no limit";
        }
        long bytes = size.toBytes();
        for (var unit : new DataUnit[] {DataUnit.TERABYTES, DataUnit.GIGABYTES, DataUnit.MEGABYTES, DataUnit.KILOBYTES}) {
            long per = DataSize.of(1, unit).toBytes();
            if (bytes >= per && bytes % per == 0) {
                return bytes / per + unit.name().substring(0, 1) + "B";
            }
        }
        return bytes + "B";
    }

    static ProblemDetail badParameter(String parameter, String message) {
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", parameter + ": " + message);
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
