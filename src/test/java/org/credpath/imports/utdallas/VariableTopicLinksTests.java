package org.credpath.imports.utdallas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.credpath.catalog.model.AlignmentSpec;
import org.credpath.skills.SkillLinks;
import org.credpath.support.SampledEscoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The links of a section of a variable-topic course, on real ESCO skills (the named ones and every 20th, as in
 * SkillLinksTests): its title's topic gives them, the umbrella description none; a topics course without a section's
 * topic keeps what its description names.
 */
class VariableTopicLinksTests {

    private static final String KOREAN = "http://data.europa.eu/esco/skill/f9bc2890-d1f2-4a83-bd7b-b150a7679c79";
    private static final String ITALIAN = "http://data.europa.eu/esco/skill/87219dfe-a21c-4160-8cc8-1eabf9b16b44";
    private static final String NANOTECHNOLOGY = "http://data.europa.eu/esco/skill/a8da58c7-42fc-4fd6-b25a-b06b74c00179";
    private static final String BIOTECHNOLOGY = "http://data.europa.eu/esco/skill/61bef658-d7f9-4759-b1b0-0f9cb3bc581a";
    private static final Set<String> NAMED = Set.of(KOREAN, ITALIAN, NANOTECHNOLOGY, BIOTECHNOLOGY);

    /** UT Dallas LANG 1311, as the catalog gives it. */
    private static final String LANGUAGES = "LANG 1311 - Beginning Language Instruction I (3 semester credit hours) This course offers "
            + "beginning instruction in foreign languages not taught on a regular basis. It integrates acquisition of language skills "
            + "(listening, speaking, reading, and writing) with study of culture and civilization. Languages will vary but may include "
            + "Italian, Hindi, or Russian. May be repeated for credit as language varies (6 semester credit hours maximum). (3-0) Y";
    /** UT Dallas IPEC 4305, shortened. */
    private static final String INSTITUTIONS = "IPEC 4305 - Topics in Science, Technology and Institutions (3 semester credit hours) "
            + "The course examines issues related to the relationship between science and politics. Lastly, the course addresses "
            + "important contemporary topics related to climate change, biotechnology and genetic engineering, artificial intelligence "
            + "and nanotechnology, and other topics. May be repeated for credit as topics vary (9 semester credit hours maximum). (3-0) T";

    private static SkillLinks links;

    @BeforeAll
    static void build() {
        links = new SkillLinks(SampledEscoMatcher.with(NAMED));
    }

    @Test
    void aSectionIsLinkedToItsTopicAndNotToWhatTheUmbrellaTextNames() {
        var section = "Beginning Language Instruction I - Beginning Korean";
        var umbrella = links.evidence(new SkillLinks.CredentialText(section, CourseText.body(LANGUAGES)));
        var found = links.extract(CourseText.read(section, LANGUAGES));

        assertThat(umbrella).containsKey(ITALIAN); // read as before, the umbrella names a language the section does not teach
        assertThat(found).extracting(AlignmentSpec::skill).contains(KOREAN).doesNotContain(ITALIAN);
        assertThat(found).allSatisfy(l -> assertThat(l.evidence()).isEqualTo(section + "."));
        assertThat(confidence(found, KOREAN)).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void theUmbrellaSentenceAloneGivesASectionNoLink() {
        var section = "Topics in Science Technology and Institutions - The 'next' Digital Economy";
        var found = links.extract(CourseText.read(section, INSTITUTIONS));

        assertThat(links.extract(new SkillLinks.CredentialText(section, CourseText.body(INSTITUTIONS))))
                .extracting(AlignmentSpec::skill).contains(NANOTECHNOLOGY, BIOTECHNOLOGY);
        assertThat(found).extracting(AlignmentSpec::skill).doesNotContain(NANOTECHNOLOGY, BIOTECHNOLOGY);
    }

    @Test
    void aTopicsCourseWithoutASectionTopicKeepsWhatItsDescriptionNames() {
        var found = links.extract(CourseText.read("Topics in Science, Technology and Institutions", INSTITUTIONS));

        assertThat(found).extracting(AlignmentSpec::skill).contains(NANOTECHNOLOGY, BIOTECHNOLOGY);
    }

    private static double confidence(List<AlignmentSpec> found, String skill) {
        return found.stream().filter(l -> l.skill().equals(skill)).mapToDouble(AlignmentSpec::confidence).findFirst().orElse(0);
    }
}
