package org.credpath.skills.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The mention splitter on real UT Dallas description sentences (../shared/data/utdallas/courses.json). */
class MentionsTests {

    @Test
    void aTopicListGivesEachTopic() { // CS 4347 Database Systems
        assertThat(mentions("Topics include data models, data normalization, data description languages, query facilities, "
                + "file organization, index organization, file security, data integrity, and reliability."))
                .containsExactly("data models", "data normalization", "data description languages", "query facilities",
                        "file organization", "index organization", "file security", "data integrity", "reliability");
    }

    @Test
    void aSemicolonListIsAListWithoutAnIntroducer() { // CS 6360 Database Design
        assertThat(mentions("Database system architecture; conceptual database models; relational and object-oriented databases; "
                + "database system implementation; query processing and optimization; transaction processing concepts, "
                + "concurrency, and recovery; security."))
                .containsExactly("Database system architecture", "conceptual database models", "relational and object-oriented databases",
                        "database system implementation", "query processing and optimization", "transaction processing concepts",
                        "concurrency", "recovery", "security");
    }

    @Test
    void whatSuchAsFollowsAndWhatItQualifiesAreMentionsAndEtcIsNot() { // CS 6324 Information Security
        assertThat(mentions("Topics include common attacking techniques such as buffer overflow, Trojan, virus, etc."))
                .containsExactly("common attacking techniques", "buffer overflow", "Trojan", "virus");
        assertThat(mentions("This course presents principles and techniques of interactive game design, including but not limited to "
                + "game mechanics, player dynamics, social and multiplayer structures, statistics and game theory, and more."))
                .containsExactly("game mechanics", "player dynamics", "social and multiplayer structures", "statistics and game theory");
    }

    @Test
    void aSentenceOfShortPhrasesIsAListAndOtherSentencesAreNot() { // CS 3345, CS 3377
        assertThat(mentions("Heaps, hashing, and advanced sorting techniques.")).containsExactly("Heaps", "hashing", "advanced sorting techniques");
        assertThat(mentions("Design and implementation of a comprehensive programming project is required.")).isEmpty();
        assertThat(mentions("This course emphasizes the concepts and structures necessary for the design and implementation of "
                + "database management systems.")).isEmpty();
    }

    @Test
    void mentionsKeepTheirPlaceInTheText() {
        var text = "Programming in C. Topics include basic UNIX concepts, file input and output, and dynamic memory allocation.";
        var sentence = Sentences.split(text).get(1);
        var found = Mentions.of(sentence);
        assertThat(found).extracting(Sentences.Piece::text).containsExactly("basic UNIX concepts", "file input and output",
                "dynamic memory allocation");
        found.forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void aMentionNamesASkillInNearlyTheSameWordsOnly() {
        assertThat(Mentions.names("data normalization", "normalize data")).isTrue(); // an alternative label of *normalise data*
        assertThat(Mentions.names("basic statistical inference", "statistical inference")).isTrue();
        assertThat(Mentions.names("game mechanics", "mechanics")).isFalse();
        assertThat(Mentions.names("confidentiality", "respect confidentiality obligations")).isFalse();
        assertThat(Mentions.names("their", "history")).isFalse();
        assertThat(Mentions.names("formal and informal structures", "information structure")).isFalse(); // PA 6320: one stem
        assertThat(Mentions.names("databases", "database")).isTrue();
        assertThat(Mentions.names("emerging technologies", "emerging technology")).isTrue();
    }

    private static List<String> mentions(String sentence) {
        return Mentions.of(new Sentences.Piece(sentence, 0, sentence.length())).stream().map(Sentences.Piece::text).toList();
    }
}
