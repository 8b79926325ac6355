package org.credpath.request;

import org.credpath.catalog.snapshot.InvalidRequestException;
import org.credpath.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad filters or options: 400 naming the parameter, whether they came as query parameters or in a body. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProblemAdvice {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return badParameter(e.parameter(), e.getMessage());
    }

    /** A query parameter bound into a request record that does not convert ({@code maxPrice=cheap}). */
    @ExceptionHandler(BindException.class)
    ProblemDetail unbound(BindException e) {
        var error = e.getFieldError();
        if (error == null) {
            return badParameter("request", e.getAllErrors().isEmpty() ? "is not valid" : e.getAllErrors().get(0).getDefaultMessage());
        }
        return badParameter(error.getField(), "'" + error.getRejectedValue() + "' is not a valid value");
    }

    private static ProblemDetail badParameter(String parameter, String message) {
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", parameter + ": " + message);
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
