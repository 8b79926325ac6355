package org.credpath.catalog;

import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A rejected catalog is the caller's mistake: 422 with every problem and where it is. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblemAdvice {

    @ExceptionHandler(CatalogRejectedException.class)
    ProblemDetail rejected(CatalogRejectedException e) {
        var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "catalog-rejected", "Catalog rejected",
                e.source() + " has " + e.problems().size() + " problem(s); nothing was written");
        problem.setProperty("source", e.source());
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
