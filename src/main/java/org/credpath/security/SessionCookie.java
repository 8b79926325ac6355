package org.credpath.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.ResponseCookie;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The web app's session: the caller's access token kept in an HttpOnly, SameSite=Strict cookie, so no script
 * (an injected one included) can read it and no other site's request carries it. The API reads it as it reads a
 * bearer header ({@link SessionTokenResolver}). Unsafe requests that authenticate by the cookie must also send
 * {@link #CSRF_HEADER} with the session's CSRF token ({@link SessionCsrfFilter}): the SHA-256 of the session token,
 * which only a page that was told it (by {@code GET /app/session}) knows, and which changes with every sign-in.
 */
final class SessionCookie {

    static final String NAME = "credpath_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** OIDC mode: the provider's refresh token, sent only to the session endpoint, which renews the session with it. */
    static final String REFRESH = "credpath_refresh";
    private static final String REFRESH_PATH = "/app/session";

    private SessionCookie() {
    }

    static Optional<String> token(HttpServletRequest request) {
        return value(request, NAME);
    }

    static Optional<String> refreshToken(HttpServletRequest request) {
        return value(request, REFRESH);
    }

    private static Optional<String> value(HttpServletRequest request, String name) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The cookie holding {@code token} for {@code lifetime}; Secure when the request came over HTTPS. */
    static ResponseCookie issue(String token, Duration lifetime, boolean secure) {
        return ResponseCookie.from(NAME, token).httpOnly(true).secure(secure).sameSite("Strict").path("/").maxAge(lifetime).build();
    }

    static ResponseCookie clear(boolean secure) {
        return ResponseCookie.from(NAME, "").httpOnly(true).secure(secure).sameSite("Strict").path("/").maxAge(0).build();
    }

    static ResponseCookie issueRefresh(String token, Duration lifetime, boolean secure) {
        return ResponseCookie.from(REFRESH, token).httpOnly(true).secure(secure).sameSite("Strict").path(REFRESH_PATH).maxAge(lifetime).build();
    }

    static ResponseCookie clearRefresh(boolean secure) {
        return issueRefresh("", Duration.ZERO, secure);
    }

    /** The CSRF token of a session: derived from its secret token, so it cannot be guessed or planted. */
    static String csrfToken(String sessionToken) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(sessionToken.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static boolean csrfMatches(String sessionToken, String header) {
        return header != null && MessageDigest.isEqual(csrfToken(sessionToken).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
