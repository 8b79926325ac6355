package org.credpath.imports.utdallas;

import java.util.Objects;

/** One file of a UT Dallas source: its name relative to the source root (used in messages) and its text. */
public record SourceFile(String name, String content) {

    public SourceFile {
        Objects.requireNonNull(name);
        Objects.requireNonNull(content);
    }
}
