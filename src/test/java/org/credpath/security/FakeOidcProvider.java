package org.credpath.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in OpenID Connect provider on the loopback interface, as Keycloak lays it out: discovery, key set, token
 * and end-session endpoints. {@link #authorize} plays the provider's sign-in page (a person signing in as
 * {@code username}) and answers the code it would redirect back with; for a real browser the same page is served at
 * the authorization endpoint (a form: user name and role), and answers the redirect back. The token endpoint checks
 * the code, the redirect address and the PKCE verifier against the challenge, and answers Nimbus-signed ID and access
 * tokens (Keycloak realm roles, {@code learner_id} for a learner) and a refresh token, which it honours until
 * {@link #revokeRefreshTokens}. The end-session endpoint counts sign-outs and sends the browser back.
 */
public final class FakeOidcProvider implements AutoCloseable {

    public static final String CLIENT = "credpath-web";

    private record Grant(String challenge, String nonce, String redirectUri, String username, String role) {
    }

    private final HttpServer server;
    private final String issuer;
    private final JwtEncoder key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    /** How long the access tokens it issues live (a test shortens it to see a session renewed). */
    public volatile long accessSeconds = 300;
    /** Refresh grants honoured, and sign-outs at the end-session endpoint, so far. */
    public final java.util.concurrent.atomic.AtomicInteger refreshes = new java.util.concurrent.atomic.AtomicInteger();
    public final java.util.concurrent.atomic.AtomicInteger signOuts = new java.util.concurrent.atomic.AtomicInteger();
    /** What the next ID token says differently (a test's tampering): claim name to value. */
    final Map<String, Object> idTokenOverrides = new ConcurrentHashMap<>();

    public FakeOidcProvider() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        var rsa = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()).keyID("k1").build();
        key = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(rsa)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/credpath";
        var base = issuer + "/protocol/openid-connect";
        respond("/realms/credpath/.well-known/openid-configuration", 200, "{\"issuer\": \"" + issuer + "\", \"authorization_endpoint\": \"" + base
                + "/auth\", \"token_endpoint\": \"" + base + "/token\", \"jwks_uri\": \"" + base + "/certs\", \"end_session_endpoint\": \"" + base
                + "/logout\", \"subject_types_supported\": [\"public\"], "
                + "\"id_token_signing_alg_values_supported\": [\"RS256\"]}");
        respond("/realms/credpath/protocol/openid-connect/certs", 200, new JWKSet(rsa.toPublicJWK()).toString());
        server.createContext("/realms/credpath/protocol/openid-connect/token", this::token);
        server.createContext("/realms/credpath/protocol/openid-connect/auth", this::signInPage);
        server.createContext("/realms/credpath/protocol/openid-connect/logout", this::signOut);
        server.start();
    }

    public String issuer() {
        return issuer;
    }

    /** The provider's sign-in page: checks the request a browser was sent with and answers the code for the callback. */
    String authorize(URI authorization, String username, String role) {
        var query = form(authorization.getRawQuery());
        if (!"code".equals(query.get("response_type")) || !CLIENT.equals(query.get("client_id")) || !"S256".equals(query.get("code_challenge_method"))
                || !query.getOrDefault("scope", "").contains("openid")) {
            throw new IllegalArgumentException("not an authorization code request with PKCE: " + query);
        }
        var code = "code-" + codes.size();
        codes.put(code, new Grant(query.get("code_challenge"), query.get("nonce"), query.get("redirect_uri"), username, role));
        return code;
    }

    /** Refresh tokens issued so far stop working (expired, revoked, or the person signed out elsewhere). */
    public void revokeRefreshTokens() {
        refreshTokens.clear();
    }

    /** The sign-in page a browser is sent to: GET shows the form, POST signs in and redirects back with the code. */
    private void signInPage(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            var posted = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var request = URI.create(issuer + "/protocol/openid-connect/auth?" + posted.getOrDefault("request", ""));
            var query = form(request.getRawQuery());
            var code = authorize(request, posted.get("username"), posted.get("role"));
            redirect(exchange, query.get("redirect_uri") + "?code=" + code + "&state=" + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
            return;
        }
        var request = exchange.getRequestURI().getRawQuery();
        var html = "<!doctype html><html lang=\"en\"><head><title>Stand-in provider: sign in</title></head><body><main><h1>Stand-in provider</h1>"
                + "<form method=\"post\"><input type=\"hidden\" name=\"request\" value=\"" + request.replace("&", "&amp;").replace("\"", "&quot;") + "\">"
                + "<label>User name <input id=\"username\" name=\"username\"></label> <label>Role <input id=\"role\" name=\"role\"></label> "
                + "<button id=\"provider-sign-in\" type=\"submit\">Sign in</button></form></main></body></html>";
        var body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void signOut(HttpExchange exchange) throws IOException {
        var query = form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT.equals(query.get("client_id")) || query.get("post_logout_redirect_uri") == null) {
            send(exchange, 400, "{\"error\": \"invalid_request\"}");
            return;
        }
        signOuts.incrementAndGet();
        refreshTokens.clear();
        redirect(exchange, query.get("post_logout_redirect_uri"));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        var form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if ("refresh_token".equals(form.get("grant_type"))) {
            var grant = refreshTokens.remove(form.getOrDefault("refresh_token", ""));
            if (grant == null || !CLIENT.equals(form.get("client_id"))) {
                send(exchange, 400, "{\"error\": \"invalid_grant\", \"error_description\": \"Token is not active\"}");
                return;
            }
            refreshes.incrementAndGet();
            tokens(exchange, grant, false);
            return;
        }
        var grant = codes.remove(form.getOrDefault("code", ""));
        if (!"POST".equals(exchange.getRequestMethod()) || grant == null || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri")) || !CLIENT.equals(form.get("client_id"))
                || !grant.challenge().equals(OidcLogin.challenge(form.getOrDefault("code_verifier", "")))) {
            send(exchange, 400, "{\"error\": \"invalid_grant\"}");
            return;
        }
        tokens(exchange, grant, true);
    }

    private void tokens(HttpExchange exchange, Grant grant, boolean withIdToken) throws IOException {
        var now = Instant.now();
        var id = JwtClaimsSet.builder().issuer(issuer).subject("uuid-" + grant.username()).audience(List.of(CLIENT)).claim("nonce", grant.nonce())
                .issuedAt(now).expiresAt(now.plusSeconds(300));
        idTokenOverrides.forEach(id::claim);
        var access = JwtClaimsSet.builder().issuer(issuer).subject("uuid-" + grant.username()).audience(List.of("credpath"))
                .claim("preferred_username", grant.username()).claim("realm_access", Map.of("roles", List.of(grant.role(), "offline_access")))
                .issuedAt(now).expiresAt(now.plusSeconds(accessSeconds));
        if ("learner".equals(grant.role())) {
            access.claim("learner_id", grant.username());
        }
        var refresh = "refresh-" + java.util.UUID.randomUUID();
        refreshTokens.put(refresh, grant);
        send(exchange, 200, "{\"access_token\": \"" + sign(access.build()) + "\", " + (withIdToken ? "\"id_token\": \"" + sign(id.build()) + "\", " : "")
                + "\"refresh_token\": \"" + refresh + "\", \"token_type\": \"Bearer\", \"expires_in\": " + accessSeconds + ", \"refresh_expires_in\": 1800}");
    }

    private String sign(JwtClaimsSet claims) {
        return key.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(), claims)).getTokenValue();
    }

    private void respond(String path, int status, String json) {
        server.createContext(path, exchange -> send(exchange, status, json));
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        var body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public static Map<String, String> form(String raw) {
        var values = new HashMap<String, String>();
        if (raw != null) {
            for (var pair : raw.split("&")) {
                var at = pair.indexOf('=');
                if (at > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
