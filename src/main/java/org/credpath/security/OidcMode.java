package org.credpath.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when callers sign in at an OpenID Connect provider ({@code credpath.security} in OIDC mode): not {@link LocalMode}. */
final class OidcMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !new LocalMode().matches(context, metadata);
    }
}
