package org.credpath.imports.ctdl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CatalogValidator;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.ReferenceLookup;
import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;
import org.credpath.imports.JsonFiles;
import org.credpath.imports.JsonFiles.JsonFile;
import org.junit.jupiter.api.Test;

/** The CTDL mapping on small hand-written JSON-LD documents. */
class CtdlMapperTests {

    private static final String CONTEXT = "\"@context\": \"https://credreg.net/ctdl/schema/context/json\"";

    @Test
    void mapsRequiredNumberToKOfNAndNestsConditions() {
        var mapping = map("""
                {%s, "@graph": [
                  {"@id": "urn:p", "@type": "ceterms:Pathway", "ceterms:hasDestinationComponent": "urn:cert"},
                  {"@id": "urn:cert", "@type": "ceterms:CredentialComponent", "ceterms:name": {"en": "Certificate"},
                   "ceterms:hasCondition": [{"@type": "ceterms:ComponentCondition", "ceterms:name": {"en": "Core"},
                       "ceterms:requiredNumber": 2, "ceterms:targetComponent": ["urn:a", "urn:b", "urn:c"],
                       "ceterms:hasCondition": {"@type": "ceterms:ComponentCondition", "ceterms:logicalOperator": "logic:Or",
                         "ceterms:hasCondition": [
                           {"@type": "ceterms:ComponentCondition", "ceterms:targetComponent": "urn:d"},
                           {"@type": "ceterms:ComponentCondition", "ceterms:requiredNumber": 1, "ceterms:targetComponent": ["urn:e", "urn:f"]}]}}]},
                  {"@id": "urn:a", "@type": "ceterms:CourseComponent", "ceterms:name": "A"},
                  {"@id": "urn:b", "@type": "ceterms:CourseComponent", "ceterms:name": "B"},
                  {"@id": "urn:c", "@type": "ceterms:CourseComponent", "ceterms:name": "C"},
                  {"@id": "urn:d", "@type": "ceterms:CourseComponent", "ceterms:name": "D"},
                  {"@id": "urn:e", "@type": "ceterms:CourseComponent", "ceterms:name": "E"},
                  {"@id": "urn:f", "@type": "ceterms:CourseComponent", "ceterms:name": "F"}]}""".formatted(CONTEXT));

        var certificate = credential(mapping, "urn:cert");
        assertThat(certificate.kind()).isEqualTo(CredentialKind.CERTIFICATE);
        assertThat(certificate.requirements()).isEqualTo(group(RuleKind.ALL_OF, null, "Core",
                group(RuleKind.AT_LEAST_K_OF, 2, null, leaf("urn:a"), leaf("urn:b"), leaf("urn:c")),
                group(RuleKind.AT_LEAST_K_OF, 1, null, leaf("urn:d"),
                        group(RuleKind.AT_LEAST_K_OF, 1, null, leaf("urn:e"), leaf("urn:f")))));
        assertThat(mapping.catalog().credentials()).extracting(CredentialSpec::id)
                .containsExactly("urn:cert", "urn:a", "urn:b", "urn:c", "urn:d", "urn:e", "urn:f");
    }

    @Test
    void readsCompactBareAndExpandedTermsWithBothPrefixes() {
        // one document per form: compact ceterms:/ceasn:, bare terms under a context, expanded full IRIs
        var mapping = map("""
                [{"@id": "urn:cert", "@type": "ceterms:CredentialComponent", "ceterms:name": "Cert",
                  "ceasn:hasChild": ["urn:a"], "ceterms:hasChild": "urn:b"}]""", """
                {%s, "@id": "urn:c", "type": "CourseComponent", "name": {"en-US": "C"}, "isChildOf": "urn:cert"}""".formatted(CONTEXT), """
                [{"@id": "urn:a", "@type": ["https://purl.org/ctdl/terms/CourseComponent"],
                  "https://purl.org/ctdl/terms/name": [{"@language": "en", "@value": "A"}]},
                 {"@id": "urn:b", "@type": ["https://purl.org/ctdl/terms/CourseComponent"],
                  "https://purl.org/ctdl/terms/name": [{"@value": "B"}],
                  "https://purl.org/ctdlasn/terms/hasChild": [{"@id": "urn:d"}]},
                 {"@id": "urn:d", "@type": "ceterms:WorkExperienceComponent", "ceterms:name": "Two years in a lab"}]""");

        assertThat(credential(mapping, "urn:cert").requirements()).isEqualTo(group(RuleKind.ALL_OF, null, null,
                leaf("urn:a"), leaf("urn:b"), leaf("urn:c")));
        assertThat(mapping.catalog().credentials()).extracting(CredentialSpec::title).containsExactly("Cert", "C", "A", "B");
        // a course's children are not its entry rules
        assertThat(credential(mapping, "urn:b").prerequisites()).isNull();
    }

