package org.credpath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import jakarta.servlet.http.Cookie;

/**
 * OIDC mode's web sign-in (authorization code with PKCE) against an in-process stand-in provider: the session is the
 * provider's access token in the HttpOnly session cookie, read with the same roles as a bearer token; a wrong state,
 * verifier, nonce or audience ends the sign-in; no token is ever in a URL.
 */
class OidcLoginTests {

    private static final String CALLBACK = "http://localhost:8080/app/oidc/callback";

    private FakeOidcProvider provider;
    private SecurityProperties security;
    private JwtDecoder apiTokens;

    @BeforeEach
    void start() throws Exception {
        provider = new FakeOidcProvider();
        security = new SecurityProperties(null, provider.issuer(), null, "credpath", "realm_access.roles", "learner_id", "preferred_username",
                Duration.ofHours(1));
        apiTokens = OidcTokens.decoder(security);
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    private OidcLogin login() {
        return new OidcLogin(provider.issuer(), new OidcLoginProperties(FakeOidcProvider.CLIENT, null, null, "profile"), apiTokens);
    }

    @Test
    void aPersonSignsInAtTheProviderAndGetsTheSameRolesAsWithABearerToken() {
        var login = login();
        var start = login.start(CALLBACK);
        assertThat(start.authorization().toString()).startsWith(provider.issuer() + "/protocol/openid-connect/auth?")
                .contains("code_challenge_method=S256").contains("scope=openid+profile");
        var parts = start.loginCookie().split("\\.");
        assertThat(start.authorization().toString()).as("the verifier stays in the cookie").doesNotContain(parts[2]);

        var code = provider.authorize(start.authorization(), "anna", "adviser");
        var session = login.finish(code, parts[0], start.loginCookie(), CALLBACK);

        var caller = new TokenClaims(security).caller(apiTokens.decode(session.accessToken()));
        assertThat(caller.subject()).isEqualTo("anna");
        assertThat(caller.roles()).containsExactly(Role.ADVISER);
        assertThat(session.lifetime()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void aStateThatIsNotThisBrowsersEndsTheSignIn() {
        var login = login();
        var start = login.start(CALLBACK);
        var code = provider.authorize(start.authorization(), "anna", "adviser");
        var other = login.start(CALLBACK);
        assertThatThrownBy(() -> login.finish(code, other.loginCookie().split("\\.")[0], start.loginCookie(), CALLBACK))
                .isInstanceOf(OidcLogin.LoginFailed.class).hasMessageContaining("state");
        assertThatThrownBy(() -> login.finish(code, start.loginCookie().split("\\.")[0], null, CALLBACK))
                .isInstanceOf(OidcLogin.LoginFailed.class).hasMessageContaining("state");
    }

    @Test
    void theProviderRefusesACodeWithoutItsVerifier() {
        var login = login();
        var start = login.start(CALLBACK);
        var code = provider.authorize(start.authorization(), "anna", "adviser");
        var parts = start.loginCookie().split("\\.");
        var forged = parts[0] + "." + parts[1] + "." + "x".repeat(86);
        assertThatThrownBy(() -> login.finish(code, parts[0], forged, CALLBACK))
                .isInstanceOf(OidcLogin.LoginFailed.class).hasMessageContaining("400");
    }

    @Test
    void anIdTokenWithAnotherNonceOrForAnotherClientEndsTheSignIn() {
        var login = login();
        provider.idTokenOverrides.put("nonce", "replayed");
        assertThatThrownBy(() -> signIn(login)).isInstanceOf(OidcLogin.LoginFailed.class).hasMessageContaining("nonce");
        provider.idTokenOverrides.clear();
        provider.idTokenOverrides.put("aud", java.util.List.of("another-client"));
        assertThatThrownBy(() -> signIn(login)).isInstanceOf(OidcLogin.LoginFailed.class).hasMessageContaining("ID token");
    }

    @Test
    void theControllerPutsTheAccessTokenIntoTheSessionCookieAndNeverIntoAUrl() {
        var client = new OidcLoginProperties(FakeOidcProvider.CLIENT, null, CALLBACK, "openid");
        var controller = new OidcLoginController(security, client, apiTokens);

        var started = controller.start(new MockHttpServletRequest("GET", OidcLoginController.LOGIN));
        assertThat(started.getStatusCode().value()).isEqualTo(302);
        var loginCookie = started.getHeaders().get("Set-Cookie").get(0);
        assertThat(loginCookie).startsWith("credpath_login=").contains("HttpOnly").contains("SameSite=Lax").contains("Path=/app/oidc");
        var value = loginCookie.substring("credpath_login=".length(), loginCookie.indexOf(';'));

        URI authorization = started.getHeaders().getLocation();
        var code = provider.authorize(authorization, "aino", "learner");
        var callback = new MockHttpServletRequest("GET", OidcLoginController.CALLBACK);
        callback.setCookies(new Cookie(OidcLoginController.LOGIN_COOKIE, value));
        var state = FakeOidcProvider.form(authorization.getRawQuery()).get("state");
        var done = controller.callback(code, state, null, callback);

        assertThat(done.getHeaders().getLocation()).hasToString("/#/");
        var cookies = done.getHeaders().get("Set-Cookie");
        var session = cookies.stream().filter(c -> c.startsWith("credpath_session=")).findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Strict");
        var token = session.substring("credpath_session=".length(), session.indexOf(';'));
        assertThat(new TokenClaims(security).caller(apiTokens.decode(token)).learnerId()).isEqualTo("aino");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("credpath_login=;").contains("Max-Age=0"));

        var refused = controller.callback(null, null, "access_denied", new MockHttpServletRequest("GET", OidcLoginController.CALLBACK));
        assertThat(refused.getHeaders().getLocation()).hasToString("/#/sign-in/failed");
    }

    @Test
    void aSessionIsRenewedWithItsRefreshTokenUntilTheProviderRefusesIt() {
        var login = login();
        var start = login.start(CALLBACK);
        var code = provider.authorize(start.authorization(), "learner-aino", "learner");
        var session = login.finish(code, start.loginCookie().split("\\.")[0], start.loginCookie(), CALLBACK);
        assertThat(session.refreshToken()).startsWith("refresh-");
        assertThat(session.refreshLifetime()).isEqualTo(Duration.ofSeconds(1800));

        var renewed = login.refresh(session.refreshToken());
        assertThat(new TokenClaims(security).caller(apiTokens.decode(renewed.accessToken())).learnerId()).isEqualTo("learner-aino");
        assertThat(renewed.refreshToken()).as("rotated").isNotEqualTo(session.refreshToken());
        assertThat(provider.refreshes.get()).isEqualTo(1);
        assertThatThrownBy(() -> login.refresh(session.refreshToken())).as("a used refresh token").isInstanceOf(OidcLogin.LoginFailed.class);
        provider.revokeRefreshTokens();
        assertThatThrownBy(() -> login.refresh(renewed.refreshToken())).isInstanceOf(OidcLogin.LoginFailed.class).hasMessageContaining("400");
    }

    @Test
    void signingOutNamesTheProvidersEndSessionEndpointWithThisClientAndTheWayBack() {
        var logout = login().endSession("http://localhost:8080/app/oidc/signed-out").orElseThrow();
        assertThat(logout.toString()).startsWith(provider.issuer() + "/protocol/openid-connect/logout?client_id=" + FakeOidcProvider.CLIENT)
                .contains("post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fapp%2Foidc%2Fsigned-out");
    }

    private void signIn(OidcLogin login) {
        var start = login.start(CALLBACK);
        var code = provider.authorize(start.authorization(), "anna", "adviser");
        login.finish(code, start.loginCookie().split("\\.")[0], start.loginCookie(), CALLBACK);
    }
}
