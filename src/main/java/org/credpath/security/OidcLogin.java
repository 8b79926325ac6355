package org.credpath.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app's sign-in in OIDC mode: the authorization code flow with PKCE (S256), run by the service. {@link #start}
 * makes a state, a nonce and a code verifier, which the browser keeps in the login cookie (HttpOnly, so no script
 * reads them), and the provider's authorization address. {@link #finish} needs the state back as the cookie has it,
 * exchanges the code with the verifier at the token endpoint, checks the ID token (the provider's signature, issuer,
 * this client as audience, the nonce) and checks the access token exactly as the API checks a bearer token (same
 * decoder, so the same roles). The access token then becomes the session; it is never put in a URL or a page.
 * The provider's discovery document is read on first use, not at start.
 */
final class OidcLogin {

    /** The provider's authorization address to send the browser to, and the login cookie's value. */
    record Start(URI authorization, String loginCookie) {
    }

    /**
     * The signed-in session: the access token and how long it stays valid; the refresh token (null when the provider
     * gives none) and how long that one lives (the provider's {@code refresh_expires_in}, else {@link #REFRESH_LIFETIME}).
     */
    record Session(String accessToken, Duration lifetime, String refreshToken, Duration refreshLifetime) {
    }

    /** A sign-in that cannot complete: the message says why (for the log; the person is told to try again). */
    static final class LoginFailed extends RuntimeException {
        LoginFailed(String message) {
            super(message);
        }
    }

    private record Provider(URI authorization, URI token, URI endSession, JwtDecoder idTokens) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    private static final Duration REFRESH_LIFETIME = Duration.ofHours(8);

    private final String issuer;
    private final OidcLoginProperties client;
    private final JwtDecoder apiTokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SecureRandom random = new SecureRandom();
    private volatile Provider provider;

    OidcLogin(String issuer, OidcLoginProperties client, JwtDecoder apiTokens) {
        this.issuer = issuer;
        this.client = client;
        this.apiTokens = apiTokens;
    }

    Start start(String redirectUri) {
        var state = secret();
        var nonce = secret();
        var verifier = secret() + secret();
        var query = new LinkedHashMap<String, String>();
        query.put("response_type", "code");
        query.put("client_id", client.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", scope());
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        var authorization = provider().authorization();
        var separator = authorization.getQuery() == null ? "?" : "&";
        return new Start(URI.create(authorization + separator + form(query)), String.join(".", state, nonce, verifier));
    }

    Session finish(String code, String state, String loginCookie, String redirectUri) {
        var parts = loginCookie == null ? new String[0] : loginCookie.split("\\.");
        if (parts.length != 3 || state == null || !MessageDigest.isEqual(parts[0].getBytes(StandardCharsets.US_ASCII),
                state.getBytes(StandardCharsets.US_ASCII))) {
            throw new LoginFailed("the state does not match this browser's sign-in (expired, or started elsewhere)");
        }
        if (code == null || code.isBlank()) {
            throw new LoginFailed("the provider sent no authorization code");
        }
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", client.clientId());
        form.put("code_verifier", parts[2]);
        if (SecurityProperties.present(client.clientSecret())) {
            form.put("client_secret", client.clientSecret());
        }
        var tokens = post(provider().token(), form);
        checkIdToken(text(tokens, "id_token"), parts[1]);
        return session(tokens, null);
    }

    /**
     * A new session from the refresh token of the last one (the provider may rotate it: the new one is kept, else the
     * old). Fails when the provider refuses it (expired, revoked, the person signed out there): then they sign in again.
     */
    Session refresh(String refreshToken) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", client.clientId());
        if (SecurityProperties.present(client.clientSecret())) {
            form.put("client_secret", client.clientSecret());
        }
        return session(post(provider().token(), form), refreshToken);
    }

    /**
     * Where to send the browser to sign out at the provider too (OpenID Connect RP-Initiated Logout), when its discovery
     * document names an {@code end_session_endpoint}; empty otherwise.
     */
    Optional<URI> endSession(String afterSignOut) {
        var endSession = provider().endSession();
        if (endSession == null) {
            return Optional.empty();
        }
        var query = new LinkedHashMap<String, String>();
        query.put("client_id", client.clientId());
        query.put("post_logout_redirect_uri", afterSignOut);
        return Optional.of(URI.create(endSession + (endSession.getQuery() == null ? "?" : "&") + form(query)));
    }

    private Session session(JsonNode tokens, String previousRefresh) {
        var access = text(tokens, "access_token");
        if (access == null) {
            throw new LoginFailed("the token endpoint sent no access token");
        }
        try {
            apiTokens.decode(access);
        } catch (JwtException e) {
            throw new LoginFailed("the provider's access token is not one the API accepts: " + e.getMessage());
        }
        var refresh = text(tokens, "refresh_token");
        return new Session(access, seconds(tokens, "expires_in", DEFAULT_LIFETIME), refresh != null ? refresh : previousRefresh,
                seconds(tokens, "refresh_expires_in", REFRESH_LIFETIME));
    }

    private static Duration seconds(JsonNode tokens, String field, Duration otherwise) {
        var value = tokens.path(field);
        return value.isNumber() && value.asLong() > 0 ? Duration.ofSeconds(value.asLong()) : otherwise;
    }

    private void checkIdToken(String idToken, String nonce) {
        if (idToken == null) {
            throw new LoginFailed("the token endpoint sent no ID token (is 'openid' among the scopes?)");
        }
        try {
            var claims = provider().idTokens().decode(idToken);
            if (!nonce.equals(claims.getClaimAsString("nonce"))) {
                throw new LoginFailed("the ID token's nonce is not this sign-in's");
            }
        } catch (JwtException e) {
            throw new LoginFailed("the ID token does not verify: " + e.getMessage());
        }
    }

    private String scope() {
        var scopes = List.of(client.scope().trim().split("[\\s,]+"));
        return scopes.contains("openid") ? String.join(" ", scopes) : "openid " + String.join(" ", scopes);
    }

    private Provider provider() {
        var known = provider;
        if (known == null) {
            var discovery = get(URI.create(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration"));
            var idTokens = NimbusJwtDecoder.withJwkSetUri(required(discovery, "jwks_uri")).build();
            idTokens.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                    new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(client.clientId()))));
            var endSession = text(discovery, "end_session_endpoint");
            known = new Provider(URI.create(required(discovery, "authorization_endpoint")), URI.create(required(discovery, "token_endpoint")),
                    endSession == null ? null : URI.create(endSession), idTokens);
            provider = known;
        }
        return known;
    }

    private JsonNode get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build());
    }

    private JsonNode post(URI uri, Map<String, String> form) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LoginFailed(request.uri() + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new LoginFailed("the provider could not be reached at " + request.uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginFailed("interrupted while asking the provider");
        } catch (tools.jackson.core.JacksonException e) {
            throw new LoginFailed(request.uri() + " did not answer JSON");
        }
    }

    private static String required(JsonNode node, String field) {
        var value = text(node, field);
        if (value == null) {
            throw new LoginFailed("the provider's discovery document has no " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    /** 256 random bits, base64url: a state, a nonce, half a verifier (RFC 7636 asks 43 to 128 characters). */
    private String secret() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
