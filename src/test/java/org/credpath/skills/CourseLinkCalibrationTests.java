package org.credpath.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The calibration of a course's extracted links: monotone in the combined confidence, ordered by support, bounded. */
class CourseLinkCalibrationTests {

    private static LinkEvidence sentence(double combined, double best, int pieces) {
        return new LinkEvidence(combined, best, pieces, false, LinkEvidence.SENTENCE, 0.4, 0.45, "skill/competence",
                "cross-sector", 0.5, 0.45);
    }

    @Test
    void higherCombinedConfidenceNeverLowersTheCalibratedOneWithTheRestFixed() {
        double previous = -1;
        for (int i = 30; i <= 100; i++) {
            double combined = i / 100.0;
            double calibrated = CourseLinkCalibration.confidence(sentence(combined, 0.6, 2));
            assertThat(calibrated).isGreaterThanOrEqualTo(previous);
            previous = calibrated;
        }
        assertThat(CourseLinkCalibration.confidence(sentence(0.95, 0.6, 2)))
                .isGreaterThan(CourseLinkCalibration.confidence(sentence(0.4, 0.6, 2)));
    }

    @Test
    void aLinkTheTitleAndSeveralSentencesNameScoresAboveOneAWeakSentenceAloneNames() {
        var named = new LinkEvidence(0.99, 0.9, 4, true, LinkEvidence.TITLE, 0.7, 0.6, "knowledge", "cross-sector", 1, 0.6);
        var weak = sentence(0.35, 0.35, 1);

        assertThat(CourseLinkCalibration.confidence(named)).isGreaterThan(CourseLinkCalibration.confidence(weak) + 0.2);
    }

    @Test
    void theConfidenceIsAProbabilityEvenAtTheEdges() {
        for (double combined : new double[] {0, 0.3, 1}) {
            for (var kind : new String[] {LinkEvidence.TITLE, LinkEvidence.SENTENCE, LinkEvidence.MENTION}) {
                var edge = new LinkEvidence(combined, combined, 1, kind.equals(LinkEvidence.TITLE), kind, 1, 1, null, null, 0, Double.NaN);
                assertThat(CourseLinkCalibration.confidence(edge)).isBetween(0.0, 1.0).isNotNaN();
            }
        }
        assertThat(CourseLinkCalibration.logit(1)).isFinite();
        assertThat(CourseLinkCalibration.logit(0)).isFinite();
    }

    @Test
    void everyWeightedFeatureIsNamedInTheOneFeatureList() {
        var names = CourseLinkCalibration.FEATURES.stream().map(CourseLinkCalibration.Feature::name).collect(Collectors.toSet());
        assertThat(names).hasSameSizeAs(CourseLinkCalibration.FEATURES).containsAll(CourseLinkCalibration.WEIGHTS.keySet());
        assertThat(CourseLinkCalibration.values(sentence(0.5, 0.5, 1))).hasSameSizeAs(CourseLinkCalibration.FEATURES);
    }

    @Test
    void overlapIsTheShareOfTheLabelsWordsTheEvidenceHolds() {
        assertThat(LinkSupport.overlap("manage projects", "Students manage software projects.")).isEqualTo(1.0);
        assertThat(LinkSupport.overlap("computer programming", "Programming in Python.")).isEqualTo(0.5);
        assertThat(LinkSupport.overlap("statistics", "Linear algebra.")).isZero();
        assertThat(LinkSupport.overlap("statistics", null)).isZero();
    }
}
