package org.credpath.skills.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The terms a text is matched by: words lower-cased, accents dropped, English stop words removed, each stemmed (Porter2,
 * so "managing", "manages" and "management" meet) and kept with its place in the text, for evidence. A few technical
 * names that punctuation would destroy ({@code C++}, {@code C#}, {@code .NET}) are read as words first.
 */
public final class Terms {

    /**
     * A stemmed word, where it stands in the text ({@code start} inclusive, {@code end} exclusive), and the word as
     * written (accents dropped, lower case): two words of one stem may mean different things ({@link WordSenses}).
     */
    public record Term(String stem, int start, int end, String word) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:\\+\\+|#)?|\\.net\\b", Pattern.CASE_INSENSITIVE);
    static final Set<String> STOP_WORDS = Set.of("a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at",
            "be", "been", "being", "both", "but", "by", "can", "could", "do", "does", "each", "etc", "for", "from", "had", "has",
            "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "may", "me", "more", "most", "must",
            "my", "no", "not", "of", "on", "or", "other", "our", "out", "over", "own", "per", "shall", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
            "to", "under", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "will",
            "with", "within", "would", "you", "your");

    private Terms() {
    }

    public static List<Term> of(String text) {
        var folded = fold(text);
        var terms = new ArrayList<Term>();
        var stemmer = new EnglishStemmer();
        var m = WORD.matcher(folded);
        while (m.find()) {
            var word = m.group().toLowerCase(Locale.ROOT);
            if (STOP_WORDS.contains(word)) {
                continue;
            }
            terms.add(new Term(stem(stemmer, word), m.start(), m.end(), word));
        }
        return terms;
    }

    public static List<String> stems(String text) {
        return of(text).stream().map(Term::stem).toList();
    }

    private static String stem(EnglishStemmer stemmer, String word) {
        if (word.endsWith("++")) {
            return word.substring(0, word.length() - 2) + "plusplus";
        }
        if (word.endsWith("#")) {
            return word.substring(0, word.length() - 1) + "sharp";
        }
        if (word.equals(".net")) {
            return "dotnet";
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Accents dropped without moving any character, so offsets in the folded text are offsets in the original. */
    private static String fold(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c < 128) {
                out.append(c);
            } else {
                var base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.append(base.isEmpty() || !Character.isLetter(base.charAt(0)) ? c : base.charAt(0));
            }
        }
        return out.toString();
    }
}
