package org.credpath.security;

import java.util.List;
import java.util.Locale;

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
 * where it starts; null when no client is configured for the web app).
 */
@RestController
@Hidden
@ConditionalOnWebApplication // the import command serves nothing
class SessionController {

    private final JwtDecoder decoder;
    private final TokenClaims claims;
    private final SecurityProperties properties;
    private final String loginUrl;

    SessionController(JwtDecoder decoder, SecurityProperties properties, OidcLoginProperties login) {
        this.decoder = decoder;
        this.claims = new TokenClaims(properties);
        this.properties = properties;
        this.loginUrl = properties.effectiveMode() == SecurityProperties.Mode.OIDC && SecurityProperties.present(properties.issuerUri())
                && login.configured() ? OidcLoginController.LOGIN : null;
    }

    /** {@code signIn}: {@code local} (the development sign-in page) or {@code oidc} (the provider's, at {@code loginUrl}). */
    record Session(boolean signedIn, String signIn, String subject, List<String> roles, String learner, String csrfToken, String loginUrl) {
    }

    @GetMapping("/app/session")
    ResponseEntity<Session> session(HttpServletRequest request) {
        var signIn = properties.effectiveMode().name().toLowerCase(Locale.ROOT);
        var token = SessionCookie.token(request);
        if (token.isPresent()) {
            try {
                var caller = claims.caller(decoder.decode(token.get()));
                var roles = caller.roles().stream().map(Role::name).sorted().toList();
                return ResponseEntity.ok(new Session(true, signIn, caller.subject(), roles, caller.learnerId(),
                        SessionCookie.csrfToken(token.get()), loginUrl));
            } catch (JwtException e) {
                return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, SessionCookie.clear(request.isSecure()).toString())
                        .body(new Session(false, signIn, null, List.of(), null, null, loginUrl));
            }
        }
        return ResponseEntity.ok(new Session(false, signIn, null, List.of(), null, null, loginUrl));
    }

    @DeleteMapping("/app/session")
    ResponseEntity<Void> signOut(HttpServletRequest request) {
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, SessionCookie.clear(request.isSecure()).toString()).build();
    }
}
