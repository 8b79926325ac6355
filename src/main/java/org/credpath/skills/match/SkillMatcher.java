package org.credpath.skills.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Any English text to ranked ESCO skills. The text is split into sentences; each is matched on its own (lexical and
 * dense retrieval, fusion, re-ranking) and a skill found in several keeps its most confident match and that evidence.
 */
public final class SkillMatcher {

    private final Vocabulary vocabulary;
    private final TextEncoder encoder;
    private final Retrieval retrieval;
    private final Reranker reranker;
    private final DescriptionVectors descriptions;

    public SkillMatcher(Vocabulary vocabulary, TextEncoder encoder, Retrieval retrieval, Reranker reranker,
                        DescriptionVectors descriptions) {
        this.vocabulary = vocabulary;
        this.encoder = encoder;
        this.retrieval = retrieval;
        this.reranker = reranker;
        this.descriptions = descriptions;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Whether the text reads as English (the only language matched for now); see {@link English}. */
    public boolean readsAsEnglish(String text) {
        return English.likely(text, retrieval.lexical());
    }

    /** The text's vector (unit length): {@link #similarity} compares it with a skill. */
    public float[] encode(String text) {
        return encoder.encode(text);
    }

    /** Cosine of a text's vector to the skill's preferred label; NaN for a skill the matcher does not know. */
    public double similarity(float[] vector, String uri) {
        int skill = vocabulary.indexOf(uri);
        return skill < 0 ? Double.NaN : retrieval.dense().similarity(vector, skill);
    }

    /**
     * The sense check: cosine of a text's vector to what ESCO's description says the skill is ({@link DescriptionVectors},
     * computed on the skill's first check and kept); NaN for a skill the matcher does not know or ESCO does not describe.
     */
    public double senseSimilarity(float[] vector, String uri) {
        int skill = vocabulary.indexOf(uri);
        return skill < 0 ? Double.NaN : descriptions.similarity(vector, skill);
    }

    /** Saves the description vectors computed since the last save (the sense check), so a restart encodes none again. */
    public void flush() {
        descriptions.flush();
    }

    /** Every candidate for one piece of text, best first (what the benchmark scores). */
    public List<Reranker.Scored> rank(String piece, Map<Integer, Float> context) {
        var terms = Terms.of(piece);
        return reranker.rank(retrieval.candidates(terms, encoder.encode(piece), context));
    }

    /**
     * The skills of a text at or above {@code minConfidence}, at most {@code perSentence} from each sentence and
     * {@code limit} in all, most confident first. {@code context}: priors by skill number (an occupation's skills).
     */
    public List<SkillMatch> match(String text, Map<Integer, Float> context, double minConfidence, int perSentence, int limit) {
        return match(text, context, SkillMatchers.JOB_AD, null, minConfidence, perSentence, limit);
    }

    /**
     * {@link #match(String, Map, double, int, int)} with the confidence of a kind of text ({@code calibration}) and
     * the vector of what the text is about ({@code about}, e.g. its course's title; null: nothing known).
     */
    public List<SkillMatch> match(String text, Map<Integer, Float> context, Calibration calibration, float[] about,
                                  double minConfidence, int perSentence, int limit) {
        var best = new HashMap<Integer, SkillMatch>();
        for (var piece : Sentences.split(text)) {
            var terms = Terms.of(piece.text());
            var ranked = calibrate(reranker.rank(retrieval.candidates(terms, encoder.encode(piece.text()), context)), calibration, about);
            for (var scored : ranked.subList(0, Math.min(perSentence, ranked.size()))) {
                if (scored.confidence() < minConfidence) {
                    break;
                }
                var match = match(scored, piece, terms);
                best.merge(scored.candidate().skill(), match, (a, b) -> b.confidence() > a.confidence() ? b : a);
            }
        }
        var out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(SkillMatch::confidence).reversed().thenComparing(SkillMatch::uri));
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** The candidates with the confidence of this kind of text, most confident first (the score's order for job ads). */
    private List<Reranker.Scored> calibrate(List<Reranker.Scored> ranked, Calibration calibration, float[] about) {
        if (calibration.equals(SkillMatchers.JOB_AD) || ranked.isEmpty()) {
            return ranked;
        }
        double top = ranked.get(0).score();
        return ranked.stream()
                .map(s -> new Reranker.Scored(s.candidate(), s.score(), calibration.confidence(s.score(), top,
                        about == null ? 0 : retrieval.dense().similarity(about, s.candidate().skill()))))
                .sorted(Comparator.comparingDouble(Reranker.Scored::confidence).reversed()
                        .thenComparingInt(s -> s.candidate().skill()))
                .toList();
    }

    private SkillMatch match(Reranker.Scored scored, Sentences.Piece piece, List<Terms.Term> terms) {
        var candidate = scored.candidate();
        var skill = vocabulary.skill(candidate.skill());
        var hit = candidate.lexical();
        var span = hit == null || hit.coverage() < 0.5 ? null : retrieval.lexical().span(hit, terms);
        int start = span == null ? 0 : span[0];
        int end = span == null ? piece.text().length() : span[1];
        var matched = hit == null ? skill.label() : vocabulary.labels().get(hit.label()).text();
        var evidence = new SkillMatch.TextEvidence(piece.text(), piece.start(), piece.text().substring(start, end),
                piece.start() + start, piece.start() + end);
        return new SkillMatch(skill.uri(), skill.label(), skill.skillType(), Math.round(scored.confidence() * 1000) / 1000.0,
                matched, evidence);
    }
}
