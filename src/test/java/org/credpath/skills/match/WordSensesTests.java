package org.credpath.skills.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two words the stemmer joins: one word in two forms, or two meanings. The pairs are the real ones of the judged samples
 * (docs/skill-links-judged*.csv: "Information Security" read as *securities*, "Social and Personality Development" as
 * *personal development*, both wrong) and of the course-text calibration set (right links through another form of the
 * label's word: "Mathematical Analysis" -> *mathematics*, "Political Philosophy" -> *politics*...) and of the TECH
 * validation set ("a good communicator" -> *communication*), which must survive.
 */
class WordSensesTests {

    private static WordSenses senses;

    @BeforeAll
    static void encoder() {
        senses = new WordSenses(new MiniLmEncoder());
    }

    @Test
    void wordsOfAnotherMeaningUnderOneStemAreNotOneWord() {
        assertThat(senses.same("security", "securities")).isFalse();
        assertThat(senses.same("personality", "personal")).isFalse();
        assertThat(senses.same("composers", "compose")).as("a music survey is not *compose music*").isFalse();
        assertThat(senses.same("experience", "experiment")).isFalse();
    }

    @Test
    void formsOfOneWordAreOneWord() {
        String[][] pairs = {{"mathematical", "mathematics"}, {"political", "politics"}, {"algorithmic", "algorithms"},
            {"interactions", "interaction"}, {"mechanical", "mechanics"}, {"psychological", "psychology"},
            {"neuropathologies", "neuropathology"}, {"music", "musical"}, {"statistical", "statistics"},
            {"databases", "database"}, {"ethical", "ethics"}, {"communications", "communication"},
            {"communicator", "communication"}};
        for (var pair : pairs) {
            assertThat(senses.same(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isTrue();
        }
    }

    @Test
    void theSameWordNeedsNoVectorAndStemsAloneJoinEverything() {
        assertThat(senses.same("security", "security")).isTrue();
        assertThat(WordSenses.byStem().same("security", "securities")).isTrue();
    }
}
