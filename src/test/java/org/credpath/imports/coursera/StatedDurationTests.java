package org.credpath.imports.coursera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatedDurationTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            " 1 - 4 Weeks | 2.5 | WEEKS",
            " 3 - 6 Months | 19.5 | WEEKS",
            "1 - 4 Years | 130 | WEEKS",
            "Less Than 2 Hours | 1 | HOURS",
            "24 meses. | 104 | WEEKS",
            "18 a 24 meses | 91 | WEEKS",
            "3 – 6 years | 234 | WEEKS",
            "1.5 – 3 years | 117 | WEEKS",
            "4-6 months to complete | 21.667 | WEEKS",
            "2 to 4 years depending on beginning credits and course load | 156 | WEEKS",
            "2 or 3 years | 130 | WEEKS",
            "12 months | 52 | WEEKS"})
    void readsTheMiddleOfTheStatedRange(String text, double middle, StatedDuration.Unit unit) {
        var duration = StatedDuration.parse(text).orElseThrow();

        assertThat(duration.middle()).isCloseTo(middle, within(0.01));
        assertThat(duration.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"15+ hours of study/wk per course", "None", "", "flexible", "6 modules"})
    void aWeeklyLoadOrNoDurationIsNotRead(String text) {
        assertThat(StatedDuration.parse(text)).isEmpty();
    }
}
