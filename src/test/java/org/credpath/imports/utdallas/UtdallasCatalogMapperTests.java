package org.credpath.imports.utdallas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CatalogValidator;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.ReferenceLookup;
import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;
import org.credpath.catalog.model.RuleSpec.ConditionLeaf;
import org.credpath.catalog.model.RuleSpec.CredentialLeaf;
import org.credpath.catalog.model.RuleSpec.FilterLeaf;
import org.credpath.catalog.model.RuleSpec.Group;
import org.credpath.catalog.model.RuleSpec.UnresolvedLeaf;
import org.credpath.imports.ImportProgress;
import org.junit.jupiter.api.Test;

/** The UT Dallas mapping on small hand-made courses.json and degree files shaped like the real ones. */
class UtdallasCatalogMapperTests {

    private static final String NONE = """
            {"type": "collection", "options": [], "required": 0}""";

    private static String course(String id, String prefix, String number, String hours, String prerequisites) {
        return course(id, prefix, number, hours, prerequisites, NONE, NONE);
    }

    private static String course(String id, String prefix, String number, String hours, String prerequisites,
                                 String coOrPre, String corequisites) {
        return """
                {"id": "%s", "subject_prefix": "%s", "course_number": "%s", "title": "Course %s %s",
                 "description": "%s %s - Course (%s) Some text. (3-0) S",
                 "prerequisites": %s, "corequisites": %s, "co_or_pre_requisites": %s}"""
                .formatted(id, prefix, number, prefix, number, prefix, number, hours, prerequisites, corequisites, coOrPre);
    }

    private static String ref(String id) {
        return "{\"type\": \"course\", \"class_reference\": \"" + id + "\"}";
    }

    private static String collection(int required, String... options) {
        return "{\"type\": \"collection\", \"required\": " + required + ", \"options\": [" + String.join(", ", options) + "]}";
    }

    /** Three plain courses: a = CS 1337, b = CS 2336, c = MATH 2413. */
    private static final List<String> BASICS = List.of(
            course("a", "CS", "1337", "3 semester credit hours", NONE),
            course("b", "CS", "2336", "3 semester credit hours", NONE),
            course("c", "MATH", "2413", "4 semester credit hours", NONE));

    private static UtdallasMapping map(List<String> courses, Map<String, String> degrees) {
        var files = new ArrayList<SourceFile>();
        degrees.forEach((name, json) -> files.add(new SourceFile(name, json)));
        var catalog = courses == null ? null : new SourceFile("courses.json", "[" + String.join(",\n", courses) + "]");
        return new UtdallasCatalogMapper(List.of()).map(catalog, files, name -> Optional.empty(), ImportProgress.NONE);
    }

    private static UtdallasMapping mapCourses(String... extra) {
        var all = new ArrayList<>(BASICS);
        all.addAll(List.of(extra));
        return map(all, Map.of());
    }

