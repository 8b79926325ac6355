package org.credpath.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@code /error} page as problem details, in place of Spring Boot's {@code {timestamp, status, error, path}}: a
 * filter or the container may end a request with {@code sendError} (a firewall rejection, an unmapped path, an
 * exception thrown outside Spring MVC), and the servlet container forwards it here.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<String> error(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // called directly, not forwarded for an error: there is nothing here
        int status = code instanceof Integer value && value >= 400 ? value : 404;
        var path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // a filter (an access check reading consents, say) may have met the database down
        var thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        var database = thrown instanceof Throwable t ? DatabaseFailures.of(t) : java.util.Optional.<DatabaseFailures.Kind>empty();
        if (database.isPresent()) {
            var answer = DatabaseFailures.problem(database.get());
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .header("Content-Type", "application/problem+json").body(ContainerErrors.problemJson(503,
                            ((org.springframework.http.ProblemDetail) answer.getBody()).getDetail(), path));
        }
        return ResponseEntity.status(status)
                .header("Content-Type", "application/problem+json")
                .body(ContainerErrors.problemJson(status, ContainerErrors.detail(status), path));
    }
}
