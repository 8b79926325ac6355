package org.credpath.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when {@code spring.neo4j.uri} is unset or blank: then credpath runs its own embedded Neo4j. */
class NoExternalNeo4jCondition implements Condition {

    static final String URI_PROPERTY = "spring.neo4j.uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(URI_PROPERTY));
    }
}
