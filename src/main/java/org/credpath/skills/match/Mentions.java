package org.credpath.skills.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The topics a sentence enumerates, each a short mention the matcher can read on its own (short text is what it reads
 * best): "Topics include data models, data normalization, and query facilities." gives "data models", "data
 * normalization", "query facilities". A list is what follows an introducer ({@code include}, {@code including},
 * {@code such as}, {@code e.g.}, a colon), or a whole sentence made only of short comma- or semicolon-separated
 * phrases ("Heaps, hashing, and advanced sorting techniques."); what precedes {@code such as} is a mention too
 * ("common attacking techniques such as ..."). Items are cut at commas and semicolons outside brackets, lose a
 * leading {@code and} / {@code or} and a trailing {@code etc.}; a list is kept only with two items or more, each of
 * 1 to {@value #MAX_WORDS} words. Offsets point into the text given.
 */
public final class Mentions {

    static final int MAX_WORDS = 8;
    private static final Pattern INTRODUCER = Pattern.compile(
            "(?i)\\b(?:topics?(?: [a-z]+){0,3} (?:includes?|are)|includ(?:es?|ing)(?: but not limited to)?|such as|e\\.g\\.,?|for example,?)\\s+|:\\s+");
    private static final Pattern NESTED = Pattern.compile("(?i)\\s+(?:such as|including)\\s+");
    private static final Pattern CONNECTIVE = Pattern.compile("(?i)^(?:and|or|as well as|also)\\s+|^(?:the|an?)\\s+(?=\\S+\\s)");
    private static final Pattern TRAILER = Pattern.compile("(?i)[\\s,;]*(?:etc\\.?|and (?:more|others|so on))?[\\s.;,!?]*$");

    /** Words that say how a course treats a topic, not what it is ("basic", "advanced", "concepts"), left out by {@link #names}. */
    private static final Set<String> FILLER = Set.copyOf(Terms.stems("basic fundamental fundamentals advanced introduction "
            + "introductory elementary concepts principles techniques methods topics issues foundations applications overview"));

    private Mentions() {
    }

    /**
     * Whether a mention names what a skill label says, in (nearly) the same words: at least two thirds of the mention's
     * words ({@link #FILLER} left out) are the label's, and at least half of the label's are the mention's. Two words are
     * the same when their stems are and the longer begins with the shorter (but for a final e, s or y: "normalization"
     * and "normalize", "technologies" and "technology"; not "informal" and "information", which Porter2 stems alike). "data normalization" names *normalize
     * data*; "game mechanics" does not name *mechanics*, nor "confidentiality" *respect confidentiality obligations*.
     */
    public static boolean names(String mention, String label) {
        var said = words(mention).stream().filter(w -> !FILLER.contains(w.stem())).toList();
        var named = words(label);
        if (said.isEmpty() || named.isEmpty()) {
            return false;
        }
        return share(said, named) >= 2 / 3.0 && share(named, said) >= 0.5;
    }

    private record Word(String stem, String text) {
        boolean same(Word other) {
            var shorter = text.length() <= other.text.length() ? text : other.text;
            var longer = shorter == text ? other.text : text;
            var head = shorter.matches(".*[esy]") ? shorter.substring(0, shorter.length() - 1) : shorter;
            return stem.equals(other.stem) && longer.startsWith(head);
        }
    }

    private static List<Word> words(String text) {
        return Terms.of(text).stream().map(t -> new Word(t.stem(), text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT))).toList();
    }

    private static double share(List<Word> words, List<Word> in) {
        return words.stream().filter(w -> in.stream().anyMatch(w::same)).count() / (double) words.size();
    }

    /** The mentions of one sentence (none when it enumerates nothing). */
    public static List<Sentences.Piece> of(Sentences.Piece sentence) {
        var text = sentence.text();
        var out = new ArrayList<Sentences.Piece>();
        var m = INTRODUCER.matcher(text);
        if (m.find()) {
            var head = new Sentences.Piece(text.substring(0, m.start()), 0, m.start());
            var items = items(text, m.end(), text.length());
            if (items.size() >= 2 || (items.size() == 1 && m.group().trim().equalsIgnoreCase("such as"))) {
                if (m.group().trim().equalsIgnoreCase("such as")) {
                    keep(text, head.start(), head.end(), out);
                }
                out.addAll(items);
            }
        } else {
            var items = items(text, 0, text.length());
            if (items.size() >= 2 && items.size() == segments(text)) {
                out.addAll(items);
            }
        }
        return out.stream().map(p -> new Sentences.Piece(p.text(), sentence.start() + p.start(), sentence.start() + p.end())).toList();
    }

    /** The items of {@code text[from, to)}: cut at commas and semicolons outside brackets, each kept if short. */
    private static List<Sentences.Piece> items(String text, int from, int to) {
        var out = new ArrayList<Sentences.Piece>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth <= 0 && (c == ',' || c == ';')) {
                item(text, start, i, out);
                start = i + 1;
            }
        }
        item(text, start, to, out);
        return out;
    }

    /** Adds an item, or for "A such as B" / "A including B" the head A and the item B. */
    private static void item(String text, int start, int end, List<Sentences.Piece> out) {
        var nested = NESTED.matcher(text).region(start, end);
        if (nested.find()) {
            keep(text, start, nested.start(), out);
            keep(text, nested.end(), end, out);
        } else {
            keep(text, start, end, out);
        }
    }

    private static int segments(String text) {
        return text.split("[,;]").length;
    }

    /** Adds the item {@code text[start, end)} without connectives and trailers, if it is 1 to MAX_WORDS words. */
    private static void keep(String text, int start, int end, List<Sentences.Piece> out) {
        var item = text.substring(start, end);
        var trailer = TRAILER.matcher(item);
        if (trailer.find()) {
            end = start + trailer.start();
            item = text.substring(start, end);
        }
        var lead = item.length() - item.stripLeading().length();
        start += lead;
        item = item.strip();
        var connective = CONNECTIVE.matcher(item);
        while (connective.find()) {
            start += connective.end();
            item = item.substring(connective.end());
            connective = CONNECTIVE.matcher(item);
        }
        int words = Sentences.words(item);
        if (words >= 1 && words <= MAX_WORDS) {
            out.add(new Sentences.Piece(item, start, end));
        }
    }
}
