package org.credpath.skills.match;

/**
 * A skill's best label against a text: the label's number, its kind, its BM25 score, the share of the label's IDF weight
 * the text contains (1 = every word of the label occurs), and whether the label occurs as a phrase.
 */
public record LexicalHit(int label, LabelKind kind, float bm25, float coverage, boolean phrase) {

    /**
     * Two labels of one skill as one hit: the stronger label (a phrase first, then coverage, then BM25) with the
     * higher of the two BM25 scores.
     */
    static LexicalHit better(LexicalHit a, LexicalHit b) {
        var best = a;
        if (a.phrase != b.phrase) {
            best = a.phrase ? a : b;
        } else if (Math.abs(a.coverage - b.coverage) > 1e-6) {
            best = a.coverage > b.coverage ? a : b;
        } else if (b.bm25 > a.bm25) {
            best = b;
        }
        return new LexicalHit(best.label, best.kind, Math.max(a.bm25, b.bm25), best.coverage, best.phrase);
    }
}
