package org.credpath.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A stated skill far from the credential's own text keeps a low confidence; one near it a high one. */
class StatedConfidenceTests {

    @Test
    void mapsTheCosineLinearlyBetweenFarAndNear() {
        assertThat(StatedConfidence.of(0.05)).isEqualTo(StatedConfidence.LOW);
        assertThat(StatedConfidence.of(StatedConfidence.FAR)).isEqualTo(StatedConfidence.LOW);
        assertThat(StatedConfidence.of(0.30)).isEqualTo(0.575);
        assertThat(StatedConfidence.of(StatedConfidence.NEAR)).isEqualTo(StatedConfidence.HIGH);
        assertThat(StatedConfidence.of(0.9)).isEqualTo(StatedConfidence.HIGH);
    }

    @Test
    void anUnknownCosineIsLow() {
        assertThat(StatedConfidence.of(Double.NaN)).isEqualTo(StatedConfidence.LOW);
    }
}
