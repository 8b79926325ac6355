package org.credpath.web.docs;

import java.util.LinkedHashMap;
import java.util.List;

import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The error answers of every operation, by rule rather than per controller, all as problem details: 400 for an
 * operation with parameters or a body, 401 and 403 unless the operation is public, 404 where a path or query names
 * something, 409 for writes (a conflicting write still unsettled after retries), 413 and 415 where a body is taken,
 * 422 where the request may be well-formed yet not satisfiable (table below), 507 for catalog loads and imports (the
 * store's disk short of space), 503 for every operation (the database unavailable, a solver's time limit, a commit whose
 * outcome is unknown) with {@code Retry-After}.
 */
final class ProblemResponses {

    static final String PROBLEM = "#/components/schemas/Problem";

    /** Paths whose answers include 422: sources (or a learner's credential files) rejected, goals that name no skill, targets that cannot be met. */
    private static final Pattern UNPROCESSABLE = Pattern.compile(
            "/api/admin/(imports|catalog).*|/api/learners/\\{id}/(next-steps|route|skill-gap|plan/.*|audit/.*|stacking|holdings/documents)"
                    + "|/api/(recommendations/batch|plans|coverage|audit/what-if)");
    /** Paths whose query or body names a learner, occupation, skill or credential that may not exist. */
    private static final Pattern NAMES_THINGS = Pattern.compile("/api/(plans|audit/what-if|recommendations/batch|coverage)");
    /** Paths anyone may call without a token (as SecurityConfiguration has it). */
    private static final Pattern PUBLIC_GET = Pattern.compile("/api/(credentials|providers|skills|occupations)(/.*)?");

    private ProblemResponses() {
    }

    static void add(String path, PathItem.HttpMethod method, Operation operation) {
        var takesInput = operation.getRequestBody() != null || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        var open = (method == PathItem.HttpMethod.GET && PUBLIC_GET.matcher(path).matches())
                || (method == PathItem.HttpMethod.POST && path.equals("/api/dev/token"));
        var statuses = new LinkedHashMap<String, String>();
        if (takesInput) {
            statuses.put("400", "A parameter or field is missing, malformed or out of range (named in 'parameter' or 'field')");
        }
        if (!open) {
            statuses.put("401", "No bearer token, or one that is malformed, expired or not from the configured issuer");
            statuses.put("403", "The caller's role or the learner's consent does not allow this");
        }
        if (path.contains("{") || path.endsWith("/by-uri") || path.startsWith("/api/learners") || NAMES_THINGS.matcher(path).matches()) {
            statuses.put("404", "What the path, query or body names does not exist");
        }
        if (method != PathItem.HttpMethod.GET) {
            statuses.put("409", "A conflicting write to the same record did not settle after retries; try again after Retry-After");
        }
        if (operation.getRequestBody() != null) {
            statuses.put("413", "The body is larger than this operation takes");
            statuses.put("415", "The body's Content-Type is not one this operation takes");
        }
        if (UNPROCESSABLE.matcher(path).matches()) {
            statuses.put("422", "Well-formed but not satisfiable: a rejected source (every problem listed), a goal naming no skill, "
                    + "or a target that cannot be met");
        }
        if (path.startsWith("/api/admin/imports/") || path.equals("/api/admin/catalog")) {
            statuses.put("507", "The database store's disk has too little free space for this write (store, free and needed "
                    + "space named); nothing was written");
        }
        statuses.put("503", "The database is unavailable or did not answer in time, the service is not ready yet, a solver hit "
                + "its time limit, or a write's commit failed part-way (outcome unknown: the problem says how to check); retry after "
                + "Retry-After seconds");
        statuses.forEach((status, description) -> operation.getResponses().putIfAbsent(status, problem(status, description)));
    }

    private static ApiResponse problem(String status, String description) {
        var response = new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM))));
        if (status.equals("503") || status.equals("409")) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
                    .schema(new Schema<>().type("integer")));
        }
        return response;
    }

    /** The RFC 9457 problem as credpath answers it. */
    static Schema<?> problemSchema() {
        var schema = new Schema<>().type("object").description("RFC 9457 problem details, as application/problem+json");
        schema.addProperty("type", new Schema<>().type("string").format("uri").description("Problem type, urn:credpath:problem:..."));
        schema.addProperty("title", new Schema<>().type("string").description("Short summary of the problem type"));
        schema.addProperty("status", new Schema<>().type("integer").description("The HTTP status"));
        schema.addProperty("detail", new Schema<>().type("string").description("What went wrong in this request"));
        schema.addProperty("instance", new Schema<>().type("string").description("The request path"));
        schema.addProperty("parameter", new Schema<>().type("string").description("The query or path parameter at fault"));
        schema.addProperty("field", new Schema<>().type("string").description("The body field at fault, e.g. goals[2].occupation"));
        schema.addProperty("errors", new Schema<>().type("array").description("Every problem of a rejected source, with its location")
                .items(new Schema<>().type("object")));
        schema.setRequired(List.of("title", "status"));
        return schema;
    }
}
