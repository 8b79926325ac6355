package org.credpath.skills.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25 over every label of every skill (one short document per label), in memory. For a piece of text it gives each
 * skill touched its best label's BM25 score, how much of that label (by IDF weight) the text contains, whether the
 * label occurs in the text as a phrase (its words in order, each the label's own word or a form of it: a word of one
 * stem and another meaning, {@link WordSenses}, makes no phrase), and the span of the text that matched.
 */
public final class LexicalIndex {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;

    private final Vocabulary vocabulary;
    private final WordSenses senses;
    private final Map<String, Integer> termIds = new HashMap<>();
    private final int[][] docTerms;
    private final float[] docIdf;
    private int[][] postings;
    private float[] idf;
    private final float averageLength;

    /** An index whose phrases are judged by stems alone ({@link WordSenses#byStem()}). */
    public LexicalIndex(Vocabulary vocabulary) {
        this(vocabulary, WordSenses.byStem());
    }

    public LexicalIndex(Vocabulary vocabulary, WordSenses senses) {
        this.vocabulary = vocabulary;
        this.senses = senses;
        var labels = vocabulary.labels();
        docTerms = new int[labels.size()][];
        var postingLists = new ArrayList<IntList>();
        long totalLength = 0;
        for (int doc = 0; doc < labels.size(); doc++) {
            var stems = Terms.stems(labels.get(doc).text());
            docTerms[doc] = new int[stems.size()];
            for (int i = 0; i < stems.size(); i++) {
                int id = termIds.computeIfAbsent(stems.get(i), s -> termIds.size());
                if (id == postingLists.size()) {
                    postingLists.add(new IntList());
                }
                postingLists.get(id).addIfNotLast(doc);
                docTerms[doc][i] = id;
            }
            totalLength += stems.size();
        }
        averageLength = Math.max(1, (float) totalLength / Math.max(1, labels.size()));
        postings = new int[postingLists.size()][];
        idf = new float[postingLists.size()];
        for (int t = 0; t < postings.length; t++) {
            postings[t] = postingLists.get(t).toArray();
            idf[t] = (float) Math.log(1 + (labels.size() - postings[t].length + 0.5) / (postings[t].length + 0.5));
        }
        docIdf = new float[labels.size()];
        for (int doc = 0; doc < labels.size(); doc++) {
            for (var t : docTerms[doc]) {
                docIdf[doc] += idf[t];
            }
        }
    }

    /** The lexical evidence for every skill one of whose labels shares a term with the text, by skill number. */
    public Map<Integer, LexicalHit> search(List<Terms.Term> text) {
        var query = new int[text.size()];
        var seen = new HashMap<Integer, Boolean>();
        var scores = new HashMap<Integer, float[]>(); // doc -> {bm25, matched idf}
        for (int i = 0; i < text.size(); i++) {
            var id = termIds.get(text.get(i).stem());
            query[i] = id == null ? -1 : id;
            if (id == null || seen.put(id, true) != null) {
                continue;
            }
            for (var doc : postings[id]) {
                float length = docTerms[doc].length;
                float tf = 1;
                var acc = scores.computeIfAbsent(doc, d -> new float[2]);
                acc[0] += idf[id] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
                acc[1] += idf[id];
            }
        }
        var hits = new HashMap<Integer, LexicalHit>();
        scores.forEach((doc, acc) -> {
            var label = vocabulary.labels().get(doc);
            var hit = new LexicalHit(doc, label.kind(), acc[0], Math.min(1f, acc[1] / docIdf[doc]), phrase(doc, query, text));
            hits.merge(label.skill(), hit, LexicalHit::better);
        });
        return hits;
    }

    /** Whether some label has this (stemmed) term. */
    public boolean knows(String stem) {
        return termIds.containsKey(stem);
    }

    /** How many terms the label has. */
    public int length(int label) {
        return docTerms[label].length;
    }

    /** The text's span covering the terms of a label (start inclusive, end exclusive), or null when none occurs. */
    public int[] span(LexicalHit hit, List<Terms.Term> text) {
        var wanted = docTerms[hit.label()];
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (var term : text) {
            var id = termIds.get(term.stem());
            if (id != null && contains(wanted, id)) {
                start = Math.min(start, term.start());
                end = Math.max(end, term.end());
            }
        }
        return end < 0 ? null : new int[] {start, end};
    }

    /**
     * Whether the label's terms occur in the text consecutively and in order, each written as the label's word or as a
     * form of it ({@link WordSenses}). {@code query}: the term numbers of the text's {@code terms}.
     */
    private boolean phrase(int doc, int[] query, List<Terms.Term> terms) {
        var label = docTerms[doc];
        if (label.length == 0) {
            return false;
        }
        List<Terms.Term> labelWords = null;
        outer:
        for (int i = 0; i + label.length <= query.length; i++) {
            for (int j = 0; j < label.length; j++) {
                if (query[i + j] != label[j]) {
                    continue outer;
                }
            }
            if (labelWords == null) {
                labelWords = Terms.of(vocabulary.labels().get(doc).text());
            }
            if (sameWords(terms.subList(i, i + label.length), labelWords)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameWords(List<Terms.Term> text, List<Terms.Term> label) {
        for (int j = 0; j < text.size(); j++) {
            if (!senses.same(text.get(j).word(), label.get(j).word())) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] values, int value) {
        for (var v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** A growable list of ints without boxing. */
    private static final class IntList {

        private int[] values = new int[4];
        private int size;

        void addIfNotLast(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
