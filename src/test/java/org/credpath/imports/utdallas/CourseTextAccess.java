package org.credpath.imports.utdallas;

/** {@link CourseText} for the benchmarks' probes. */
public final class CourseTextAccess {

    private CourseTextAccess() {
    }

    public static String of(String title, String description) {
        return CourseText.of(title, description);
    }

    public static String body(String description) {
        return CourseText.body(description);
    }
}
