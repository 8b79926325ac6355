package org.credpath.database;

import org.springframework.beans.factory.InitializingBean;

/** Brings the schema up to date at start-up; beans that write data depend on it (as on Boot's Flyway initializer). */
public final class SchemaInitializer implements InitializingBean {

    private final CypherMigrations migrations;

    SchemaInitializer(CypherMigrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public void afterPropertiesSet() {
        migrations.migrate();
    }
}
