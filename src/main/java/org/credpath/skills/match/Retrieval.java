package org.credpath.skills.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * First stage: the top skills by BM25 over labels and the top skills by cosine to their preferred label, fused by
 * reciprocal rank (k = 60) into one candidate list, each candidate carrying all its evidence for the re-ranker.
 */
public final class Retrieval {

    static final int DEPTH = 100;
    private static final int RRF_K = 60;

    private final LexicalIndex lexical;
    private final DenseIndex dense;

    public Retrieval(LexicalIndex lexical, DenseIndex dense) {
        this.lexical = lexical;
        this.dense = dense;
    }

    /** The candidates for one piece of text whose terms and vector are given; {@code context}: priors by skill number. */
    public List<Candidate> candidates(List<Terms.Term> terms, float[] vector, Map<Integer, Float> context) {
        var hits = lexical.search(terms);
        var lexicalRanks = ranks(top(hits, DEPTH));
        var similarities = dense.preferredSimilarities(vector);
        var denseRanks = ranks(top(similarities, DEPTH));
        float bestBm25 = (float) hits.values().stream().mapToDouble(LexicalHit::bm25).max().orElse(1);
        var skills = new LinkedHashSet<Integer>(lexicalRanks.keySet());
        skills.addAll(denseRanks.keySet());
        var candidates = new ArrayList<Candidate>(skills.size());
        for (int skill : skills) {
            int lexicalRank = lexicalRanks.getOrDefault(skill, 0);
            int denseRank = denseRanks.getOrDefault(skill, 0);
            float fusion = (lexicalRank > 0 ? 1f / (RRF_K + lexicalRank) : 0) + (denseRank > 0 ? 1f / (RRF_K + denseRank) : 0);
            var hit = hits.get(skill);
            candidates.add(new Candidate(skill, fusion, lexicalRank, denseRank, hit, hit == null ? 0 : hit.bm25() / bestBm25,
                    similarities[skill], context.getOrDefault(skill, 0f)));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::fusion).reversed());
        return candidates;
    }

    public LexicalIndex lexical() {
        return lexical;
    }

    public DenseIndex dense() {
        return dense;
    }

    private static List<Integer> top(Map<Integer, LexicalHit> hits, int k) {
        return hits.entrySet().stream()
                .sorted(Map.Entry.<Integer, LexicalHit>comparingByValue(Comparator.comparingDouble(LexicalHit::bm25)).reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(Map.Entry::getKey).toList();
    }

    static List<Integer> top(float[] scores, int k) {
        var heap = new java.util.PriorityQueue<Integer>(Comparator.comparingDouble(i -> scores[i]));
        for (int i = 0; i < scores.length; i++) {
            if (heap.size() < k) {
                heap.add(i);
            } else if (scores[i] > scores[heap.peek()]) {
                heap.poll();
                heap.add(i);
            }
        }
        var out = new ArrayList<>(heap);
        out.sort(Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        return out;
    }

    private static Map<Integer, Integer> ranks(List<Integer> ordered) {
        var ranks = new HashMap<Integer, Integer>();
        for (int i = 0; i < ordered.size(); i++) {
            ranks.put(ordered.get(i), i + 1);
        }
        return ranks;
    }
}
