package org.credpath.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The trust curve of a stated skill (fitted on docs/coursera-stated-tags-judged.csv): it rises with the cosine of the
 * credential's own text to the skill and falls with the skill's place in the provider's list.
 */
class StatedConfidenceTests {

    @Test
    void aTagNearTheTitleAndListedFirstIsTrusted() {
        // "Algorithmic Toolbox" tagged algorithms, first of 11: judged right
        assertThat(StatedConfidence.of(0.5995, StatedConfidence.place(0, 11))).isGreaterThan(0.5);
        // "First Principles of Computer Vision" tagged computer vision, first of 5: judged right
        assertThat(StatedConfidence.of(0.7226, StatedConfidence.place(0, 5))).isGreaterThan(0.7);
    }

    @Test
    void aTagNearTheTitleButInTheTailOfALongListIsNot() {
        // "Principles of Management" tagged project management, last of 11 (cosine 0.465): the course is no project management course
        assertThat(StatedConfidence.of(0.465, StatedConfidence.place(10, 11))).isLessThan(0.5);
        // "AI & Law" tagged business intelligence, 7th of 10 (cosine 0.41)
        assertThat(StatedConfidence.of(0.4098, StatedConfidence.place(6, 10))).isLessThan(0.5);
    }

    @Test
    void aTagFarFromTheTitleIsNotTrustedWhereverItIsListed() {
        // "Graduate Certificate in Taxation" tagged visual design (graphic design), cosine 0.10, 92nd of 100
        assertThat(StatedConfidence.of(0.0978, StatedConfidence.place(91, 100))).isLessThan(0.3);
        assertThat(StatedConfidence.of(0.0978, 0)).isLessThan(0.4);
    }

    @Test
    void risesWithTheCosineAndFallsWithThePlace() {
        assertThat(StatedConfidence.of(0.5, 0)).isGreaterThan(StatedConfidence.of(0.3, 0));
        assertThat(StatedConfidence.of(0.5, 0)).isGreaterThan(StatedConfidence.of(0.5, 0.5));
        assertThat(StatedConfidence.of(0.5, 2)).isEqualTo(StatedConfidence.of(0.5, 1));
    }

    @Test
    void anUnknownCosineIsNoSupportAndALoneTagIsFirst() {
        assertThat(StatedConfidence.of(Double.NaN, 0)).isEqualTo(StatedConfidence.of(0, 0)).isLessThan(0.3);
        assertThat(StatedConfidence.place(0, 1)).isZero();
        assertThat(StatedConfidence.place(3, 4)).isEqualTo(1.0);
    }
}
