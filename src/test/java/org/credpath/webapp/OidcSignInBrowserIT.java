package org.credpath.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;

import org.credpath.security.FakeOidcProvider;
import org.credpath.support.SharedNeo4jInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OIDC mode's sign-in in a real browser against an in-process stand-in provider ({@link FakeOidcProvider}): the
 * sign-in page's link, the provider's page, back with the code (PKCE), the role's landing page; no token in any URL the
 * browser visited nor in localStorage / sessionStorage / document.cookie; an expired access token renewed with the
 * refresh token on the next page load; a refused renewal asks to sign in again; signing out also at the provider.
 * The service runs in OIDC mode on the suite's shared, seeded database (its own Spring context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SharedNeo4jInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInBrowserIT {

    private static final FakeOidcProvider PROVIDER = provider();

    private static FakeOidcProvider provider() {
        try {
            return new FakeOidcProvider();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void oidcMode(DynamicPropertyRegistry properties) {
        properties.add("credpath.security.mode", () -> "oidc");
        properties.add("credpath.security.issuer-uri", PROVIDER::issuer);
        properties.add("credpath.security.audience", () -> "credpath");
        properties.add("credpath.security.roles-claim", () -> "realm_access.roles");
        properties.add("credpath.security.principal-claim", () -> "preferred_username");
        properties.add("credpath.security.login.client-id", () -> FakeOidcProvider.CLIENT);
    }

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void open() throws IOException {
        var installed = Browser.installed();
        assumeTrue(installed.isPresent(), "No Chromium found (/usr/bin/chromium and /usr/bin/chromedriver, or CHROMIUM and CHROMEDRIVER): "
                + "browser tests skipped. Install them with: apt-get install -y chromium chromium-driver");
        browser = Browser.open(installed.get(), "http://localhost:" + port);
    }

    @AfterAll
    void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
        PROVIDER.close();
    }

    @Test
    void aLearnerSignsInAtTheProviderStaysSignedInByRefreshSignsInAgainWhenRefusedAndSignsOutThere() throws IOException {
        PROVIDER.accessSeconds = 10; // the session cookie lives as long as the access token: gone after 10 s
        signInAtTheProvider();
        assertThat(browser.find("#who").getText()).contains("learner-aino");
        noTokenAnywhereAScriptOrAUrlCouldShow();

        // the access token expires: the next page load renews the session with the refresh token, silently
        untilTheSessionCookieExpires();
        browser.go("/me/credentials");
        assertThat(browser.mainText()).contains("Python for Data Analysis");
        assertThat(PROVIDER.refreshes.get()).isEqualTo(1);
        noTokenAnywhereAScriptOrAUrlCouldShow();

        // the provider no longer honours the refresh token: a clean sign-in again, said plainly
        PROVIDER.revokeRefreshTokens();
        untilTheSessionCookieExpires();
        browser.driver().get("http://localhost:" + port + "/#/me/progress");
        browser.ready("/sign-in/expired");
        assertThat(browser.find("#sign-in-outcome").getText()).contains("Your session has ended");
        Axe.check(browser, "/sign-in/expired (OIDC)");
        assertThat(cookie("credpath_refresh")).isNull();

        PROVIDER.accessSeconds = 300;
        signInAtTheProvider();
        noTokenAnywhereAScriptOrAUrlCouldShow();
        for (var name : java.util.List.of("credpath_session", "credpath_refresh")) {
            var cookie = cookie(name);
            assertThat(cookie).as(name).isNotNull();
            assertThat(cookie.get("httpOnly")).as(name + " HttpOnly").isEqualTo(true);
            assertThat(cookie.get("sameSite")).as(name + " SameSite").isEqualTo("Strict");
        }
        browser.expectRender("/sign-in/signed-out", () -> browser.click("#sign-out"));
        assertThat(PROVIDER.signOuts.get()).isEqualTo(1);
        assertThat(browser.find("#sign-in-outcome").getText()).contains("You are signed out");
        assertThat(browser.driver().manage().getCookieNamed("credpath_session")).isNull();
        assertThat(cookie("credpath_refresh")).isNull();
        assertThat((Boolean) browser.script("return fetch('/app/session').then(r => r.json()).then(s => s.signedIn)")).isFalse();
    }

    private void signInAtTheProvider() throws IOException {
        browser.go("/sign-in");
        assertThat(browser.mainText()).contains("Sign in with your organisation's account");
        Axe.check(browser, "/sign-in (OIDC)");
        browser.click("#oidc-sign-in");
        browser.waitFor().until(d -> d.getCurrentUrl().startsWith(PROVIDER.issuer()));
        var authorization = browser.driver().getCurrentUrl();
        assertThat(authorization).contains("code_challenge_method=S256").contains("code_challenge=").contains("client_id=" + FakeOidcProvider.CLIENT);
        browser.find("#username").sendKeys("learner-aino");
        browser.find("#role").sendKeys("learner");
        browser.click("#provider-sign-in"); // the provider's page: not the app's shell
        browser.ready("/me/progress");
    }

    /** Every URL this tab visited, its storage and its script-readable cookies hold no token (a JWT starts "eyJ"). */
    @SuppressWarnings("unchecked")
    private void noTokenAnywhereAScriptOrAUrlCouldShow() {
        var urls = (List<String>) browser.script("return performance.getEntries().map(e => e.name).concat([location.href])");
        assertThat(urls).isNotEmpty().noneMatch(u -> u.contains("eyJ") || u.contains("access_token") || u.contains("refresh-"));
        assertThat((String) browser.script("return JSON.stringify(Object.assign({}, localStorage)) + JSON.stringify(Object.assign({}, sessionStorage))"))
                .isEqualTo("{}{}");
        assertThat((String) browser.script("return document.cookie")).doesNotContain("credpath_session").doesNotContain("credpath_refresh")
                .doesNotContain("eyJ");
    }

    /** A cookie of the browser, whatever its path (the refresh cookie is only sent to /app/session): CDP, not the page. */
    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object> cookie(String name) {
        var all = (java.util.Map<String, Object>) ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
                .executeCdpCommand("Network.getAllCookies", java.util.Map.of());
        return ((List<java.util.Map<String, Object>>) all.get("cookies")).stream().filter(c -> name.equals(c.get("name"))).findFirst().orElse(null);
    }

    private void untilTheSessionCookieExpires() {
        browser.waitFor().withMessage("the session cookie to expire with its access token")
                .until(d -> d.manage().getCookieNamed("credpath_session") == null);
    }
}
