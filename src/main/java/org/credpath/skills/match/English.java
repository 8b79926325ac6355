package org.credpath.skills.match;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text reads as English, told cheaply: the share of its words that are English stop words or occur (stemmed)
 * in some English ESCO label. English prose scores 0.8 or more; French, German or Spanish text about the same subjects
 * scores well under 0.5, as most of their words and all their function words are unknown. Texts under
 * {@link #MIN_WORDS} words are too short to judge and pass.
 */
public final class English {

    static final int MIN_WORDS = 4;
    static final double MIN_KNOWN_SHARE = 0.5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private English() {
    }

    public static boolean likely(String text, LexicalIndex lexical) {
        return knownShare(text, lexical) >= MIN_KNOWN_SHARE;
    }

    static double knownShare(String text, LexicalIndex lexical) {
        int words = 0;
        int known = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            words++;
            var word = m.group().toLowerCase(Locale.ROOT);
            if (Terms.STOP_WORDS.contains(word) || Terms.of(word).stream().anyMatch(t -> lexical.knows(t.stem()))) {
                known++;
            }
        }
        return words < MIN_WORDS ? 1 : (double) known / words;
    }
}
