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
 * A stand-in OpenID Connect provider on the loopback interface, as Keycloak lays it out: discovery, key set and token
 * endpoint. {@link #authorize} plays the provider's sign-in page (a person signing in as {@code username}) and
 * answers the code it would redirect back with; the token endpoint checks the code, the redirect address and the
 * PKCE verifier against the challenge, and answers Nimbus-signed ID and access tokens (Keycloak realm roles).
 */
final class FakeOidcProvider implements AutoCloseable {

    static final String CLIENT = "credpath-web";

    private record Grant(String challenge, String nonce, String redirectUri, String username, String role) {
    }

    private final HttpServer server;
    private final String issuer;
    private final JwtEncoder key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    /** What the next ID token says differently (a test's tampering): claim name to value. */
    final Map<String, Object> idTokenOverrides = new ConcurrentHashMap<>();

    FakeOidcProvider() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        var rsa = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()).keyID("k1").build();
        key = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(rsa)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/credpath";
        var base = issuer + "/protocol/openid-connect";
        respond("/realms/credpath/.well-known/openid-configuration", 200, "{\"issuer\": \"" + issuer + "\", \"authorization_endpoint\": \"" + base
                + "/auth\", \"token_endpoint\": \"" + base + "/token\", \"jwks_uri\": \"" + base + "/certs\", \"subject_types_supported\": [\"public\"], "
                + "\"id_token_signing_alg_values_supported\": [\"RS256\"]}");
        respond("/realms/credpath/protocol/openid-connect/certs", 200, new JWKSet(rsa.toPublicJWK()).toString());
        server.createContext("/realms/credpath/protocol/openid-connect/token", this::token);
        server.start();
    }

    String issuer() {
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

    private void token(HttpExchange exchange) throws IOException {
        var form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        var grant = codes.remove(form.getOrDefault("code", ""));
        if (!"POST".equals(exchange.getRequestMethod()) || grant == null || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri")) || !CLIENT.equals(form.get("client_id"))
                || !grant.challenge().equals(OidcLogin.challenge(form.getOrDefault("code_verifier", "")))) {
            send(exchange, 400, "{\"error\": \"invalid_grant\"}");
            return;
        }
        var now = Instant.now();
        var id = JwtClaimsSet.builder().issuer(issuer).subject("uuid-" + grant.username()).audience(List.of(CLIENT)).claim("nonce", grant.nonce())
                .issuedAt(now).expiresAt(now.plusSeconds(300));
        idTokenOverrides.forEach(id::claim);
        var access = JwtClaimsSet.builder().issuer(issuer).subject("uuid-" + grant.username()).audience(List.of("credpath"))
                .claim("preferred_username", grant.username()).claim("realm_access", Map.of("roles", List.of(grant.role(), "offline_access")))
                .issuedAt(now).expiresAt(now.plusSeconds(300));
        send(exchange, 200, "{\"access_token\": \"" + sign(access.build()) + "\", \"id_token\": \"" + sign(id.build())
                + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}");
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

    static Map<String, String> form(String raw) {
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
