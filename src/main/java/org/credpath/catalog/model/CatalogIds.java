package org.credpath.catalog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What an id may be, for every id a catalog declares (providers, skill and occupation URIs, credentials, outcomes,
 * learners) and every ESCO concept URI: 1 to {@value #MAX_LENGTH} characters of a URI or IRI (letters and digits of
 * any script, and {@code - . _ ~ : / ? # [ ] @ ! $ & ' ( ) * + , ; = %}), with no space, control, formatting or
 * bidirectional character, no {@code .} or {@code ..} path segment, and {@code %} only as an escape of a character
 * that is allowed itself. Anything else could not be addressed afterwards (a NUL ends a path, {@code %2F} and
 * {@code ../} are refused by the web tier, a right-to-left override hides what an id says).
 */
public final class CatalogIds {

    public static final int MAX_LENGTH = 512;
    private static final String PUNCTUATION = "-._~:/?#[]@!$&'()*+,;=%";
    private static final String RULE = "ids are 1-" + MAX_LENGTH + " characters: letters, digits and - . _ ~ : / ? # [ ] @ ! $ & ' ( ) * + , ; =,"
            + " without spaces, control or bidirectional characters, '.' or '..' segments, or escapes such as %2F";

    private CatalogIds() {
    }

    /** Why this id cannot be used, or null when it can (null ids are another check's business). */
    public static String problem(String id) {
        if (id == null) {
            return null;
        }
        if (id.isEmpty() || id.length() > MAX_LENGTH) {
            return "is not a usable id (" + id.length() + " characters): " + RULE;
        }
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            if (!allowed(c) || (c == '%' && !allowedEscape(id, i))) {
                return "'" + shown(id) + "' is not a usable id (character " + String.format("U+%04X", c) + " at " + i + "): " + RULE;
            }
            i += Character.charCount(c);
        }
        for (var segment : id.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "'" + shown(id) + "' is not a usable id (a '" + segment + "' segment): " + RULE;
            }
        }
        return null;
    }

    /** Every problem among these ids, located at {@code section[i].field}. */
    static <T> List<CatalogProblem> check(List<T> items, String section, String field, Function<T, String> id) {
        var problems = new ArrayList<CatalogProblem>();
        for (int i = 0; i < items.size(); i++) {
            var problem = problem(id.apply(items.get(i)));
            if (problem != null) {
                problems.add(new CatalogProblem(section + "[" + i + "]." + field, problem));
            }
        }
        return problems;
    }

    /** The problems of every id the catalog declares: the validator's hook. */
    static List<CatalogProblem> check(Catalog catalog) {
        var problems = new ArrayList<CatalogProblem>();
        problems.addAll(check(catalog.providers(), "providers", "id", ProviderSpec::id));
        problems.addAll(check(catalog.skills(), "skills", "uri", SkillSpec::uri));
        problems.addAll(check(catalog.occupations(), "occupations", "uri", OccupationSpec::uri));
        problems.addAll(check(catalog.credentials(), "credentials", "id", CredentialSpec::id));
        problems.addAll(check(catalog.learners(), "learners", "id", LearnerSpec::id));
        for (int i = 0; i < catalog.credentials().size(); i++) {
            problems.addAll(check(catalog.credentials().get(i).outcomes(), "credentials[" + i + "].outcomes", "id", OutcomeSpec::id));
        }
        return problems;
    }

    private static boolean allowed(int c) {
        if (c < 0x80) {
            return Character.isLetterOrDigit(c) || PUNCTUATION.indexOf(c) >= 0;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.DASH_PUNCTUATION,
                 Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** {@code %XX} that decodes to a printable ASCII character other than a slash, backslash, percent sign or dot. */
    private static boolean allowedEscape(String id, int at) {
        if (at + 2 >= id.length()) {
            return false;
        }
        int decoded;
        try {
            decoded = Integer.parseInt(id.substring(at + 1, at + 3), 16);
        } catch (NumberFormatException e) {
            return false;
        }
        return decoded >= 0x20 && decoded < 0x7F && decoded != '/' && decoded != '%' && decoded != '\\' && decoded != '.';
    }

    /** The id as a message may quote it: control characters escaped, long ones cut. */
    private static String shown(String id) {
        var out = new StringBuilder();
        id.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return id.codePointCount(0, id.length()) > 80 ? out + "..." : out.toString();
    }
}
