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

    /** A text without what {@link CourseText#ASSUMED} finds. */
    public static String assumed(String text) {
        return CourseText.ASSUMED.matcher(text).replaceAll("");
    }

    public static org.credpath.skills.SkillLinks.CredentialText read(String title, String description) {
        return CourseText.read(title, description);
    }

    public static java.util.Optional<String> sectionTopic(String title, String description) {
        return CourseText.sectionTopic(title, description);
    }
}
