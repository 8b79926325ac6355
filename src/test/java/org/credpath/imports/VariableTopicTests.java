package org.credpath.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which titles are sections of a variable-topic course, and their topic. */
class VariableTopicTests {

    private static final String MECH = "Selected topics in mechanical engineering are covered in organized lectures. "
            + "May be repeated for credit as topics vary (9 semester credit hours maximum).";

    @Test
    void aTopicsCourseSectionIsItsTopicAfterTheCoursesTitle() {
        assertThat(VariableTopic.topic("Topics in Mechanical Engineering - Intro to Materials Science", "Topics in Mechanical Engineering", MECH))
                .contains("Intro to Materials Science");
        assertThat(VariableTopic.topic("Topics in Mechanical Engineering: Intro to Materials Science", null, MECH))
                .contains("Intro to Materials Science");
    }

    @Test
    void theCoursesTitleIsComparedByLettersAndDigitsAndTheTopicMayHoldASeparator() {
        assertThat(VariableTopic.topic("Topics in Arts Technology and Emerging Communication - Reading Media Critically",
                "Topics in Arts, Technology, and Emerging Communication", "Study of principles. May be repeated for credit as topics vary."))
                .contains("Reading Media Critically");
        assertThat(VariableTopic.topic("The Arts in Historical Contexts - Year 1600 - Art, Lit, History", "The Arts in Historical Contexts",
                "Topics will vary, but may focus on a particular movement.")).contains("Year 1600 - Art, Lit, History");
    }

    @Test
    void theTextSaysTheTopicVariesInManyWords() {
        for (var text : new String[] {"May be repeated for credit as topics vary.", "Maybe repeated for credit as topics vary.",
            "Topics may vary.", "Subject matter will vary from semester to semester.", "Languages will vary but may include Italian.",
            "May be repeated for credit as language varies.", "Content varies.", "The focus varies by semester."}) {
            assertThat(VariableTopic.varies("Beginning Language Instruction I", text)).as(text).isTrue();
        }
        assertThat(VariableTopic.varies("Linguistics", "Topics include language change and variation.")).isFalse();
        assertThat(VariableTopic.varies("Network Security", "May be repeated for credit.")).isFalse();
    }

    @Test
    void aCourseTitledTopicsIsVariableWhateverItsTextSays() {
        assertThat(VariableTopic.topic("Topics in Literary Studies - 1930s American Lit & Politics", "Topics in Literary Studies",
                "May be repeated for credit (9 semester credit hours maximum).")).contains("1930s American Lit & Politics");
    }

    @Test
    void noTopicWithoutAVariableCourseOrWithoutATopicOrWithATopicRepeatingTheTitle() {
        assertThat(VariableTopic.topic("Capstone Senior Project - Marketing", "Capstone Senior Project", "Students apply their knowledge."))
                .isEmpty();
        assertThat(VariableTopic.topic("Topics in Mechanical Engineering", "Topics in Mechanical Engineering", MECH)).isEmpty();
        assertThat(VariableTopic.topic("Seminar in Mechanical Engineering", null, "A wide spectrum of topics. Topics vary.")).isEmpty();
        assertThat(VariableTopic.topic("Urban Economics - Urban Economics", "Urban Economics", "Content varies.")).isEmpty();
        assertThat(VariableTopic.topic("Materials Science for Sustainable Energy - Materials Sci Sustainable Engy",
                "Materials Science for Sustainable Energy", "Topics vary.")).isEmpty();
        assertThat(VariableTopic.topic("Topics in Theoretical Asset Pricing - Theory in Asset Pricing", "Topics in Theoretical Asset Pricing",
                "Topics include utility theory.")).isEmpty();
        assertThat(VariableTopic.topic("Topics in Mechanical Engineering - Robotics", "Topics in Electrical Engineering", MECH)).isEmpty();
        assertThat(VariableTopic.topic(null, null, MECH)).isEmpty();
    }
}
