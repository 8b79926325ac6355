package org.credpath.security;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the service signs its own development tokens ({@code credpath.security} in local mode). */
final class LocalMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var properties = Binder.get(context.getEnvironment()).bind("credpath.security", SecurityProperties.class)
                .orElseGet(() -> new SecurityProperties(null, null, null, null, "roles", "learner_id", "sub", null));
        return properties.effectiveMode() == SecurityProperties.Mode.LOCAL;
    }
}
