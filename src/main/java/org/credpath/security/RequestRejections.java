package org.credpath.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A URL that Spring Security's firewall refuses (an encoded percent sign or semicolon, a {@code ;} path parameter,
 * {@code //}, a line break) is a 400 problem saying what was refused, not Spring Boot's legacy error JSON.
 */
final class RequestRejections implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e) throws IOException {
        // the firewall's message names the refused part, e.g. 'the URL contained a potentially malicious String "%25"'
        ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, "rejected-url", "Rejected URL",
                e.getMessage() + ". Encode ids and values so that the path has none of: %25 %2F %5C %3B ; // %0A %0D %00.");
    }
}
