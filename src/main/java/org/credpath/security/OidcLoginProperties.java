package org.credpath.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web app's sign-in at the OIDC provider (OIDC mode): credpath as a client of the provider.
 *
 * @param clientId     the client registered at the provider; without it the web app cannot be signed into (the API
 *                     still takes the provider's bearer tokens)
 * @param clientSecret the client's secret for a confidential client; empty for a public client (PKCE alone)
 * @param redirectUri  the callback registered at the provider; default: this service's {@code /app/oidc/callback}
 *                     as the request reached it
 * @param scope        the scopes asked for; {@code openid} is always among them
 */
@ConfigurationProperties("credpath.security.login")
public record OidcLoginProperties(String clientId, String clientSecret, String redirectUri, @DefaultValue("openid profile") String scope) {

    boolean configured() {
        return SecurityProperties.present(clientId);
    }
}