    private static CredentialSpec credential(UtdallasMapping mapping, String id) {
        return mapping.catalog().credentials().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<CatalogProblem> rejected(Runnable mapping) {
        var problems = new ArrayList<CatalogProblem>();
        assertThatThrownBy(mapping::run).isInstanceOfSatisfying(CatalogRejectedException.class, e -> problems.addAll(e.problems()));
        return problems;
    }

    @Test
    void mapsCoursesWithCodeSubjectAndCreditHoursParsedFromTheDescription() {
        var mapping = mapCourses(
                course("v", "CS", "4V98", "1-6 semester credit hours", NONE),
                course("o", "CS", "1100", "1 semester credit hour", NONE),
                course("z", "NATS", "1000", "0 semester credit hours", NONE),
                course("n", "AERO", "1030", "", NONE).replace("()", "- ()"));

        var cs1337 = credential(mapping, "utd-CS-1337");
        assertThat(cs1337.kind()).isEqualTo(CredentialKind.COURSE);
        assertThat(cs1337.code()).isEqualTo("CS 1337");
        assertThat(cs1337.subject()).isEqualTo("CS");
        assertThat(cs1337.title()).isEqualTo("Course CS 1337");
        assertThat(cs1337.provider()).isEqualTo("utd");
        assertThat(cs1337.creditHours()).isEqualTo(3.0);
        assertThat(cs1337.ects()).isEqualTo(6.0);
        assertThat(cs1337.prerequisites()).isNull();
        assertThat(credential(mapping, "utd-MATH-2413").ects()).isEqualTo(8.0);
        assertThat(credential(mapping, "utd-CS-1100").creditHours()).isEqualTo(1.0);
        // variable hours count at their minimum; the description keeps the range
        assertThat(credential(mapping, "utd-CS-4V98").creditHours()).isEqualTo(1.0);
        assertThat(credential(mapping, "utd-CS-4V98").description()).contains("(1-6 semester credit hours)");
        // a 0-hour course keeps its hours but carries no ECTS; no hours stated: neither, and a warning
        assertThat(credential(mapping, "utd-NATS-1000").creditHours()).isEqualTo(0.0);
        assertThat(credential(mapping, "utd-NATS-1000").ects()).isNull();
        assertThat(credential(mapping, "utd-AERO-1030").creditHours()).isNull();
        assertThat(mapping.warnings()).contains("courses.json: $[6]: AERO 1030 states no semester credit hours; kept without credits");
        assertThat(mapping.tally().variableHourCourses()).isEqualTo(1);
        assertThat(mapping.catalog().providers()).singleElement()
                .satisfies(p -> assertThat(p.id() + " " + p.country() + " " + p.type()).isEqualTo("utd US university"));
    }

    @Test
    void mapsKOfNCollectionsNestedAsAllOfAndAtLeastKWithMinimumGrades() {
        var tree = collection(1,
                collection(2, ref("a"), "{\"type\": \"course\", \"class_reference\": \"b\", \"minimum_grade\": \"C\"}"),
                collection(2, ref("c"), collection(1, ref("a"), ref("b"))));
        var mapping = mapCourses(course("x", "CS", "3345", "3 semester credit hours", collection(1, tree)));

        var rule = (Group) credential(mapping, "utd-CS-3345").prerequisites();
        assertThat(rule.kind()).isEqualTo(RuleKind.AT_LEAST_K_OF); // the one-option top collection is its option
        assertThat(rule.k()).isEqualTo(1);
        var first = (Group) rule.children().get(0);
        assertThat(first.kind()).isEqualTo(RuleKind.ALL_OF);
        assertThat(first.children()).containsExactly(new CredentialLeaf("utd-CS-1337", null), new CredentialLeaf("utd-CS-2336", "C"));
        var second = (Group) rule.children().get(1);
        assertThat(second.kind()).isEqualTo(RuleKind.ALL_OF);
        assertThat(second.children().get(0)).isEqualTo(new CredentialLeaf("utd-MATH-2413", null));
        var inner = (Group) second.children().get(1);
        assertThat(inner.kind()).isEqualTo(RuleKind.AT_LEAST_K_OF);
        assertThat(inner.k()).isEqualTo(1);
        assertThat(inner.children()).hasSize(2);
    }

    @Test
    void keepsConsentGpaMajorCoreAndOtherNodesAsReadableConditions() {
        var tree = collection(1, ref("a"),
                "{\"type\": \"consent\", \"granter\": null}",
                "{\"type\": \"gpa\", \"minimum\": 2.75, \"subset\": \"university\"}",
                "{\"type\": \"major\", \"major\": \"BBSC\"}",
                "{\"type\": \"core\", \"core_flag\": \"040\", \"hours\": 3}",
                "{\"type\": \"other\", \"condition\": null, \"description\": \"Upper-division standing\"}");
        var mapping = mapCourses(course("x", "CS", "4390", "3 semester credit hours", collection(1, tree)));

        var rule = (Group) credential(mapping, "utd-CS-4390").prerequisites();
        assertThat(rule.children()).containsExactly(
                new CredentialLeaf("utd-CS-1337", null),
                new ConditionLeaf("Consent required (instructor or department)"),
                new ConditionLeaf("GPA of at least 2.75 (university)"),
                new ConditionLeaf("Major or standing: BBSC"),
                new ConditionLeaf("3 semester credit hours in the Texas core curriculum area 040 (Language, Philosophy and Culture)"),
                new ConditionLeaf("Upper-division standing"));
        assertThat(mapping.tally().conditions()).isEqualTo(5);
    }

    @Test
    void keepsUnknownCourseIdsVisibleAsUnresolvedWithAWarning() {
        var tree = collection(1, collection(2, ref("a"), "{\"type\": \"course\", \"class_reference\": \"gone\", \"minimum_grade\": \"B\"}"));
        var mapping = mapCourses(course("x", "CS", "4349", "3 semester credit hours", tree));

        var rule = (Group) credential(mapping, "utd-CS-4349").prerequisites();
        assertThat(rule.children()).containsExactly(new CredentialLeaf("utd-CS-1337", null),
                new UnresolvedLeaf("course gone", "no course with this id in the course catalog (minimum grade B)"));
        assertThat(mapping.tally().unresolvedCourses()).isEqualTo(1);
        assertThat(mapping.warnings()).contains("courses.json: $[3].prerequisites.options[0].options[1]: unknown course id 'gone', kept as UNRESOLVED");
    }

    @Test
    void addsCoOrPrerequisitesAsALabelledGroupAndLeavesCorequisitesOut() {
        // PHYS 2325 and its lab PHYS 2125 name each other as corequisites: mapped, that would be a false cycle
        var mapping = mapCourses(
                course("l", "PHYS", "2325", "3 semester credit hours", collection(1, ref("c")), collection(1, ref("a")),
                        collection(1, ref("p"))),
                course("p", "PHYS", "2125", "1 semester credit hour", NONE, NONE, collection(1, ref("l"))));

        var rule = (Group) credential(mapping, "utd-PHYS-2325").prerequisites();
        assertThat(rule.kind()).isEqualTo(RuleKind.ALL_OF);
        assertThat(rule.children().get(0)).isEqualTo(new CredentialLeaf("utd-MATH-2413", null));
        var coOrPre = (Group) rule.children().get(1);
        assertThat(coOrPre.label()).isEqualTo("Prerequisite or corequisite (may also be taken concurrently)");
        assertThat(coOrPre.children()).containsExactly(new CredentialLeaf("utd-CS-1337", null));
        assertThat(credential(mapping, "utd-PHYS-2125").prerequisites()).isNull();
        assertThat(mapping.tally().corequisiteListsSkipped()).isEqualTo(2);
        assertThat(new CatalogValidator(ReferenceLookup.NONE, LocalDate.now()).validate(mapping.catalog())).isEmpty();
    }

    @Test
    void givesListingsThatShareACodeTheirOwnIds() {
        var mapping = mapCourses(
                course("t1", "MKT", "4395", "3 semester credit hours", NONE),
                course("t2", "MKT", "4395", "3 semester credit hours", NONE));

        assertThat(mapping.catalog().credentials()).extracting(CredentialSpec::id)
                .contains("utd-MKT-4395-t1", "utd-MKT-4395-t2").doesNotContain("utd-MKT-4395");
    }

    @Test
    void refusesAPrerequisiteCycleNamingTheCoursesOnIt() {
        var mapping = map(List.of(
                course("a", "CS", "1000", "3 semester credit hours", collection(1, ref("b"))),
                course("b", "CS", "2000", "3 semester credit hours", collection(1, ref("c"))),
                course("c", "CS", "3000", "3 semester credit hours", collection(1, collection(1, ref("a"), ref("b"))))), Map.of());

        var problems = new CatalogValidator(ReferenceLookup.NONE, LocalDate.now()).validate(mapping.catalog());

        assertThat(problems).hasSize(1);
        var located = mapping.locate(problems.get(0));
        assertThat(located.path()).isEqualTo("courses.json: $[0] (CS 1000)");
        assertThat(located.message()).startsWith("utd-CS-1000: rule cycle: utd-CS-1000 -> utd-CS-2000 -> utd-CS-3000 -> utd-CS-1000");
    }

    private static final String DEGREE = """
            {"id": "d-1", "display_name": "Computer Science(BS)", "year": "2023-2024", "subtype": "Major",
             "school": "School of Engineering", "minimum_credit_hours": 124,
             "catalog_uri": "https://catalog.utdallas.edu/2023/undergraduate/programs/ecs/computer-science",
             "requirements": {
               "core": "@import ./core.json",
               "major": [
                 {"matcher": "AndRequirement", "metadata": {"id": "1", "name": "Preparatory"}, "requirements": [
                   {"matcher": "CourseRequirement", "course": "CS 1337", "metadata": {"id": "2"}},
                   {"matcher": "OrRequirement", "metadata": {"id": "3"}, "requirements": [
                     {"matcher": "CourseRequirement", "course": "MATH 2413", "metadata": {"id": "4"}},
                     {"matcher": "CourseRequirement", "course": "MATH 9999", "metadata": {"id": "5"}}]}]},
                 {"matcher": "SelectRequirement", "required_count": 1, "metadata": {"id": "6"}, "requirements": [
                   {"matcher": "CourseRequirement", "course": "cs 2336", "metadata": {"id": "7"}},
                   {"matcher": "CourseRequirement", "course": "MKT 4395", "metadata": {"id": "8"}}]},
                 {"matcher": "HoursRequirement", "required_hours": 6, "metadata": {"id": "9", "name": "Electives"}, "requirements": [
                   {"matcher": "CourseRequirement", "course": "CS 2336", "metadata": {"id": "10"}},
                   {"matcher": "PrefixBucketRequirement", "prefix": "MECO", "metadata": {"id": "11"}}]},
                 {"matcher": "CSGuidedElectiveRequirement", "required_count": 2, "starts_with": "CS 43", "metadata": {"id": "12"},
                  "also_fulfills": [{"matcher": "CourseRequirement", "course": "MATH 2413", "metadata": {"id": "13"}}]},
                 {"matcher": "PsychologyPrefixesOrCourses", "required_hours": 9, "accepted_prefixes": ["PSY", "CGS"],
                  "accepted_courses": ["CS 1337"], "metadata": {"id": "14"}},
                 {"matcher": "FreeElectiveRequirement", "required_hours": 10, "excluded_courses": ["CS 1337"],
                  "metadata": {"id": "15", "name": "Free Electives"}}]}}""";

    @Test
    void mapsEachDegreeRuleKindOntoTheRequirementModel() {
        var courses = new ArrayList<>(BASICS);
        courses.add(course("t1", "MKT", "4395", "3 semester credit hours", NONE));
        courses.add(course("t2", "MKT", "4395", "3 semester credit hours", NONE));
        var mapping = map(courses, Map.of("degree_data/2023/Computer Science(BS).json", DEGREE));

        var degree = credential(mapping, "utd-degree-2023-computer-science-bs");
        assertThat(degree.kind()).isEqualTo(CredentialKind.DEGREE);
        assertThat(degree.title()).isEqualTo("Computer Science(BS), 2023-2024 catalog");
        assertThat(degree.creditHours()).isEqualTo(124.0);
        assertThat(degree.ects()).isEqualTo(248.0);
        assertThat(degree.eqfLevel()).isEqualTo(6);
        assertThat(degree.url()).endsWith("/computer-science");
        var root = (Group) degree.requirements();
        assertThat(root.kind()).isEqualTo(RuleKind.ALL_OF);
        assertThat(root.children().get(0)).isEqualTo(new UnresolvedLeaf("@import ./core.json",
                "degree_data/2023/core.json is not part of the source, so these requirements cannot be checked"));
        var major = (Group) root.children().get(1);
        assertThat(major.label()).isEqualTo("Major");
        assertThat(major.children()).hasSize(6);

        var and = (Group) major.children().get(0);
        assertThat(and.kind()).isEqualTo(RuleKind.ALL_OF);
        assertThat(and.label()).isEqualTo("Preparatory");
        assertThat(and.children().get(0)).isEqualTo(new CredentialLeaf("utd-CS-1337", null));
        var or = (Group) and.children().get(1);
        assertThat(or.kind()).isEqualTo(RuleKind.AT_LEAST_K_OF);
        assertThat(or.k()).isEqualTo(1);
        assertThat(or.children()).containsExactly(new CredentialLeaf("utd-MATH-2413", null),
                new UnresolvedLeaf("MATH 9999", "no course with this code in the UT Dallas course catalog"));

        var select = (Group) major.children().get(1);
        assertThat(select.kind()).isEqualTo(RuleKind.AT_LEAST_K_OF);
        assertThat(select.children().get(0)).isEqualTo(new CredentialLeaf("utd-CS-2336", null)); // "cs 2336"
        var listings = (Group) select.children().get(1);
        assertThat(listings.label()).isEqualTo("any listing of MKT 4395");
        assertThat(listings.children()).containsExactly(new CredentialLeaf("utd-MKT-4395-t1", null),
                new CredentialLeaf("utd-MKT-4395-t2", null));

        var hours = (Group) major.children().get(2);
        assertThat(hours.kind()).isEqualTo(RuleKind.AT_LEAST_CREDITS);
        assertThat(hours.credits()).isEqualTo(12.0);
        assertThat(hours.label()).isEqualTo("Electives: 6 semester credit hours");
        assertThat(hours.children().get(1)).isEqualTo(
                new FilterLeaf("any MECO course", null, "MECO", null, null, List.of("utd"), List.of("course"), null));

        var guided = (Group) major.children().get(3);
        assertThat(guided.kind()).isEqualTo(RuleKind.AT_LEAST_K_OF);
        assertThat(guided.k()).isEqualTo(2);
        assertThat(guided.children()).containsExactly(
                new FilterLeaf("any CS 43xx course", "CS 43", null, null, null, List.of("utd"), List.of("course"), null),
                new CredentialLeaf("utd-MATH-2413", null));

        var psychology = (Group) major.children().get(4);
        assertThat(psychology.kind()).isEqualTo(RuleKind.AT_LEAST_CREDITS);
        assertThat(psychology.credits()).isEqualTo(18.0);
        assertThat(psychology.children()).extracting(RuleSpec::toString).hasSize(3);

        var free = (Group) major.children().get(5);
        assertThat(free.kind()).isEqualTo(RuleKind.AT_LEAST_CREDITS);
        assertThat(free.credits()).isEqualTo(20.0);
        assertThat(free.label()).isEqualTo("Free Electives: 10 semester credit hours of any UT Dallas courses, excluding CS 1337");
        assertThat(free.children()).containsExactly(
                // the excluded course is the filter's exception, not only part of the label
                new FilterLeaf("any UT Dallas course but those excluded", null, null, null, null, List.of("utd"), List.of("course"), null,
                        List.of("utd-CS-1337")));

        assertThat(mapping.tally().unresolvedImports()).isEqualTo(1);
        assertThat(mapping.tally().unresolvedCourses()).isEqualTo(1);
        assertThat(mapping.warnings()).contains(
                "degree_data/2023/Computer Science(BS).json: $.requirements.major[0].requirements[1].requirements[1]: "
                        + "unknown course 'MATH 9999', kept as UNRESOLVED");
        assertThat(new CatalogValidator(ReferenceLookup.NONE, LocalDate.now()).validate(mapping.catalog())).isEmpty();
    }

    @Test
    void mapsAnImportedFileWhenTheSourceHasIt() {
        var core = new SourceFile("degree_data/2023/core.json", """
                {"matcher": "HoursRequirement", "required_hours": 42, "metadata": {"id": "c", "name": "Core"},
                 "requirements": [{"matcher": "PrefixBucketRequirement", "prefix": "HIST", "metadata": {"id": "c1"}}]}""");
        var mapping = new UtdallasCatalogMapper(List.of()).map(
                new SourceFile("courses.json", "[" + String.join(",", BASICS) + "]"),
                List.of(new SourceFile("degree_data/2023/Computer Science(BS).json", DEGREE)),
                name -> name.equals(core.name()) ? Optional.of(core) : Optional.empty(), ImportProgress.NONE);

        var root = (Group) credential(mapping, "utd-degree-2023-computer-science-bs").requirements();
        var imported = (Group) root.children().get(0);
        assertThat(imported.label()).isEqualTo("Core: 42 semester credit hours");
        assertThat(imported.credits()).isEqualTo(84.0);
        assertThat(mapping.tally().unresolvedImports()).isZero();
    }

    @Test
    void resolvesADegreeAgainstStoredCoursesWhenImportedAlone() {
        var stored = List.of(new UtdallasCatalogMapper.StoredCourse("CS 1337", "utd-CS-1337"),
                new UtdallasCatalogMapper.StoredCourse("MATH 2413", "utd-MATH-2413"));
        var degree = """
                {"display_name": "Mathematics(BS)", "year": "2022-2023",
                 "requirements": {"major": [{"matcher": "CourseRequirement", "course": "CS 1337", "metadata": {"id": "1"}},
                                            {"matcher": "CourseRequirement", "course": "MATH 2413", "metadata": {"id": "2"}}]}}""";
        var mapping = new UtdallasCatalogMapper(stored).map(null, List.of(new SourceFile("Mathematics(BS).json", degree)),
                name -> Optional.empty(), ImportProgress.NONE);

        var degreeSpec = mapping.catalog().credentials().get(0);
        assertThat(degreeSpec.id()).isEqualTo("utd-degree-2022-mathematics-bs");
        assertThat(((Group) ((Group) degreeSpec.requirements()).children().get(0)).children())
                .containsExactly(new CredentialLeaf("utd-CS-1337", null), new CredentialLeaf("utd-MATH-2413", null));
        assertThat(degreeSpec.ects()).isNull();
    }

    @Test
    void refusesBadJsonNamingTheLineAndColumn() {
        var problems = rejected(() -> map(List.of("{\"id\": \"a\",, }"), Map.of()));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("courses.json: line 1, column 13");
            assertThat(p.message()).startsWith("not valid JSON: ");
        });
    }

    @Test
    void refusesMalformedCoursesListingEveryProblemWithItsPosition() {
        var problems = rejected(() -> map(List.of(
                course("a", "CS", "1337", "3 semester credit hours", NONE),
                "{\"id\": \"b\", \"subject_prefix\": \"CS\", \"course_number\": \"2336\"}",
                course("c", "CS", "2340", "3 semester credit hours", collection(3, ref("a"), ref("b"))),
                course("d", "CS", "3345", "3 semester credit hours", collection(1, "{\"type\": \"transfer\"}")),
                course("a", "CS", "3377", "3 semester credit hours", collection(1, "{\"type\": \"gpa\"}")),
                course("e", "CS", "4347", "3 semester credit hours", "{\"type\": \"collection\", \"required\": 1}")), Map.of()));

        assertThat(problems).extracting(CatalogProblem::toString).containsExactlyInAnyOrder(
                "courses.json: $[1].title: is required",
                "courses.json: $[4].id: 'a' is already used by $[0]",
                "courses.json: $[2].prerequisites.required: is 3 but must be between 1 and the number of options (2)",
                "courses.json: $[3].prerequisites.options[0].type: unknown type 'transfer' (expected " + PrerequisiteMapper.TYPES + ")",
                "courses.json: $[5].prerequisites.options: is required");
    }

    @Test
    void refusesMalformedDegreesIncludingADegreeThatRequiresNothing() {
        var degrees = new LinkedHashMap<String, String>();
        degrees.put("degree_data/2023/Empty(BS).json", "{\"display_name\": \"Empty(BS)\", \"year\": \"2023-2024\", \"requirements\": {}}");
        degrees.put("degree_data/2023/Odd(BS).json", """
                {"display_name": "Odd(BS)", "year": "2023-2024", "requirements": {"major": [
                  {"matcher": "MagicRequirement", "metadata": {"id": "1"}},
                  {"matcher": "SelectRequirement", "required_count": 3, "metadata": {"id": "2"}, "requirements": [
                    {"matcher": "CourseRequirement", "course": "CS 1337", "metadata": {"id": "3"}}]},
                  {"matcher": "OrRequirement", "metadata": {"id": "4"}, "requirements": []},
                  {"matcher": "CourseRequirement", "metadata": {"id": "5"}}]}}""");
        degrees.put("degree_data/2023/NoYear(BS).json", "{\"display_name\": \"NoYear(BS)\", \"requirements\": {\"core\": \"@import ./core.json\"}}");

        var problems = rejected(() -> map(BASICS, degrees));

        assertThat(problems).extracting(CatalogProblem::toString).containsExactlyInAnyOrder(
                "degree_data/2023/Empty(BS).json: $.requirements: the degree names no requirements",
                "degree_data/2023/Odd(BS).json: $.requirements.major[0].matcher: unknown matcher 'MagicRequirement' (expected "
                        + "AndRequirement, OrRequirement, SelectRequirement, HoursRequirement, CourseRequirement, "
                        + "PrefixBucketRequirement, FreeElectiveRequirement, CSGuidedElectiveRequirement, PsychologyPrefixesOrCourses)",
                "degree_data/2023/Odd(BS).json: $.requirements.major[1].required_count: is 3 but only 1 requirements are listed",
                "degree_data/2023/Odd(BS).json: $.requirements.major[2].requirements: lists no requirements",
                "degree_data/2023/Odd(BS).json: $.requirements.major[3].course: is required",
                "degree_data/2023/NoYear(BS).json: $.year: is required");
    }
}
