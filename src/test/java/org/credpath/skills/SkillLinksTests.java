package org.credpath.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.credpath.catalog.model.AlignmentSpec;
import org.credpath.support.SampledEscoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The links imports write, on real ESCO skills (the named ones and every 20th, as in SkillMatcherTests): skills
 * extracted from a description with their sentence, and a stated skill assessed against the credential's own text.
 */
class SkillLinksTests {

    private static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    private static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
    private static final String PROJECT_MANAGEMENT = "http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388";
    private static final String ALGORITHMS = "http://data.europa.eu/esco/skill/54924a2c-daca-40d3-9716-4b38ceb04f38";
    private static final String COMMUNICATION = "http://data.europa.eu/esco/skill/15d76317-c71a-4fa2-aadc-2ecc34e627b7";
    private static final String CLOUD = "http://data.europa.eu/esco/skill/bd14968e-e409-45af-b362-3495ed7b10e0";
    private static final Set<String> NAMED = Set.of(PYTHON, SQL, PROJECT_MANAGEMENT, ALGORITHMS, COMMUNICATION, CLOUD);

    private static SkillLinks links;

    @BeforeAll
    static void build() {
        links = new SkillLinks(SampledEscoMatcher.with(NAMED));
    }

    @Test
    void extractsTheSkillsOfADescriptionWithTheirSentence() {
        var found = links.extract("Programming in Python and SQL.\nStudents write Python programs and query relational databases with SQL.");

        assertThat(found).extracting(AlignmentSpec::skill).contains(PYTHON, SQL);
        var python = found.stream().filter(a -> a.skill().equals(PYTHON)).findFirst().orElseThrow();
        assertThat(python.source()).isEqualTo(AlignmentSpec.EXTRACTED);
        assertThat(python.evidence()).isIn("Programming in Python and SQL.",
                "Students write Python programs and query relational databases with SQL.");
        assertThat(python.confidence()).isBetween(SkillLinks.FLOOR, 1.0);
        assertThat(found).allSatisfy(a -> assertThat(a.confidence()).isGreaterThanOrEqualTo(SkillLinks.FLOOR));
    }

    @Test
    void aCourseTitleIsReadAsATitleAndGivesTheSkillItNamesMoreConfidenceThanAJobAdSentenceWould() {
        var asTitle = links.extract(new SkillLinks.CredentialText("Introduction to Python Programming", ""));
        var asJobAd = links.extract("Introduction to Python Programming.");

        assertThat(asTitle).extracting(AlignmentSpec::skill).contains(PYTHON);
        assertThat(asTitle.get(0).evidence()).isEqualTo("Introduction to Python Programming.");
        assertThat(confidence(asTitle, PYTHON)).isGreaterThan(confidence(asJobAd, PYTHON));
    }

    @Test
    void aDescriptionSentenceIsReadWithItsCoursesTitleAsWhatItIsAbout() {
        var sentence = "Students write queries with SQL.";
        var databases = links.extractOutcome("Database Systems", sentence);
        var poetry = links.extractOutcome("Medieval Poetry", sentence);

        assertThat(databases).extracting(AlignmentSpec::skill).contains(SQL);
        assertThat(confidence(databases, SQL)).isGreaterThan(confidence(poetry, SQL));
        assertThat(databases).allSatisfy(a -> assertThat(a.evidence()).isEqualTo(sentence));
    }

    @Test
    void eachTopicOfATopicListIsReadOnItsOwnAndNamesItsSkill() { // OBHR 3310 and MIS 6313 of UT Dallas: no link before mentions
        var behaviour = "The topics include: motivation, attitudes, ethics, communication, leadership, teamwork, power, negotiation, and culture.";
        var behaviourCourse = new SkillLinks.CredentialText("Organizational Behavior", behaviour);
        // the mention names the skill (weighed as a first-listed stated tag, StatedConfidence); the calibration then says
        // how often such a link is right (one topic named once in a list of nine: less often than not) and writes it
        // only at SkillLinks.FLOOR or more
        var communication = links.evidence(behaviourCourse).get(COMMUNICATION);
        assertThat(communication.combined()).isGreaterThanOrEqualTo(SkillLinks.FLOOR);
        assertThat(CourseLinkCalibration.confidence(communication)).isLessThan(0.5);

        var it = "The course covers topics including strategic role of information, digital transformation, information for decision "
                + "making, managing information resources, cloud computing, cybersecurity, business analytics for managerial decision "
                + "making, and current information systems/technology issues.";
        var cloud = links.evidence(new SkillLinks.CredentialText("Managing IT in the Analytics Age", it)).get(CLOUD);
        assertThat(cloud.combined()).isGreaterThanOrEqualTo(SkillLinks.FLOOR);
    }

