package org.credpath.catalog.model;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of credential: the catalog value and the second graph label each carries. */
public enum CredentialKind {
    MICRO_CREDENTIAL("micro-credential", "MicroCredential"),
    COURSE("course", "Course"),
    CERTIFICATE("certificate", "Certificate"),
    DEGREE("degree", "Degree"),
    BADGE("badge", "Badge");

    private final String value;
    private final String label;

    CredentialKind(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static Optional<CredentialKind> fromValue(String value) {
        return Arrays.stream(values()).filter(k -> k.value.equals(value)).findFirst();
    }
}
