package org.credpath.imports.utdallas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What of a UT Dallas description the skill matcher reads: the title and what the course teaches, not its rules. */
class CourseTextTests {

    @Test
    void keepsTheTitleAndTheTeachingDropsHeadingRulesAndSchedule() {
        var description = "CS 5375 - Principles of UNIX (3 semester credit hours) Design and history of the UNIX operating system. "
                + "Shell programming in UNIX. Recommended prerequisite: CS 3335. Prerequisite: CS 5343. (3-0) S";

        assertThat(CourseText.of("Principles of UNIX", description))
                .isEqualTo("Principles of UNIX.\nDesign and history of the UNIX operating system. Shell programming in UNIX.");
    }

    @Test
    void dropsARecommendation() {
        assertThat(CourseText.of("Polymer Chemistry", "CHEM 4335 - Polymer Chemistry (3 semester credit hours) Synthesis of polymers. "
                + "Recommended: CHEM 3322. (3-0) Y")).isEqualTo("Polymer Chemistry.\nSynthesis of polymers.");
    }

    @Test
    void dropsAdministrativeSentences() {
        var description = "ITSS 4V90 - ITSS Internship (1-3 semester credit hours) Students must prepare an oral presentation. "
                + "Credit/No Credit only. May be repeated for credit (6 semester credit hours maximum). Instructor consent required. ([1-3]-0) S";

        assertThat(CourseText.of("ITSS Internship", description)).isEqualTo("ITSS Internship.\nStudents must prepare an oral presentation.");
    }

    @Test
    void aDescriptionWithNothingButRulesLeavesTheTitle() {
        assertThat(CourseText.of("Research in Chemistry", "CHEM 8V99 - Research in Chemistry (1-9 semester credit hours) "
                + "Prerequisite: department consent required. ([1-9]-0) S")).isEqualTo("Research in Chemistry");
        assertThat(CourseText.of("Seminar", null)).isEqualTo("Seminar");
    }

    @Test
    void dropsWhatAStudentShouldAlreadyKnow() {
        var description = "CGS 3342 - Cognitive and Neural Modeling Laboratory (3 semester credit hours) Students build models of "
                + "neural networks. Linear Algebra (MATH 2418) and Computer Programming experience are recommended but not required. "
                + "Must have an understanding of C/C++. Students are expected to have a basic knowledge of statistics and PC "
                + "proficiency (e.g., importing/exporting files). Some prior programming experience is recommended. (3-0) S";

        assertThat(CourseText.of("Cognitive and Neural Modeling Laboratory", description))
                .isEqualTo("Cognitive and Neural Modeling Laboratory.\nStudents build models of neural networks.");
    }

    @Test
    void keepsCourseWorkThatIsRequiredToBeDone() {
        var description = "CS 6349 - Network Security (3 semester credit hours) Students are required to do a programming project "
                + "building a distributed application. Students are expected to design and implement a project. (3-0) S";

        assertThat(CourseText.of("Network Security", description)).isEqualTo("Network Security.\nStudents are required to do a "
                + "programming project building a distributed application. Students are expected to design and implement a project.");
    }

    @Test
    void keepsASentenceForBeginners() {
        var description = "CS 1334 - Programming Fundamentals for Non-Majors (3 semester credit hours) Control statements. "
                + "Designed for students with no prior computer programming experience. Corequisite: CS 1134. (3-0) S";

        assertThat(CourseText.of("Programming Fundamentals for Non-Majors", description)).isEqualTo("Programming Fundamentals "
                + "for Non-Majors.\nControl statements. Designed for students with no prior computer programming experience.");
    }

    @Test
    void dropsWhatDescribesTheFormatInAnyCourse() {
        var description = "OB 6V99 - Special Topics in Organizational Behavior (1-4 semester credit hours) May be lecture, readings or "
                + "individualized study. Selected topics in organizational behavior are covered in organized lectures. Two lectures per week. "
                + "This course is offered in an online format only. Offered only in spring semester. Lecture course. "
                + "Independent study under a faculty member's direction. ([1-4]-0) S";

        assertThat(CourseText.body(description)).isEqualTo("Selected topics in organizational behavior.");
        assertThat(CourseText.body("ACN 6375 - IONM (3 semester credit hours) This course offers beginning instruction in languages. "
                + "This course is offered for voice, piano, and guitar. (3-0) Y"))
                .isEqualTo("This course offers beginning instruction in languages. This course is offered for voice, piano, and guitar.");
    }

    @Test
    void aSectionOfAVariableTopicCourseIsReadByItsTitleAlone() {
        var description = "MECH 5V95 - Topics in Mechanical Engineering (1-9 semester credit hours) Selected topics in mechanical "
                + "engineering are covered in organized lectures. May be repeated for credit as topics vary (9 semester credit hours "
                + "maximum). Instructor consent required. ([1-9]-0) R";
        var section = "Topics in Mechanical Engineering - Intro to Materials Science";

        assertThat(CourseText.sectionTopic(section, description)).contains("Intro to Materials Science");
        assertThat(CourseText.read(section, description)).isEqualTo(new org.credpath.skills.SkillLinks.CredentialText(section, ""));
        assertThat(CourseText.of(section, description)).isEqualTo(section + ".\nSelected topics in mechanical engineering.");
    }

    @Test
    void aVariableTopicCourseWithoutATopicIsReadByItsDescription() {
        var description = "MECH 5V95 - Topics in Mechanical Engineering (1-9 semester credit hours) Selected topics in mechanical "
                + "engineering are covered in organized lectures. May be repeated for credit as topics vary. ([1-9]-0) R";

        assertThat(CourseText.sectionTopic("Topics in Mechanical Engineering", description)).isEmpty();
        assertThat(CourseText.read("Topics in Mechanical Engineering", description).body()).isEqualTo("Selected topics in mechanical engineering.");
    }

    @Test
    void aHeadingWithAListOfCreditHoursIsDropped() {
        assertThat(CourseText.body("MAS 8V90 - Research Series in Management Science - Accounting (2, 3, 6 or 9 semester credit hours) "
                + "Research in accounting. Pass/Fail only. ([2, 3, 6 or 9]-0) S")).isEqualTo("Research in accounting.");
    }
}
