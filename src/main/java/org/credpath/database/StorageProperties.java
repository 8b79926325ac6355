package org.credpath.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The free-space check before large writes ({@link FreeSpace}).
 *
 * @param directory    where the database store lives, to measure its disk; unset: the embedded store's directory, and
 *                     no check against a database server (its disk is not visible from here)
 * @param minFreeSpace free space a large write must leave on that disk
 */
@ConfigurationProperties("credpath.storage")
public record StorageProperties(Path directory, @DefaultValue("512MB") DataSize minFreeSpace) {
}
