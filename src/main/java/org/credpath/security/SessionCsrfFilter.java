package org.credpath.security;

import java.io.IOException;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-site request forgery protection for the cookie session: an unsafe request that carries the session cookie
 * and no bearer header must send the session's CSRF token in {@link SessionCookie#CSRF_HEADER}; otherwise it is
 * refused with a 403 problem. SameSite=Strict already keeps other sites' requests from carrying the cookie; this is
 * the second line. Signing in ({@code POST /app/session}) is exempt: it accepts only JSON, which a cross-site form
 * cannot send, and it replaces the cookie rather than using it. Bearer-token calls are untouched.
 */
final class SessionCsrfFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = SessionCookie.token(request);
        if (session.isEmpty() || SAFE.contains(request.getMethod()) || request.getHeader("Authorization") != null
                || ("POST".equals(request.getMethod()) && "/app/session".equals(request.getRequestURI()))
                || SessionCookie.csrfMatches(session.get(), request.getHeader(SessionCookie.CSRF_HEADER))) {
            chain.doFilter(request, response);
            return;
        }
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "csrf", "Forbidden",
                "This change was refused because it did not come from a credpath page (missing or wrong " + SessionCookie.CSRF_HEADER
                        + "). Reload the page and try again.");
    }
}
