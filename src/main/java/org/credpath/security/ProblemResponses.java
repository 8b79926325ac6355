package org.credpath.security;

import java.io.IOException;
import java.util.LinkedHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals as RFC 9457 problem details: 401 with {@code WWW-Authenticate: Bearer} when the token is missing or
 * invalid, 403 when the caller may not do this. Neither says whether the addressed record exists.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String FORBIDDEN_DETAIL = "You may not do this: it needs another role, or the learner's consent.";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        bearer.commence(request, response, e);
        var detail = request.getHeader("Authorization") != null
                ? "The bearer token is missing, malformed, expired or not signed by the configured issuer."
                : SessionCookie.token(request).isPresent()
                ? "Your session has expired or is no longer valid: sign in again."
                : "This request needs a bearer token (Authorization: Bearer <token>).";
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", FORBIDDEN_DETAIL);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                              String title, String detail) throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "urn:credpath:problem:" + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