    @Test
    void keepsPrecedesAsASuggestedOrderAndPrerequisiteAsAnEntryRule() {
        var mapping = map("""
                {"@graph": [
                  {"@id": "urn:a", "@type": "ceterms:CourseComponent", "ceterms:name": "A", "ceterms:precedes": "urn:b"},
                  {"@id": "urn:b", "@type": "ceterms:CourseComponent", "ceterms:name": "B"},
                  {"@id": "urn:c", "@type": "ceterms:CourseComponent", "ceterms:name": "C", "ceterms:precededBy": "urn:b",
                   "ceterms:prerequisite": ["urn:a"]}]}""");

        assertThat(credential(mapping, "urn:a").precedes()).containsExactly("urn:b");
        assertThat(credential(mapping, "urn:b").precedes()).containsExactly("urn:c");
        assertThat(credential(mapping, "urn:b").prerequisites()).isNull();
        assertThat(credential(mapping, "urn:c").prerequisites()).isEqualTo(leaf("urn:a"));
        assertThat(credential(mapping, "urn:c").requirements()).isNull();
    }

    @Test
    void readsACourseConditionAsItsEntryRuleAndACredentialConditionAsItsStackingRule() {
        var mapping = map("""
                [{"@id": "urn:ii", "@type": "ceterms:CourseComponent", "ceterms:name": "Welding II",
                  "ceterms:hasCondition": {"@type": "ceterms:ComponentCondition", "ceterms:requiredNumber": 1,
                    "ceterms:targetComponent": "urn:i", "ceterms:hasConstraint": "_:grade"}},
                 {"@id": "urn:i", "@type": "ceterms:CourseComponent", "ceterms:name": "Welding I"},
                 {"@id": "_:grade", "@type": "ceterms:Constraint", "ceterms:leftSource": "ex:StudentGrade",
                  "ceterms:comparator": "compare:EQ", "ceterms:rightAction": "array:AnyOf", "ceterms:rightSource": ["ex:A", "ex:B"]}]""");

        assertThat(credential(mapping, "urn:ii").requirements()).isNull();
        assertThat(credential(mapping, "urn:ii").prerequisites()).isEqualTo(group(RuleKind.ALL_OF, null, null,
                leaf("urn:i"), new RuleSpec.ConditionLeaf("StudentGrade EQ AnyOf [A, B]")));
    }

