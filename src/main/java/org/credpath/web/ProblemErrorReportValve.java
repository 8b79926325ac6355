package org.credpath.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page as RFC 9457 problem details. Tomcat answers some requests before any servlet or filter sees
 * them (an encoded slash or backslash, a NUL, a request line or header over the size limit): its error report valve
 * writes the body then, in HTML unless replaced by this. Tomcat instantiates it by class name, so it is public with a
 * no-argument constructor ({@link ContainerErrors}).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        // Tomcat's message for its own refusals is fixed text (e.g. "Invalid URI"), safe to pass on
        var message = status < 500 && response.getMessage() != null && !response.getMessage().isBlank() ? response.getMessage() + ". " : "";
        var body = ContainerErrors.problemJson(status, message + ContainerErrors.detail(status), request.getDecodedRequestURI());
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response already committed: nothing more can be said to the client
        }
    }
}
