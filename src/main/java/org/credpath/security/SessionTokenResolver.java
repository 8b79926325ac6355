package org.credpath.security;

import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the API finds the caller's token: the {@code Authorization: Bearer} header as before, else the web app's
 * session cookie. The session endpoints under {@code /app/} read the cookie themselves (a stale cookie there must
 * not turn signing in again into a 401).
 */
final class SessionTokenResolver implements BearerTokenResolver {

    private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        var fromHeader = header.resolve(request);
        if (fromHeader != null || request.getHeader("Authorization") != null || request.getRequestURI().startsWith("/app/")) {
            return fromHeader;
        }
        return SessionCookie.token(request).orElse(null);
    }
}
