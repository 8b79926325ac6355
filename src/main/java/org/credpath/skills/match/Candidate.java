package org.credpath.skills.match;

/**
 * A skill retrieved for a piece of text, with what the re-ranker weighs: its reciprocal-rank fusion score, its ranks in
 * the lexical and dense lists (0 = absent), the lexical evidence (null when no label shares a word with the text), the
 * cosine to its preferred label, and the prior the caller's context gives it (0 = none).
 */
public record Candidate(int skill, float fusion, int lexicalRank, int denseRank, LexicalHit lexical, float lexicalShare,
        float densePreferred, float context) {
}
