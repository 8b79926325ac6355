package org.credpath.skills.match;

/**
 * How a kind of text turns a candidate's re-ranker score into a confidence: {@code 1 / (1 + e^-z)} with
 * {@code z = score * score() + (score - best) * gap() + cosine * about() + intercept()}, where {@code best} is the best
 * score in the same piece of text and {@code cosine} that of the skill to what the text is about (a course's title; 0
 * when nothing is known). Fitted per kind of text (docs/skill-matching.md): job-ad sentences on the validation sets,
 * course titles and course description sentences on the course-text calibration set
 * ({@code bench/skills/course-calibration.csv}).
 */
public record Calibration(double score, double gap, double about, double intercept) {

    public double confidence(double value, double best, double aboutCosine) {
        return 1 / (1 + Math.exp(-(value * score + (value - best) * gap + aboutCosine * about + intercept)));
    }
}
