package org.credpath.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sections of variable-topic courses. A catalog lists a topics course once, with a description of the umbrella ("Selected
 * topics in mechanical engineering are covered in organized lectures. May be repeated for credit as topics vary."), and
 * each section under its own title: the course's title, a separator and the section's topic ("Topics in Mechanical
 * Engineering - Intro to Materials Science"). What a section teaches is its topic: the umbrella text names the field
 * every section shares, or other sections' topics ("Languages will vary but may include Italian, Hindi, or Russian" for
 * Beginning Korean), so a skill it names is not the section's (docs/skill-matching.md, "Consensus", rule 3).
 */
public final class VariableTopic {

    /**
     * The text says what is taught varies: "as topics vary", "topics may vary", "languages will vary", "subject matter
     * will vary", "content varies", "varies by semester".
     */
    static final Pattern VARIES = Pattern.compile("(?i)\\b(topics?|content|subject matter|subjects|themes?|focus|languages?|emphasis)"
            + "\\s+(will\\s+|may\\s+|can\\s+)?var(y|ies)\\b|\\bvar(y|ies)\\s+(by|from|with|each)\\s+(semester|section|term|year|offering|instructor)");
    /** A title saying the course is one of topics: "Special Topics in ...", "Topics in Literary Studies". */
    static final Pattern TOPICS_TITLE = Pattern.compile("(?i)\\btopics\\b");
    /** What joins a course's title and a section's topic: a dash or a colon between spaces. */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*[-\u2013\u2014:]\\s+(.*\\S)\\s*$", Pattern.DOTALL);
    private static final Pattern FIRST_SEPARATOR = Pattern.compile("\\s[-\u2013\u2014]\\s|:\\s");

    private VariableTopic() {
    }

    /** The text says its topic varies, or its title that it is a course of topics. */
    public static boolean varies(String courseTitle, String text) {
        return text != null && VARIES.matcher(text).find() || courseTitle != null && TOPICS_TITLE.matcher(courseTitle).find();
    }

    /**
     * The topic of a section of a variable-topic course: what its {@code title} adds, after a separator, to the
     * course's own title ({@code courseTitle}: the title the catalog describes the course under; null when the catalog
     * does not give it apart, then the title up to its first separator), when the course {@linkplain #varies varies}
     * by its {@code text} or title. Empty for a course that is not variable-topic, a title with nothing added, and a
     * topic that only repeats the course's title ("Urban Economics - Urban Economics", "Materials Science for Sustainable
     * Energy - Materials Sci Sustainable Engy").
     */
    public static Optional<String> topic(String title, String courseTitle, String text) {
        if (title == null) {
            return Optional.empty();
        }
        var course = courseTitle == null || courseTitle.isBlank() ? before(title) : courseTitle;
        if (course == null || !varies(course, text)) {
            return Optional.empty();
        }
        var rest = after(title, course);
        if (rest == null) {
            return Optional.empty();
        }
        var separated = SEPARATOR.matcher(rest);
        if (!separated.matches() || repeats(separated.group(1), course)) {
            return Optional.empty();
        }
        return Optional.of(separated.group(1));
    }

    /** The title up to its first separator; null without one. */
    private static String before(String title) {
        var m = FIRST_SEPARATOR.matcher(title);
        return m.find() && m.start() > 0 ? title.substring(0, m.start()) : null;
    }

    /**
     * What follows {@code course} in {@code title}, comparing letters and digits only ("Arts, Technology, and" is
     * "Arts Technology and"); null when the title does not begin with it.
     */
    private static String after(String title, String course) {
        var want = letters(course);
        int matched = 0;
        int i = 0;
        while (i < title.length() && matched < want.length()) {
            char c = Character.toLowerCase(title.charAt(i++));
            if (Character.isLetterOrDigit(c)) {
                if (c != want.charAt(matched++)) {
                    return null;
                }
            }
        }
        return want.isEmpty() || matched < want.length() ? null : title.substring(i);
    }

    /**
     * Every word of the topic is a word of the course's title, shortened from one (its letters in order, the same
     * first: "Sci", "Engy") or of the same stem (five first letters alike: "Theory" of "Theoretical").
     */
    private static boolean repeats(String topic, String course) {
        var words = words(course);
        return Arrays.stream(words(topic)).allMatch(w -> Arrays.stream(words).anyMatch(c -> shortens(w, c) || stem(w, c)));
    }

    private static boolean stem(String word, String other) {
        return word.length() >= 5 && other.length() >= 5 && word.regionMatches(0, other, 0, 5);
    }

    private static boolean shortens(String word, String of) {
        if (word.isEmpty() || of.isEmpty() || word.charAt(0) != of.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < of.length() && j < word.length(); i++) {
            j += of.charAt(i) == word.charAt(j) ? 1 : 0;
        }
        return j == word.length();
    }

    private static String[] words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
