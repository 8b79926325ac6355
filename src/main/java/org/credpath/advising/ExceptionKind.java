package org.credpath.advising;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an adviser's exception does to a learner's rules. */
public enum ExceptionKind {
    /** count credential X toward requirement node Y of target T (an extra alternative for X at Y) */
    COUNT_TOWARD,
    /** waive node Y of target T: met, counting no credits */
    WAIVE,
    /** accept X as equivalent to Z: wherever Z would count (by name or by a filter), X may count instead */
    EQUIVALENT;

    /** The kind a request names (any case, '-' for '_'), or null when it names none of them. */
    static ExceptionKind parse(String name) {
        if (name == null) {
            return null;
        }
        var normal = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(normal)).findFirst().orElse(null);
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
