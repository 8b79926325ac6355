package org.credpath.security;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * OIDC mode: the web app's sign-in at the provider ({@link OidcLogin}). {@code /app/oidc/login} sends the browser to
 * the provider with a fresh state, nonce and PKCE challenge (their secrets in the login cookie: HttpOnly, SameSite=Lax
 * so that the provider's redirect back carries it, ten minutes, only under {@code /app/oidc}); {@code /app/oidc/callback}
 * completes the sign-in and puts the access token into the session cookie ({@link SessionCookie}), then sends the
 * browser to the app. A sign-in that fails sends it to the sign-in page, which says so; the reason is logged.
 * {@link #renew} gives {@link SessionController} a new session from the refresh cookie; {@link #providerSignOut} the
 * provider's end-session address, which sends the browser back to {@code /app/oidc/signed-out}.
 */
@RestController
@Hidden
@Conditional(OidcMode.class)
@ConditionalOnWebApplication
class OidcLoginController {

    static final String LOGIN = "/app/oidc/login";
    static final String CALLBACK = "/app/oidc/callback";
    static final String SIGNED_OUT = "/app/oidc/signed-out";
    static final String LOGIN_COOKIE = "credpath_login";
    private static final Duration LOGIN_LIFETIME = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(OidcLoginController.class);

    private final OidcLogin login;
    private final OidcLoginProperties client;

    OidcLoginController(SecurityProperties security, OidcLoginProperties client, JwtDecoder decoder) {
        this.client = client;
        this.login = SecurityProperties.present(security.issuerUri()) && client.configured()
                ? new OidcLogin(security.issuerUri(), client, decoder) : null;
    }

    @GetMapping(LOGIN)
    ResponseEntity<Void> start(HttpServletRequest request) {
        if (login == null) {
            return redirect("/#/sign-in", null);
        }
        try {
            var start = login.start(redirectUri());
            return redirect(start.authorization().toString(), loginCookie(start.loginCookie(), LOGIN_LIFETIME, request.isSecure()));
        } catch (OidcLogin.LoginFailed e) {
            log.warn("OIDC sign-in could not start: {}", e.getMessage());
            return redirect("/#/sign-in/failed", null);
        }
    }

    @GetMapping(CALLBACK)
    ResponseEntity<Void> callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
                                  @RequestParam(required = false) String error, HttpServletRequest request) {
        var cleared = loginCookie("", Duration.ZERO, request.isSecure());
        if (login == null) {
            return redirect("/#/sign-in", cleared);
        }
        if (error != null) {
            log.info("OIDC sign-in ended at the provider: {}", error);
            return redirect("/#/sign-in/failed", cleared);
        }
        try {
            var session = login.finish(code, state, cookie(request), redirectUri());
            var cookies = new ArrayList<>(cookies(session, request.isSecure()));
            cookies.add(cleared.toString());
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/#/"))
                    .header(HttpHeaders.SET_COOKIE, cookies.toArray(String[]::new)).build();
        } catch (OidcLogin.LoginFailed e) {
            log.warn("OIDC sign-in failed: {}", e.getMessage());
            return redirect("/#/sign-in/failed", cleared);
        }
    }

    /** After the provider signed the person out too: the sign-in page, which says so. */
    @GetMapping(SIGNED_OUT)
    ResponseEntity<Void> signedOut() {
        return redirect("/#/sign-in/signed-out", null);
    }

    /**
     * The session renewed with the refresh cookie, when there is one and the provider still honours it; empty
     * otherwise (no refresh token, or refused: expired, revoked, signed out at the provider), and the person signs in again.
     */
    Optional<OidcLogin.Session> renew(HttpServletRequest request) {
        var refresh = SessionCookie.refreshToken(request);
        if (login == null || refresh.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(login.refresh(refresh.get()));
        } catch (OidcLogin.LoginFailed e) {
            log.info("OIDC session not renewed, the person signs in again: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Where the browser signs out at the provider too, when it advertises an end_session_endpoint. */
    Optional<URI> providerSignOut() {
        if (login == null) {
            return Optional.empty();
        }
        try {
            var callback = redirectUri();
            return login.endSession(callback.endsWith(CALLBACK) ? callback.substring(0, callback.length() - CALLBACK.length()) + SIGNED_OUT
                    : ServletUriComponentsBuilder.fromCurrentContextPath().path(SIGNED_OUT).toUriString());
        } catch (OidcLogin.LoginFailed e) {
            log.warn("OIDC provider sign-out unavailable: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The session cookie and, when the provider gave one, the refresh cookie. */
    static List<String> cookies(OidcLogin.Session session, boolean secure) {
        var cookies = new ArrayList<String>();
        cookies.add(SessionCookie.issue(session.accessToken(), session.lifetime(), secure).toString());
        if (session.refreshToken() != null) {
            cookies.add(SessionCookie.issueRefresh(session.refreshToken(), session.refreshLifetime(), secure).toString());
        }
        return cookies;
    }

    private String redirectUri() {
        return SecurityProperties.present(client.redirectUri()) ? client.redirectUri()
                : ServletUriComponentsBuilder.fromCurrentContextPath().path(CALLBACK).toUriString();
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LOGIN_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static ResponseCookie loginCookie(String value, Duration lifetime, boolean secure) {
        return ResponseCookie.from(LOGIN_COOKIE, value).httpOnly(true).secure(secure).sameSite("Lax").path("/app/oidc").maxAge(lifetime).build();
    }

    private static ResponseEntity<Void> redirect(String location, ResponseCookie cookie) {
        var response = ResponseEntity.status(HttpStatus.FOUND).location(URI.create(location));
        if (cookie != null) {
            response.header(HttpHeaders.SET_COOKIE, cookie.toString());
        }
        return response.build();
    }
}
