package org.credpath.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The web app's view of its session cookie: who is signed in and the CSRF token the page must send with changes
 * ({@code GET /app/session}); signing out ({@code DELETE /app/session}). A cookie that no longer verifies (expired,
 * or signed by an earlier run in local mode) reads as signed out and is cleared. How one signs in depends on the
 * mode: {@link DevSignInController} in local mode; in OIDC mode the authorization-code + PKCE login of
 * {@link OidcLoginController}, which puts the provider's access token into the same cookie ({@code loginUrl} names
 * where it starts; null when no client is configured for the web app). In OIDC mode a session whose access token has
 * expired is renewed here with the provider's refresh token (its own HttpOnly cookie, sent only to this endpoint), so
 * each page load keeps it alive; when the provider refuses, the answer says the session {@code ended}. Signing out
 * also names the provider's end_session_endpoint, when it advertises one.
 */
@RestController
@Hidden
@ConditionalOnWebApplication // the import command serves nothing
class SessionController {

    private final JwtDecoder decoder;
    private final TokenClaims claims;
    private final SecurityProperties properties;
    private final String loginUrl;

    private final ObjectProvider<OidcLoginController> oidc;

    SessionController(JwtDecoder decoder, SecurityProperties properties, OidcLoginProperties login, ObjectProvider<OidcLoginController> oidc) {
        this.decoder = decoder;
        this.oidc = oidc;
        this.claims = new TokenClaims(properties);
        this.properties = properties;
        this.loginUrl = properties.effectiveMode() == SecurityProperties.Mode.OIDC && SecurityProperties.present(properties.issuerUri())
                && login.configured() ? OidcLoginController.LOGIN : null;
    }

    /**
     * {@code signIn}: {@code local} (the development sign-in page) or {@code oidc} (the provider's, at {@code loginUrl});
     * {@code ended}: this browser had a session that has ended (expired and not renewable), so the page asks to sign in again.
     */
    record Session(boolean signedIn, String signIn, String subject, List<String> roles, String learner, String csrfToken, String loginUrl,
                   boolean ended) {
    }

    /** Signed out here; {@code logoutUrl}: where to sign out at the provider too (204 and no body when it names no end_session_endpoint). */
    record SignedOut(String logoutUrl) {
    }

    @GetMapping("/app/session")
    ResponseEntity<Session> session(HttpServletRequest request) {
        var token = SessionCookie.token(request);
        if (token.isPresent()) {
            try {
                return ResponseEntity.ok(signedIn(token.get()));
            } catch (JwtException e) {
                // expired or from an earlier run: renewed below when the provider gave a refresh token
            }
        }
        var controller = oidc.getIfAvailable();
        var renewed = controller == null ? Optional.<OidcLogin.Session>empty() : controller.renew(request);
        if (renewed.isPresent()) {
            try {
                return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, OidcLoginController.cookies(renewed.get(), request.isSecure())
                        .toArray(String[]::new)).body(signedIn(renewed.get().accessToken()));
            } catch (JwtException e) {
                // a renewed token the API does not accept: signed out, as below
            }
        }
        boolean ended = token.isPresent() || SessionCookie.refreshToken(request).isPresent();
        var response = ResponseEntity.ok();
        if (ended) {
            response.header(HttpHeaders.SET_COOKIE, SessionCookie.clear(request.isSecure()).toString(),
                    SessionCookie.clearRefresh(request.isSecure()).toString());
        }
        return response.body(new Session(false, signIn(), null, List.of(), null, null, loginUrl, ended));
    }

    private Session signedIn(String token) {
        var caller = claims.caller(decoder.decode(token));
        var roles = caller.roles().stream().map(Role::name).sorted().toList();
        return new Session(true, signIn(), caller.subject(), roles, caller.learnerId(), SessionCookie.csrfToken(token), loginUrl, false);
    }

    private String signIn() {
        return properties.effectiveMode().name().toLowerCase(Locale.ROOT);
    }

    @DeleteMapping("/app/session")
    ResponseEntity<SignedOut> signOut(HttpServletRequest request) {
        var controller = oidc.getIfAvailable();
        var logout = controller == null ? Optional.<java.net.URI>empty() : controller.providerSignOut();
        var cookies = new String[] {SessionCookie.clear(request.isSecure()).toString(), SessionCookie.clearRefresh(request.isSecure()).toString()};
        if (logout.isPresent()) {
            return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookies).body(new SignedOut(logout.get().toString()));
        }
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookies).build();
    }
}
