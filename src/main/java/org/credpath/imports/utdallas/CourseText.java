package org.credpath.imports.utdallas;

import java.util.regex.Pattern;

/**
 * What a UT Dallas course description says the course teaches, for the skill matcher: the title, then the description
 * without its heading ({@code CS 5375 - Principles of UNIX (3 semester credit hours)}), its enrolment rules
 * (prerequisites, corequisites, credit exclusions: they name other courses, not skills), its administrative sentences
 * (repeatable, consent, grading) and its schedule code ({@code (3-0) S}).
 */
final class CourseText {

    private static final Pattern HEADING = Pattern.compile("^.*?\\(\\[?[0-9.\\-]+]?(-[0-9]+)? semester credit hours?\\)\\s*");
    private static final Pattern RULES = Pattern.compile(
            "\\s*(Recommended:|Recommended (pre|co)requisites?|Prerequisites?|Corequisites?|Co-requisites?|Prerequisite or corequisite|"
                    + "Credit cannot be received|Cross-listed)(\\b|(?<=:)).*$", Pattern.DOTALL);
    private static final Pattern SCHEDULE = Pattern.compile("\\s*\\(\\[?[0-9.\\-]+]?-\\[?[0-9.\\-]+]?\\)\\s*[A-Z]?\\s*$");
    private static final Pattern ADMIN = Pattern.compile("(?i)[^.]*\\b(may be repeated|consent required|credit/no credit|pass/fail|"
            + "semester credit hours maximum|instructor consent|department consent)\\b[^.]*\\.?\\s*");

    private CourseText() {
    }

    /** The title and the teaching part of the description; the title alone when the description says nothing else. */
    static String of(String title, String description) {
        var body = body(description);
        var heading = title == null ? "" : title.strip();
        if (body.isEmpty()) {
            return heading;
        }
        return heading.isEmpty() ? body : heading + ".\n" + body;
    }

    /** The teaching part of the description alone ("" when it says nothing else). */
    static String body(String description) {
        var body = description == null ? "" : description;
        body = HEADING.matcher(body).replaceFirst("");
        body = SCHEDULE.matcher(body).replaceFirst("");
        body = RULES.matcher(body).replaceFirst("");
        return ADMIN.matcher(body).replaceAll("").strip();
    }
}
