package org.credpath.imports.utdallas;

import java.util.Optional;
import java.util.regex.Pattern;

import org.credpath.imports.VariableTopic;
import org.credpath.skills.SkillLinks;

/**
 * What a UT Dallas course description says the course teaches, for the skill matcher: the title, then the description
 * without its heading ({@code CS 5375 - Principles of UNIX (3 semester credit hours)}), its enrolment rules
 * (prerequisites, corequisites, credit exclusions: they name other courses, not skills), the sentences saying what a
 * student should already know or bring ({@link #ASSUMED}: "Computer Programming experience are recommended", "Must have
 * an understanding of C/C++": read as taught, they were wrong links), its administrative sentences (repeatable,
 * consent, grading), what describes its format, not its content ({@link #FORMAT}: "May be lecture, readings, or
 * individualized study", "are covered in organized lectures", "offered in an online format") and its schedule code
 * ({@code (3-0) S}). A section of a variable-topic course ({@link VariableTopic}: "Topics in Mechanical Engineering -
 * Intro to Materials Science", described as "Selected topics in mechanical engineering...") is read by its title alone
 * ({@link #read}): the description is the umbrella's, not the section's.
 */
final class CourseText {

    private static final Pattern HEADING = Pattern.compile("^.*?\\([^()]*semester credit hours?\\)\\s*");
    /** The heading's course code and title: {@code CS 5375 - Principles of UNIX (3 semester credit hours)}. */
    private static final Pattern TITLE_IN_HEADING = Pattern.compile("^\\s*\\S+ \\S+ - (.*?)\\s*\\([^()]*semester credit hours?\\)");
    private static final Pattern RULES = Pattern.compile(
            "\\s*(Recommended:|Recommended (pre|co)requisites?|Prerequisites?|Corequisites?|Co-requisites?|Prerequisite or corequisite|"
                    + "Credit cannot be received|Cross-listed)(\\b|(?<=:)).*$", Pattern.DOTALL);
    private static final Pattern SCHEDULE = Pattern.compile("\\s*\\(\\[?[0-9.,\\- or]+]?-\\[?[0-9.\\-]+]?\\)\\s*[A-Z]?\\s*$");
    private static final Pattern ADMIN = Pattern.compile("(?i)[^.]*\\b(may be repeated|consent required|credit/no credit|pass/fail|"
            + "semester credit hours maximum|instructor consent|department consent)\\b[^.]*\\.?\\s*");

    /**
     * What describes how a course is given, not what it teaches, in any course: a sentence saying only that ("May be
     * lecture, readings, or individualized study.", "Lecture course.", "Two lectures per week.", "Independent study under
     * a faculty member's direction.", "This course is offered in an online format only.", "Offered only in spring
     * semester.") and the clause "are covered in organized lectures" (the subject before it stays). Read as teaching text
     * they gave *perform lectures* and *study topics*.
     */
    static final Pattern FORMAT = Pattern.compile("(?i)(?<=^|[.!?]\\s{1,3})(may be (a )?(lecture|seminar|readings)\\b|(a )?lecture course\\b"
            + "|(one|two|three|[0-9]) lectures?\\b[^.]*\\b(per|a|each) week\\b|independent study (under|course that may count)\\b"
            + "|(this (course|class|seminar) (is|may be|will be) )?offered (only |as |in an? |through |online\\b)"
            + "|this (course|class|seminar) (is|will be) taught (online|in an? [a-z -]*format)\\b)[^.]*(\\.|$)\\s*"
            + "|\\s*\\b(are|is) (covered|presented|taught) in (organized |formal )?lectures\\b");

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

    /**
     * What the skill matcher reads of a course: its title, and the teaching part of its description; for a section of
     * a variable-topic course ({@link #sectionTopic}), the title alone.
     */
    static SkillLinks.CredentialText read(String title, String description) {
        return new SkillLinks.CredentialText(title, sectionTopic(title, description).isPresent() ? "" : body(description));
    }

    /**
     * The topic a course's title adds to the title its description is written under ({@code SE 6301 - Special Topics
     * in Software Engineering (3 semester credit hours) May be repeated for credit as topics vary.} for "Special Topics
     * in Software Engineering - Language-based Security"), when the description or that title says the topic varies.
     */
    static Optional<String> sectionTopic(String title, String description) {
        var heading = description == null ? null : TITLE_IN_HEADING.matcher(description);
        var courseTitle = heading != null && heading.find() ? heading.group(1) : null;
        return VariableTopic.topic(title, courseTitle, description);
    }

    /** The teaching part of the description alone ("" when it says nothing else). */
    static String body(String description) {
        var body = description == null ? "" : description;
        body = HEADING.matcher(body).replaceFirst("");
        body = SCHEDULE.matcher(body).replaceFirst("");
        body = RULES.matcher(body).replaceFirst("");
        body = ADMIN.matcher(body).replaceAll("");
        body = FORMAT.matcher(body).replaceAll("");
        return ASSUMED.matcher(body).replaceAll("").strip();
    }
}