    @Test
    void aCourseLinkTheTitleAndSeveralSentencesNameIsCalibratedAboveOneAPassingSentenceNames() {
        var course = new SkillLinks.CredentialText("Python Programming",
                "Students write Python programs. Python data structures and libraries are covered in depth.");
        var evidence = links.evidence(course).get(PYTHON);
        assertThat(evidence.title()).isTrue();
        assertThat(evidence.pieces()).isGreaterThanOrEqualTo(2);
        assertThat(confidence(links.extract(course), PYTHON)).isEqualTo(
                Math.round(CourseLinkCalibration.confidence(evidence) * 1000) / 1000.0);
        var passing = links.extract(new SkillLinks.CredentialText("Research Methods in Biology", "Some exercises use Python."));
        assertThat(confidence(links.extract(course), PYTHON)).isGreaterThan(confidence(passing, PYTHON));
    }

    @Test
    void aMentionIsKeptOnlyForASkillItNamesAndThatTheTitleBearsOut() {
        var borneOut = links.mention("communication", "Topics: communication, ethics.", "Organizational Behavior");
        var notBorneOut = links.mention("communication", "Topics: communication, ethics.", "Riemann-Stieltjes Integration");
        assertThat(borneOut).isPresent();
        assertThat(notBorneOut.map(AlignmentSpec::confidence).orElse(0.0)).isLessThan(0.5).isLessThan(borneOut.get().confidence());
        assertThat(links.mention("mechanics", "Topics: game mechanics, level design.", "Game Design")).isEmpty();
    }

    private static double confidence(java.util.List<AlignmentSpec> found, String skill) {
        return found.stream().filter(a -> a.skill().equals(skill)).mapToDouble(AlignmentSpec::confidence).findFirst().orElse(0);
    }

    @Test
    void aStatedSkillFarFromTheCoursesOwnTextKeepsALowConfidence() {
        var near = links.stated(PYTHON, "Coursera tag: Python Programming", "Python for Everybody", 0);
        var far = links.stated(PYTHON, "Coursera tag: Python Programming", "Principles of Management", 0);

        assertThat(near.source()).isEqualTo(AlignmentSpec.STATED);
        assertThat(near.evidence()).isEqualTo("Coursera tag: Python Programming");
        assertThat(near.confidence()).isGreaterThan(0.5);
        assertThat(far.confidence()).isLessThan(0.3);
    }

    @Test
    void aStatedSkillNearTheTitleInTheTailOfALongListIsNotTrusted() {
        // Johns Hopkins "Principles of Management" lists project management last of its 11 tags
        var tail = links.stated(PROJECT_MANAGEMENT, "Coursera tag: Project Management", "Principles of Management", SkillLinks.place(10, 11));
        // "Algorithmic Toolbox" lists algorithms first of 11
        var first = links.stated(ALGORITHMS, "Coursera tag: Algorithms", "Algorithmic Toolbox", SkillLinks.place(0, 11));

        assertThat(tail.source()).isEqualTo(AlignmentSpec.STATED);
        assertThat(tail.confidence()).isLessThan(0.5);
        assertThat(first.confidence()).isGreaterThan(0.5);
    }

    @Test
    void aTagIsReadForTheSkillItNamesAndTrustedOnlyAsFarAsTheCourseTitleBearsItOut() {
        var near = links.tag("Python Coding", "Coursera tag: Python Coding", "Python for Everybody", 0).orElseThrow();
        var far = links.tag("Python Coding", "Coursera tag: Python Coding", "Principles of Management", 0);

        assertThat(near.skill()).isEqualTo(PYTHON);
        assertThat(near.source()).isEqualTo(AlignmentSpec.EXTRACTED);
        assertThat(near.confidence()).isGreaterThanOrEqualTo(0.5);
        assertThat(far.map(AlignmentSpec::confidence).orElse(0.0)).isLessThan(0.5);
    }

    @Test
    void aTextNamingNoSkillGivesNoLink() {
        assertThat(links.extract("The weather was lovely on Sunday.")).allSatisfy(a -> assertThat(a.confidence()).isLessThan(0.5));
    }
}
