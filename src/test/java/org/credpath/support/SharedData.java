package org.credpath.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The real data beside the project ({@code ../shared/data}); tests that need it skip, saying why, where it is absent. */
public final class SharedData {

    public static final Path ROOT = Path.of(System.getProperty("credpath.shared-data", "../shared/data")).toAbsolutePath().normalize();

    private SharedData() {
    }

    public static Path require(String relative) {
        var path = ROOT.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), () -> "Skipped: real data " + path + " is absent (see ../shared/data/README.md)");
        return path;
    }
}