    @Test
    void convertsCreditValuesToEctsAndKeepsTheSourceValue() {
        var mapping = map("""
                [{"@id": "urn:semester", "@type": "ceterms:CourseComponent", "ceterms:name": "S",
                  "ceterms:creditValue": {"@type": "schema:QuantitativeValue", "schema:value": 3, "ceterms:creditUnitType": "creditUnit:SemesterHour"}},
                 {"@id": "urn:degree-credit", "@type": "ceterms:CourseComponent", "ceterms:name": "D",
                  "ceterms:creditValue": [{"@type": "ceterms:ValueProfile", "schema:value": 4, "ceterms:creditUnitType": ["creditUnit:DegreeCredit"]}]},
                 {"@id": "urn:no-unit", "@type": "ceterms:CourseComponent", "ceterms:name": "N",
                  "ceterms:creditValue": {"@type": "QuantitativeValue", "value": "2"}},
                 {"@id": "urn:quarter", "@type": "ceterms:CourseComponent", "ceterms:name": "Q",
                  "ceterms:creditValue": {"@type": "QuantitativeValue", "value": 3, "unitText": "quarter hours"}},
                 {"@id": "urn:ects", "@type": "ceterms:CourseComponent", "ceterms:name": "E",
                  "ceterms:creditValue": {"@type": "QuantitativeValue", "value": 5, "creditUnitType": "http://purl.org/ctdl/vocabs/creditUnit/ECTS"}},
                 {"@id": "urn:scqf", "@type": "ceterms:CourseComponent", "ceterms:name": "F",
                  "ceterms:creditValue": {"@id": "urn:fifteen"}},
                 {"@id": "urn:fifteen", "@type": "ceterms:ValueProfile", "schema:value": [{"@value": 15}],
                  "ceterms:creditUnitType": {"@id": "http://example.edu/scqf/credits/"}},
                 {"@id": "urn:clock", "@type": "ceterms:CourseComponent", "ceterms:name": "C",
                  "ceterms:creditValue": {"@type": "QuantitativeValue", "minValue": 40, "maxValue": 45, "creditUnitType": "creditUnit:ClockHour"}}]""");

        assertThat(credits(mapping, "urn:semester")).containsExactly(6.0, 3.0, null, null);
        assertThat(credits(mapping, "urn:degree-credit")).containsExactly(8.0, 4.0, null, null);
        assertThat(credits(mapping, "urn:no-unit")).containsExactly(4.0, 2.0, null, null);
        assertThat(credits(mapping, "urn:quarter")).containsExactly(4.0, null, 3.0, "quarter hours");
        assertThat(credits(mapping, "urn:ects")).containsExactly(5.0, null, 5.0, "http://purl.org/ctdl/vocabs/creditUnit/ECTS");
        assertThat(credits(mapping, "urn:scqf")).containsExactly(7.5, null, 15.0, "http://example.edu/scqf/credits/");
        assertThat(credits(mapping, "urn:clock")).containsExactly(null, null, 40.0, "creditUnit:ClockHour");
        assertThat(mapping.summary()).contains("1 credit value(s) without a unit read as US semester credit hours, "
                + "1 in a unit with no ECTS equivalent");
    }

