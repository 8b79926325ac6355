package org.credpath.security;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document names the bearer token, so Swagger UI's Authorize button takes one. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT of the configured OpenID Connect issuer, or in local mode one from POST /api/dev/token")
@OpenAPIDefinition(security = @SecurityRequirement(name = "bearer"))
class OpenApiSecurity {
}
