package org.credpath.security;

import java.util.ArrayList;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Production mode: tokens of an OpenID Connect provider, checked against its published keys, its issuer, their
 * lifetime and (when configured) the audience. The provider is contacted on the first request, not at start, so
 * the service starts while the provider is still coming up.
 */
final class OidcTokens {

    private OidcTokens() {
    }

    static JwtDecoder decoder(SecurityProperties properties) {
        return new SupplierJwtDecoder(() -> {
            var decoder = SecurityProperties.present(properties.jwkSetUri())
                    ? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build()
                    : NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
            decoder.setJwtValidator(validator(properties));
            return decoder;
        });
    }

    static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        var validators = new ArrayList<OAuth2TokenValidator<Jwt>>();
        validators.add(SecurityProperties.present(properties.issuerUri())
                ? JwtValidators.createDefaultWithIssuer(properties.issuerUri())
                : new JwtTimestampValidator());
        if (SecurityProperties.present(properties.audience())) {
            validators.add(new JwtClaimValidator<java.util.List<String>>("aud",
                    aud -> aud != null && aud.contains(properties.audience())));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }
}
