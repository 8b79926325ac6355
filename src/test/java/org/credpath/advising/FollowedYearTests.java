package org.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which catalog year a learner follows: the latest in effect on their start, the earliest before all, or the chosen one. */
class FollowedYearTests {

    static final List<FollowedYear.Version> YEARS = List.of(new FollowedYear.Version("bs-2022", LocalDate.of(2022, 8, 1)),
            new FollowedYear.Version("bs", LocalDate.of(2024, 8, 1)), new FollowedYear.Version("bs-2023", LocalDate.of(2023, 8, 1)));

    static String rules(String start) {
        return FollowedYear.pick("bs", start == null ? null : LocalDate.parse(start), null, YEARS).rules();
    }

    @Test
    void theYearInEffectOnTheStartIsFollowed() {
        assertThat(rules("2022-08-01")).isEqualTo("bs-2022"); // the day it took effect
        assertThat(rules("2023-07-31")).isEqualTo("bs-2022");
        assertThat(rules("2023-08-01")).isEqualTo("bs-2023");
        assertThat(rules("2025-01-10")).isEqualTo("bs");
        assertThat(rules("2019-09-01")).isEqualTo("bs-2022"); // before every year: the earliest
        assertThat(rules(null)).isEqualTo("bs"); // no start: the latest
    }

    @Test
    void aChosenYearWinsAndAProgrammeWithoutYearsIsItsOwn() {
        var chosen = FollowedYear.pick("bs", LocalDate.of(2025, 1, 10), "bs-2022", YEARS);
        assertThat(chosen.rules()).isEqualTo("bs-2022");
        assertThat(chosen.chosen()).isTrue();
        assertThat(chosen.effective()).isEqualTo(LocalDate.of(2022, 8, 1));
        assertThat(FollowedYear.pick("cert", LocalDate.of(2025, 1, 10), null, List.of()).rules()).isEqualTo("cert");
    }
}
