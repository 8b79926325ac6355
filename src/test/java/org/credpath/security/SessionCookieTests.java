package org.credpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.Cookie;

/** The web app's cookie session: where the API finds the token, and the CSRF check on changes. */
class SessionCookieTests {

    private static final String TOKEN = "header.payload.signature";

    private static MockHttpServletRequest request(String method, String uri) {
        var request = new MockHttpServletRequest(method, uri);
        request.setRequestURI(uri);
        return request;
    }

    private static int filtered(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        new SessionCsrfFilter().doFilter(request, response, chain);
        return chain.getRequest() == null ? response.getStatus() : 0; // 0: passed on
    }

    @Test
    void theApiReadsTheCookieWhenNoBearerHeaderIsSentAndTheHeaderWins() {
        var resolver = new SessionTokenResolver();
        var request = request("GET", "/api/learners/learner-aino");
        assertThat(resolver.resolve(request)).isNull();
        request.setCookies(new Cookie(SessionCookie.NAME, TOKEN));
        assertThat(resolver.resolve(request)).isEqualTo(TOKEN);
        request.addHeader("Authorization", "Bearer other");
        assertThat(resolver.resolve(request)).isEqualTo("other");
    }

    @Test
    void theSessionEndpointsReadTheCookieThemselves() {
        var request = request("GET", "/app/session");
        request.setCookies(new Cookie(SessionCookie.NAME, TOKEN));
        assertThat(new SessionTokenResolver().resolve(request)).isNull();
    }

    @Test
    void aChangeByCookieNeedsTheSessionsCsrfToken() throws Exception {
        var without = request("DELETE", "/api/learners/learner-aino/consents");
        without.setCookies(new Cookie(SessionCookie.NAME, TOKEN));
        assertThat(filtered(without)).isEqualTo(403);

        var wrong = request("DELETE", "/api/learners/learner-aino/consents");
        wrong.setCookies(new Cookie(SessionCookie.NAME, TOKEN));
        wrong.addHeader(SessionCookie.CSRF_HEADER, SessionCookie.csrfToken("another session"));
        assertThat(filtered(wrong)).isEqualTo(403);

        var right = request("DELETE", "/api/learners/learner-aino/consents");
        right.setCookies(new Cookie(SessionCookie.NAME, TOKEN));
        right.addHeader(SessionCookie.CSRF_HEADER, SessionCookie.csrfToken(TOKEN));
        assertThat(filtered(right)).isZero();
    }

    @Test
    void readsBearerCallsCookielessCallsAndSigningInPassUnchecked() throws Exception {
        var read = request("GET", "/api/learners/learner-aino");
        read.setCookies(new Cookie(SessionCookie.NAME, TOKEN));
        assertThat(filtered(read)).isZero();

        var bearer = request("POST", "/api/learners/learner-aino/consents");
        bearer.setCookies(new Cookie(SessionCookie.NAME, TOKEN));
        bearer.addHeader("Authorization", "Bearer x");
        assertThat(filtered(bearer)).isZero();

        assertThat(filtered(request("POST", "/api/plans"))).isZero();

        var signIn = request("POST", "/app/session");
        signIn.setCookies(new Cookie(SessionCookie.NAME, TOKEN));
        assertThat(filtered(signIn)).isZero();
    }

    @Test
    void theCookieIsHttpOnlyAndStrictAndTheCsrfTokenIsTiedToTheSession() {
        var cookie = SessionCookie.issue(TOKEN, java.time.Duration.ofHours(8), false).toString();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/").doesNotContain("Secure");
        assertThat(SessionCookie.issue(TOKEN, java.time.Duration.ofHours(8), true).toString()).contains("Secure");
        assertThat(SessionCookie.csrfToken(TOKEN)).isEqualTo(SessionCookie.csrfToken(TOKEN)).isNotEqualTo(SessionCookie.csrfToken(TOKEN + "x"))
                .doesNotContain(TOKEN);
    }
}
