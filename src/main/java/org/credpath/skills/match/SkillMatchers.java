package org.credpath.skills.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Builds a matcher over a list of skills: indexes the labels, and reads (or computes once, and keeps) their vectors. */
public final class SkillMatchers {

    /**
     * Weights of {@link Reranker#FEATURES}, fitted on the validation sets by bench/skills/fit_reranker.py
     * (docs/skill-matching.md); the last, the occupation context, is set by hand (the sets have no context).
     */
    private static final double[] WEIGHTS = {1, 1, 1.22786, 0.5, 1, 4, 8.5, -0.5, -1.45582, -1.45246, -2, 0.5, 1};
    /** The confidence curve, 1 / (1 + e^-(slope * score + intercept)), fitted on every sentence's top 10 by the same script. */
    private static final double SLOPE = 0.5148;
    private static final double INTERCEPT = -6.0294;
    /** Job-ad sentences, what a learner writes: the curve above (the validation sets are job-ad sentences). */
    public static final Calibration JOB_AD = new Calibration(SLOPE, 0, 0, INTERCEPT);
    /**
     * A course's title, and a description sentence with the title as what it is about: fitted by
     * bench/skills/fit_course_calibration.py on the course-text calibration set (60 UT Dallas titles, 59 description
     * sentences, labelled by reading; docs/skill-matching.md).
     */
    public static final Calibration COURSE_TITLE = new Calibration(0.7464, 0.0839, 0, -6.8392);
    public static final Calibration COURSE_TEXT = new Calibration(0.6941, 0.1554, 5.5910, -8.8259);
    /**
     * A provider's tag: how likely a skill is what the tag names (whether the course bears it out is weighed apart,
     * against its title), fitted on the set's 60 Coursera tag uses by the same script.
     */
    public static final Calibration TAG = new Calibration(0.7462, 0.1622, 0, -7.6963);

    /** The indexes a matcher is made of, and the skills' description vectors (computed on first use). */
    public record Indexes(Vocabulary vocabulary, LexicalIndex lexical, DenseIndex dense, DescriptionVectors descriptions) {
    }

    private SkillMatchers() {
    }

    public static SkillMatcher build(List<SkillConcept> skills, TextEncoder encoder, Path vectorFile, IntConsumer progress) {
        return matcher(indexes(skills, encoder, vectorFile, progress), encoder, WEIGHTS.clone());
    }

    /**
     * The indexes, computing the preferred-label vectors the file does not hold yet ({@code progress} hears each
     * computed); the description vectors are kept beside them ({@link DescriptionVectors#fileBeside}).
     */
    public static Indexes indexes(List<SkillConcept> skills, TextEncoder encoder, Path vectorFile, IntConsumer progress) {
        var vocabulary = new Vocabulary(skills);
        var texts = new ArrayList<String>();
        vocabulary.labels().stream().filter(l -> l.kind() == LabelKind.PREFERRED).forEach(l -> texts.add(l.text()));
        var vectors = new VectorCache(vectorFile, encoder).vectors(texts, progress);
        return new Indexes(vocabulary, new LexicalIndex(vocabulary, new WordSenses(encoder)), new DenseIndex(vocabulary, vectors, encoder.dimension()),
                new DescriptionVectors(vocabulary, encoder, DescriptionVectors.fileBeside(vectorFile)));
    }

    /** A matcher over the indexes re-ranking with the given weights (the benchmark tries others than the fitted ones). */
    public static SkillMatcher matcher(Indexes indexes, TextEncoder encoder, double[] weights) {
        return new SkillMatcher(indexes.vocabulary(), encoder, new Retrieval(indexes.lexical(), indexes.dense()), reranker(indexes, weights),
                indexes.descriptions());
    }

    public static Reranker reranker(Indexes indexes, double[] weights) {
        return new Reranker(indexes.vocabulary(), indexes.lexical(), weights, SLOPE, INTERCEPT);
    }

    public static double[] weights() {
        return WEIGHTS.clone();
    }
}
