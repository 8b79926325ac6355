package org.credpath.imports.utdallas;

import java.util.regex.Pattern;

/**
 * What a UT Dallas course description says the course teaches, for the skill matcher: the title, then the description
 * without its heading ({@code CS 5375 - Principles of UNIX (3 semester credit hours)}), its enrolment rules
 * (prerequisites, corequisites, credit exclusions: they name other courses, not skills), the sentences saying what a
 * student should already know or bring ({@link #ASSUMED}: "Computer Programming experience are recommended", "Must have
 * an understanding of C/C++": read as taught, they were wrong links), its administrative sentences (repeatable,
 * consent, grading) and its schedule code ({@code (3-0) S}).
 */
final class CourseText {

    private static final Pattern HEADING = Pattern.compile("^.*?\\(\\[?[0-9.\\-]+]?(-[0-9]+)? semester credit hours?\\)\\s*");
    private static final Pattern RULES = Pattern.compile(
            "\\s*(Recommended:|Recommended (pre|co)requisites?|Prerequisites?|Corequisites?|Co-requisites?|Prerequisite or corequisite|"
                    + "Credit cannot be received|Cross-listed)(\\b|(?<=:)).*$", Pattern.DOTALL);
    private static final Pattern SCHEDULE = Pattern.compile("\\s*\\(\\[?[0-9.\\-]+]?-\\[?[0-9.\\-]+]?\\)\\s*[A-Z]?\\s*$");
    private static final Pattern ADMIN = Pattern.compile("(?i)[^.]*\\b(may be repeated|consent required|credit/no credit|pass/fail|"
            + "semester credit hours maximum|instructor consent|department consent)\\b[^.]*\\.?\\s*");

    /**
     * A sentence of what is assumed, not taught: something "is recommended / expected / assumed / required" (not "required
     * to" do, which is course work), a student "must / should have" or "is expected to have / know", "prior / previous
     * knowledge, experience, background", "intended / designed for students who have / with"; not a sentence saying "no
     * prior / previous" (a course for beginners teaches what it names: "Designed for students with no prior computer
     * programming experience").
     */
    static final Pattern ASSUMED = Pattern.compile("(?i)(?<=^|[.!?]\\s{1,3})(?!(?:[^.]|\\.(?=\\S))*\\bno (prior|previous)\\b)"
            + "(?:[^.]|\\.(?=\\S))*\\b((is|are) (strongly |also |highly )?"
            + "(recommended|expected|assumed|required)(?! to\\b)|(must|should) have|expected to (have|know)"
            + "|(prior|previous) (knowledge|experience|background)|(intended|designed) for students (who have|with))\\b"
            + "(?:[^.]|\\.(?=\\S))*(\\.|$)\\s*");

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
        body = ADMIN.matcher(body).replaceAll("");
        return ASSUMED.matcher(body).replaceAll("").strip();
    }
}
