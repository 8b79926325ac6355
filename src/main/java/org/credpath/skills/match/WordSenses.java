package org.credpath.skills.match;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether two words the stemmer joins are one word in two forms ("mathematical" and *mathematics*, "databases" and
 * *database*) or two words of different meaning ("security" and *securities*, the financial instruments; "personality"
 * and *personal development*): one word when the cosine of the two words' own vectors is at least {@link #SAME}. A label
 * whose phrase the text has only in a word of another meaning is no phrase of the text ({@link LexicalIndex}): it loses
 * the phrase's credit in the re-ranker and keeps only its word overlap and its cosine. On the pairs read (WordSensesTests:
 * the judged samples, the course-text calibration set, the validation sets) words of other meanings lie at 0.30-0.55
 * ("experience" / *experiment* 0.30, "composers" / *compose* 0.53, "security" / *securities* 0.55) and forms of one word
 * from 0.65 ("communicator" / *communication*, a gold link of the TECH validation set) to 0.92; {@link #SAME} is between.
 */
public final class WordSenses {

    static final double SAME = 0.6;
    private static final int MAX_CACHED = 100_000;

    private final TextEncoder encoder;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    /** {@code encoder}: the words' vectors; null: every two words of one stem are one word (stemming alone). */
    public WordSenses(TextEncoder encoder) {
        this.encoder = encoder;
    }

    /** Words of one stem are one word, as stemming alone says (no vectors). */
    public static WordSenses byStem() {
        return new WordSenses(null);
    }

    /** Whether the text's word and the label's word (both folded and lower-cased, of one stem) are one word. */
    public boolean same(String textWord, String labelWord) {
        if (encoder == null || textWord.equals(labelWord)) {
            return true;
        }
        return cosine(vector(textWord), vector(labelWord)) >= SAME;
    }

    private float[] vector(String word) {
        var known = vectors.get(word);
        if (known != null) {
            return known;
        }
        var vector = encoder.encode(word);
        if (vectors.size() < MAX_CACHED) {
            vectors.put(word, vector);
        }
        return vector;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