    @Test
    void refusesARuleCycleAmongGroupsNamingItsMembers() {
        assertThatThrownBy(() -> map("""
                [{"@id": "urn:cert", "@type": "ceterms:CredentialComponent", "ceterms:name": "Cert", "ceterms:hasChild": "urn:x"},
                 {"@id": "urn:x", "@type": "ceterms:BasicComponent", "ceterms:name": "Stage X",
                  "ceterms:hasCondition": {"@type": "ceterms:ComponentCondition", "ceterms:targetComponent": ["urn:y", "urn:a"]}},
                 {"@id": "urn:y", "@type": "ceterms:SelectionComponent", "ceterms:name": "Stage Y", "ceterms:hasChild": "urn:x"},
                 {"@id": "urn:a", "@type": "ceterms:CourseComponent", "ceterms:name": "A"}]"""))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        new CatalogProblem("doc1.json: urn:x", "rule cycle: 'Stage X' (urn:x) -> 'Stage Y' (urn:y) -> 'Stage X' (urn:x) "
                                + "(each needs the next, so none can be attained)")));
    }

    @Test
    void leavesACycleThroughCredentialsToTheCatalogValidatorWhichNamesThem() {
        var mapping = map("""
                [{"@id": "urn:a", "@type": "ceterms:CredentialComponent", "ceterms:ctid": "ce-aaaaaaaa-0000-4000-8000-000000000001",
                  "ceterms:name": "A", "ceterms:hasChild": "urn:b"},
                 {"@id": "urn:b", "@type": "ceterms:CredentialComponent", "ceterms:name": "B",
                  "ceterms:hasCondition": {"@type": "ceterms:ComponentCondition", "ceterms:targetComponent": "urn:a"}}]""");

        var problems = new CatalogValidator(ReferenceLookup.NONE, LocalDate.of(2025, 1, 1)).validate(mapping.catalog());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("rule cycle: ce-aaaaaaaa-0000-4000-8000-000000000001 -> urn:b -> "
                    + "ce-aaaaaaaa-0000-4000-8000-000000000001; ce-aaaaaaaa-0000-4000-8000-000000000001, urn:b can never be attained: "
                    + "every way to meet their rules needs one of them first");
            assertThat(mapping.locate(p).path()).isEqualTo("doc1.json: urn:a");
        });
    }

    @Test
    void keepsJobsAndExperienceAsConditionsAndUnknownReferencesAsUnresolved() {
        var mapping = map("""
                [{"@id": "urn:cert", "@type": "ceterms:CredentialComponent", "ceterms:name": "Cert",
                  "ceterms:hasCondition": {"@type": "ceterms:ComponentCondition", "ceterms:requiredNumber": 2,
                    "ceterms:targetComponent": ["urn:job", "urn:experience", "urn:nowhere", "urn:stored-elsewhere"]}},
                 {"@id": "urn:job", "@type": "ceterms:JobComponent", "ceterms:name": "Network administrator"},
                 {"@id": "urn:experience", "@type": "ceterms:WorkExperienceComponent", "ceterms:name": "500 hours in a lab"}]""");

        assertThat(credential(mapping, "urn:cert").requirements()).isEqualTo(group(RuleKind.AT_LEAST_K_OF, 2, null,
                new RuleSpec.ConditionLeaf("Job: Network administrator"),
                new RuleSpec.ConditionLeaf("Work Experience: 500 hours in a lab"),
                new RuleSpec.UnresolvedLeaf("urn:nowhere", "not described in the source nor stored"),
                leaf("urn:stored-elsewhere")));
        assertThat(mapping.catalog().credentials()).extracting(CredentialSpec::id).containsExactly("urn:cert");
    }

    @Test
    void identifiesByCtidAndGivesTheOwnerAsProvider() {
        var mapping = map("""
                {"@graph": [
                  {"@id": "https://credentialengineregistry.org/resources/ce-11111111-1111-4111-8111-111111111111", "@type": "ceterms:Pathway",
                   "ceterms:ownedBy": "https://credentialengineregistry.org/resources/ce-99999999-9999-4999-8999-999999999999",
                   "ceterms:hasDestinationComponent": "https://credentialengineregistry.org/resources/ce-22222222-2222-4222-8222-222222222222"},
                  {"@id": "https://credentialengineregistry.org/resources/ce-22222222-2222-4222-8222-222222222222",
                   "@type": "ceterms:CredentialComponent", "ceterms:ctid": "ce-22222222-2222-4222-8222-222222222222",
                   "ceterms:credentialType": "ceterms:DigitalBadge", "ceterms:name": "Badge"},
                  {"@id": "urn:orphan", "@type": "ceterms:CredentialComponent", "ceterms:credentialType": "ceterms:BachelorDegree",
                   "ceterms:name": "Degree"}]}""");

        assertThat(mapping.catalog().credentials()).extracting(CredentialSpec::id, CredentialSpec::kind, CredentialSpec::provider)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ce-22222222-2222-4222-8222-222222222222", CredentialKind.BADGE,
                                "ce-99999999-9999-4999-8999-999999999999"),
                        org.assertj.core.groups.Tuple.tuple("urn:orphan", CredentialKind.DEGREE, CtdlMapper.UNSTATED_OWNER.id()));
        assertThat(mapping.catalog().providers()).extracting(p -> p.id()).containsExactly("ce-99999999-9999-4999-8999-999999999999",
                CtdlMapper.UNSTATED_OWNER.id());
    }

    @Test
    void mergesDescriptionsOfOneIdAndSaysSo() {
        var mapping = map("""
                [{"@id": "urn:a", "@type": "ceterms:CourseComponent", "ceterms:name": "First name"}]""", """
                [{"@id": "urn:a", "@type": "ceterms:CourseComponent", "ceterms:name": "Second name", "ceterms:codedNotation": "A1"}]""");

        assertThat(mapping.catalog().credentials()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("First name");
            assertThat(a.code()).isEqualTo("A1");
        });
        assertThat(mapping.warnings()).contains(
                "doc1.json: urn:a: has 2 values of name ('First name', 'Second name'); the first is kept",
                "doc1.json, doc2.json: 1 resource(s) described more than once, merged into one each as JSON-LD merges "
                        + "descriptions of one @id (a property given twice keeps its first value): urn:a");
    }

    @Test
    void readsANamelessCourseWithConditionsAsAChoice() {
        var mapping = map("""
                [{"@id": "urn:degree", "@type": "ceterms:CredentialComponent", "ceterms:name": "AS", "ceterms:hasChild": ["urn:slot", "urn:a"]},
                 {"@id": "urn:slot", "@type": "ceterms:CourseComponent", "ceterms:hasCondition": {"@type": "ceterms:ComponentCondition",
                   "ceterms:description": "Selection of one course from B or C", "ceterms:requiredNumber": 1,
                   "ceterms:targetComponent": ["urn:b", "urn:c"]}},
                 {"@id": "urn:a", "@type": "ceterms:CourseComponent", "ceterms:name": "A"},
                 {"@id": "urn:b", "@type": "ceterms:CourseComponent", "ceterms:name": "B"},
                 {"@id": "urn:c", "@type": "ceterms:CourseComponent", "ceterms:name": "C"}]""");

        assertThat(credential(mapping, "urn:degree").requirements()).isEqualTo(group(RuleKind.ALL_OF, null, null,
                group(RuleKind.AT_LEAST_K_OF, 1, "Selection of one course from B or C", leaf("urn:b"), leaf("urn:c")),
                leaf("urn:a")));
        assertThat(mapping.catalog().credentials()).extracting(CredentialSpec::id).doesNotContain("urn:slot");
    }

    @Test
    void tellsFilesThatHoldNothingToImport() {
        var mapping = map("""
                {"@id": "res:UC10", "@type": "_:ComponentCondition", ":description": {"en": "Must be repeatable 3 or fewer times."}}""", """
                [{"@id": "urn:a", "@type": "ceterms:CourseComponent", "ceterms:name": "A", "ceterms:courseCode": "X1"}]""");

        assertThat(mapping.warnings()).contains("doc1.json: holds no CTDL pathway, pathway component or condition; nothing imported from it",
                "doc2.json: terms that are not CTDL pathway vocabulary, not read: courseCode");
    }

    private static CtdlMapping map(String... documents) {
        var files = new ArrayList<JsonFile>();
        var problems = new ArrayList<CatalogProblem>();
        for (int i = 0; i < documents.length; i++) {
            var name = "doc" + (i + 1) + ".json";
            files.add(new JsonFile(name, JsonFiles.parse(name, documents[i].getBytes(StandardCharsets.UTF_8), problems)));
        }
        assertThat(problems).isEmpty();
        return new CtdlMapper().map("test", files, 0, ids -> ids.contains("urn:stored-elsewhere") ? Set.of("urn:stored-elsewhere") : Set.of());
    }

    private static CredentialSpec credential(CtdlMapping mapping, String id) {
        return mapping.catalog().credentials().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Object> credits(CtdlMapping mapping, String id) {
        var c = credential(mapping, id);
        return java.util.Arrays.asList(c.ects(), c.creditHours(), c.sourceCredits(), c.sourceCreditUnit());
    }

    private static RuleSpec leaf(String id) {
        return new RuleSpec.CredentialLeaf(id, null);
    }

    private static RuleSpec group(RuleKind kind, Integer k, String label, RuleSpec... children) {
        return new RuleSpec.Group(kind, k, null, label, null, null, null, null, null, List.of(children));
    }
}
