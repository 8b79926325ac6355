package org.credpath.imports.utdallas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.credpath.catalog.model.CredentialSpec;
import org.credpath.imports.ImportProgress;
import org.junit.jupiter.api.Test;

/** "(Same as CS 2305 and TE 2305)" in a UT Dallas description: the course is cross-listed under those codes. */
class CrossListedCoursesTests {

    @Test
    void readsTheCodesOfRealSameAsLines() {
        // real descriptions of ../shared/data/utdallas/courses.json (ends shortened)
        assertThat(SameAsText.codes("Elementary number theory. Prerequisite: Score of at least 75% in ALEKS or MATH 2312 with a grade "
                + "of C or better. (Same as CS 2305 and TE 2305) (3-0) S")).containsExactly("CS 2305", "TE 2305");
        assertThat(SameAsText.codes("Prerequisites: (ACCT 3331 with a minimum grade of C) and FIN 3320. (Same as FIN 4337) (3-0) Y"))
                .containsExactly("FIN 4337");
        assertThat(SameAsText.codes("Instructor consent required. (Same as CGS 4394 and NSC 4394 and PSY 4394 and SPAU 4396) (3-0) S"))
                .containsExactly("CGS 4394", "NSC 4394", "PSY 4394", "SPAU 4396");
        // the closing parenthesis missing at the end of the text, and "or" for "and"
        assertThat(SameAsText.codes("An introduction to the engineering profession. (Same as EE 1202")).containsExactly("EE 1202");
        assertThat(SameAsText.codes("Applications to problem solving. (Same as GEOS 2305 or GISC 2305) (3-0) Y"))
                .containsExactly("GEOS 2305", "GISC 2305");
        // the prerequisite's own parentheses are not a cross-listing
        assertThat(SameAsText.codes("Prerequisites: (ACCT 2301 with a minimum grade of C) and ITSS 3300. (3-0) Y")).isEmpty();
        assertThat(SameAsText.codes(null)).isEmpty();
    }

    @Test
    void linksEachCourseToTheOtherCodesInTheCatalogAndWarnsOfTheRest() {
        var courses = List.of(
                course("1", "CE", "2305", "(Same as CS 2305 and TE 2305) (3-0) S"),
                course("2", "CS", "2305", "(Same as CE 2305 and TE 2305) (3-0) S"),
                course("3", "TE", "2305", "(Same as CE 2305 and CS 2305"),
                course("4", "EE", "1202", "(Same as CE 1202 and XX 9999) (1-0) S"));
        var mapping = new UtdallasCatalogMapper(List.of()).map(new SourceFile("courses.json", "[" + String.join(",", courses) + "]"),
                List.of(), name -> Optional.empty(), ImportProgress.NONE);

        assertThat(credential(mapping, "utd-CE-2305").sameAs()).containsExactly("utd-CS-2305", "utd-TE-2305");
        assertThat(credential(mapping, "utd-TE-2305").sameAs()).containsExactly("utd-CE-2305", "utd-CS-2305");
        assertThat(credential(mapping, "utd-EE-1202").sameAs()).isEmpty();
        assertThat(mapping.warnings()).contains(
                "courses.json: $[3].description: 'Same as CE 1202': no course has that code; not linked as the same course");
        assertThat(mapping.tally().crossListedCourses()).isEqualTo(3);
    }

    @Test
    void theSameTitleAndTextUnderOtherSubjectsCodesIsOneCourseButASubjectsOwnSequenceIsNot() {
        // ACCT 6309 / MIS 6309 "Business Data Warehousing" and ACCT, BUAN, MIS 6320 / OPRE 6393 print one text and say
        // no "Same as"; AERO 3310 and 3320 print one text too, under one subject: a sequence, not one course
        var courses = List.of(
                course("1", "ACCT", "6309", "(3-0) Y"),
                course("2", "MIS", "6309", "(3-0) Y"),
                course("3", "OPRE", "6393", "(3-0) Y"),
                course("4", "AERO", "3310", "Leadership. (3-0) Y"),
                course("5", "AERO", "3320", "Leadership. (3-0) Y"),
                course("6", "CS", "6309", "Other text. (3-0) Y"));
        var mapping = new UtdallasCatalogMapper(List.of()).map(new SourceFile("courses.json", "[" + String.join(",", courses) + "]"),
                List.of(), name -> Optional.empty(), ImportProgress.NONE);

        assertThat(credential(mapping, "utd-ACCT-6309").sameAs()).containsExactly("utd-MIS-6309", "utd-OPRE-6393");
        assertThat(credential(mapping, "utd-OPRE-6393").sameAs()).containsExactly("utd-ACCT-6309", "utd-MIS-6309");
        assertThat(credential(mapping, "utd-AERO-3310").sameAs()).isEmpty();
        assertThat(credential(mapping, "utd-CS-6309").sameAs()).isEmpty();
        assertThat(mapping.tally().crossListedCourses()).isEqualTo(3);
    }

    private static String course(String id, String prefix, String number, String sameAs) {
        return """
                {"id": "%s", "subject_prefix": "%s", "course_number": "%s", "title": "Discrete Mathematics for Computing I",
                 "description": "%s %s - Discrete Mathematics for Computing I (3 semester credit hours) Logic. %s",
                 "prerequisites": {"type": "collection", "options": [], "required": 0}}"""
                .formatted(id, prefix, number, prefix, number, sameAs);
    }

    private static CredentialSpec credential(UtdallasMapping mapping, String id) {
        return mapping.catalog().credentials().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
