package org.credpath.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Says what is wrong with a request body that could not be read: where the JSON breaks, or which field has a value
 * of the wrong type ({@code field: goals[2].kind}). Jackson's own messages name Java types, so they are not passed on.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static ProblemDetail problem(HttpMessageNotReadableException e) {
        var jackson = jacksonCause(e);
        if (jackson instanceof StreamReadException && jackson.getLocation() != null) {
            var at = jackson.getLocation();
            return body("the body is not well-formed JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        var field = jackson == null ? "" : path(jackson);
        if (field.isEmpty()) {
            return body("the body is missing, empty or not the JSON this operation takes");
        }
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-field", "Bad field", field + ": has a value of the wrong type or form");
        problem.setProperty("field", field);
        return problem;
    }

    private static ProblemDetail body(String message) {
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-body", "Unreadable body", message);
        problem.setProperty("parameter", "body");
        return problem;
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (var cause = e.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** {@code goals[2].kind}, from Jackson's reference chain. */
    private static String path(JacksonException e) {
        var out = new StringBuilder();
        for (var step : e.getPath()) {
            if (step.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                out.append('[').append(step.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
