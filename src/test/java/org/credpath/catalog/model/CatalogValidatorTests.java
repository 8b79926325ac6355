package org.credpath.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.format.CatalogFileReader;
import org.junit.jupiter.api.Test;

class CatalogValidatorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final CatalogFileReader reader = new CatalogFileReader();

    private List<CatalogProblem> validate(String yaml, ReferenceLookup lookup) {
        return new CatalogValidator(lookup, TODAY).validate(reader.read("t.yaml", "format: credpath-catalog/1\n" + yaml));
    }

    private static final String PROVIDER = "providers: [{id: p, name: P, country: FI}]\n";

    private static String micro(String id, String extra) {
        return """
                  - id: %s
                    kind: micro-credential
                    title: %s
                    provider: p
                    ects: 3
                    eqfLevel: 5
                    assessment: exam
                    participation: online
                    qualityAssurance: internal QA
                    language: en
                    durationWeeks: 4
                    price: 0
                    access: open
                    outcomes: [{statement: does things}]
                %s""".formatted(id, id, extra.indent(4));
    }

    @Test
    void acceptsACompleteCatalog() {
        assertThat(validate(PROVIDER + "credentials:\n" + micro("a", "") + micro("b", "prerequisites: {credential: a}"),
                ReferenceLookup.NONE)).isEmpty();
    }

    @Test
    void requiresEveryEuElementOfAMicroCredential() {
        var problems = validate(PROVIDER + "credentials:\n  - {id: a, kind: micro-credential, title: A, provider: p, ects: 2}\n",
                ReferenceLookup.NONE);

        assertThat(problems).extracting(CatalogProblem::path).containsExactlyInAnyOrder(
                "credentials[0].eqfLevel", "credentials[0].assessment", "credentials[0].participation",
                "credentials[0].qualityAssurance", "credentials[0].language", "credentials[0].durationWeeks",
                "credentials[0].price", "credentials[0].access", "credentials[0].outcomes");
    }

    @Test
    void reportsEveryUnknownReferenceWhereItIs() {
        var problems = validate("""
                credentials:
                  - id: c
                    kind: certificate
                    title: C
                    provider: nobody
                    requirements: {kind: ALL_OF, children: [{credential: ghost}, {filter: {skill: "urn:skill:none"}}]}
                learners:
                  - {id: l, goals: [{occupation: "urn:occ:none"}], earned: [{credential: ghost, date: 2024-01-01}]}
                """, ReferenceLookup.NONE);

        assertThat(problems).extracting(CatalogProblem::toString).containsExactlyInAnyOrder(
                "credentials[0].provider: unknown provider 'nobody' (not in this file nor in the database)",
                "credentials[0].requirements.children[0].credential: unknown credential 'ghost' (not in this file nor in the database)",
                "learners[0].earned[0].credential: unknown credential 'ghost' (not in this file nor in the database)",
                "credentials[0].requirements.children[1].filter.skill: unknown skill 'urn:skill:none' (not in this file nor in the database)",
                "learners[0].goals[0].occupation: unknown occupation 'urn:occ:none' (not in this file nor in the database)");
    }

    @Test
    void resolvesReferencesAgainstTheDatabase() {
        var stored = new StubLookup(Map.of(ReferenceLookup.Target.PROVIDER, Set.of("p")), Map.of(), Map.of());

        assertThat(validate("credentials:\n  - {id: c, kind: badge, title: C, provider: p}\n", stored)).isEmpty();
    }

    @Test
    void reportsDuplicateIdsAndFutureDates() {
        var problems = validate(PROVIDER + "credentials:\n" + micro("a", "") + micro("a", "")
                + "learners:\n  - {id: l, earned: [{credential: a, date: 2027-01-01}]}\n", ReferenceLookup.NONE);

        assertThat(problems).extracting(CatalogProblem::toString).containsExactlyInAnyOrder(
                "credentials[1].id: 'a' is already used by credentials[0]",
                "credentials[1].outcomes[0].id: 'a#lo1' is used twice",
                "learners[0].earned[0].date: 2027-01-01 is in the future");
    }

    @Test
    void refusesAPrerequisiteCycleNamingItsItems() {
        var problems = validate(PROVIDER + "credentials:\n"
                + micro("a", "prerequisites: {credential: c}")
                + micro("b", "prerequisites: {credential: a}")
                + micro("c", "prerequisites: {kind: AT_LEAST_K_OF, k: 2, children: [{credential: b}, {condition: consent}]}"),
                ReferenceLookup.NONE);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("credentials[0]");
            assertThat(p.message()).isEqualTo("rule cycle: a -> c -> b -> a; a, b, c can never be attained: "
                    + "every way to meet their rules needs one of them first");
        });
    }

    @Test
    void acceptsOneOfCyclesALearnerCanLeave() {
        // the real catalog's shape: a needs one of b, c, d; d needs one of a, b, c; b needs only e (and c needs a)
        var problems = validate(PROVIDER + "credentials:\n"
                + micro("a", "prerequisites: {kind: AT_LEAST_K_OF, k: 1, children: [{credential: b}, {credential: c}, {credential: d}]}")
                + micro("c", "prerequisites: {credential: a}")
                + micro("d", "prerequisites: {kind: AT_LEAST_K_OF, k: 1, children: [{credential: a}, {credential: b}, {credential: c}]}")
                + micro("b", "prerequisites: {credential: e}")
                + micro("e", ""), ReferenceLookup.NONE);

        assertThat(problems).isEmpty();
    }

    @Test
    void refusesAKOfNCycleWhoseWayOutGivesTooFewItems() {
        // a needs two of b, c, x: x is free but only one; b and c each need a or the other
        var problems = validate(PROVIDER + "credentials:\n"
                + micro("a", "prerequisites: {kind: AT_LEAST_K_OF, k: 2, children: [{credential: b}, {credential: c}, {credential: x}]}")
                + micro("b", "prerequisites: {kind: AT_LEAST_K_OF, k: 1, children: [{credential: a}, {credential: c}]}")
                + micro("c", "prerequisites: {kind: AT_LEAST_K_OF, k: 1, children: [{credential: a}, {credential: b}]}")
                + micro("x", ""), ReferenceLookup.NONE);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("credentials[0]");
            assertThat(p.message()).startsWith("rule cycle: a -> b -> a; a, b, c can never be attained");
        });
    }

    @Test
    void refusesOnlyTheTrappedPartOfAMixedCatalog() {
        // p can be taken through y; q and r need each other; s and t form a cycle with a way out through credits
        var problems = validate(PROVIDER + "credentials:\n"
                + micro("p", "prerequisites: {kind: AT_LEAST_K_OF, k: 1, children: [{credential: q}, {credential: y}]}")
                + micro("q", "prerequisites: {credential: r}")
                + micro("r", "prerequisites: {kind: ALL_OF, children: [{credential: q}, {credential: p}]}")
                + micro("y", "")
                + micro("s", "prerequisites: {kind: AT_LEAST_CREDITS, credits: 6, children: [{credential: t}, {credential: y}, {credential: z}]}")
                + micro("t", "prerequisites: {credential: s}")
                + micro("z", ""), ReferenceLookup.NONE);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("credentials[1]");
            assertThat(p.message()).isEqualTo("rule cycle: q -> r -> q; q, r can never be attained: every way to meet their rules "
                    + "needs one of them first (p can be attained, which is not enough)");
        });
    }

    @Test
    void countsCreditsInACycle() {
        // s needs 6 credits from t (which needs s) and z: z's 3 are not enough
        var problems = validate(PROVIDER + "credentials:\n"
                + micro("s", "prerequisites: {kind: AT_LEAST_CREDITS, credits: 6, children: [{credential: t}, {credential: z}]}")
                + micro("t", "prerequisites: {credential: s}")
                + micro("z", ""), ReferenceLookup.NONE);

        assertThat(problems).extracting(CatalogProblem::message).singleElement().asString().startsWith("rule cycle: s -> t -> s; s, t");
    }

    @Test
    void findsACycleThatRunsThroughStoredRules() {
        // the file says a needs x; the database already says x needs a
        var stored = new StubLookup(Map.of(ReferenceLookup.Target.CREDENTIAL, Set.of("x")),
                Map.of("x", new ReferenceLookup.StoredRules(3.0, new RuleSpec.CredentialLeaf("a", null), null)), Map.of());

        var problems = validate(PROVIDER + "credentials:\n" + micro("a", "prerequisites: {credential: x}"), stored);

        assertThat(problems).extracting(CatalogProblem::message).containsExactly(
                "rule cycle: a -> x -> a; a, x can never be attained: every way to meet their rules needs one of them first");
    }

    @Test
    void acceptsACycleAStoredRecognitionOpens() {
        // as above, but a stored credential w with no rules is recognised as a, so x can be met through w
        var stored = new StubLookup(Map.of(ReferenceLookup.Target.CREDENTIAL, Set.of("x")),
                Map.of("x", new ReferenceLookup.StoredRules(3.0, new RuleSpec.CredentialLeaf("a", null), null),
                        "w", new ReferenceLookup.StoredRules(3.0, null, null)),
                Map.of("a", List.of(new RecognitionSpec("w", null))));

        assertThat(validate(PROVIDER + "credentials:\n" + micro("a", "prerequisites: {credential: x}"), stored)).isEmpty();
    }

    @Test
    void refusesARuleNamingItsOwnCredential() {
        var problems = validate(PROVIDER + "credentials:\n" + micro("a", "prerequisites: {credential: a}"), ReferenceLookup.NONE);

        assertThat(problems).extracting(CatalogProblem::path).containsExactly("credentials[0].prerequisites.credential");
    }

    private record StubLookup(Map<Target, Set<String>> ids, Map<String, StoredRules> rules,
                              Map<String, List<RecognitionSpec>> recognitions) implements ReferenceLookup {
        @Override
        public Set<String> existing(Target target, Set<String> wanted) {
            return Set.copyOf(wanted.stream().filter(ids.getOrDefault(target, Set.of())::contains).toList());
        }

        @Override
        public Map<String, StoredRules> storedRules(Set<String> wanted) {
            var result = new java.util.HashMap<String, StoredRules>();
            wanted.stream().filter(rules::containsKey).forEach(id -> result.put(id, rules.get(id)));
            return result;
        }

        @Override
        public Map<String, List<RecognitionSpec>> storedRecognitions(Set<String> wanted) {
            var result = new java.util.HashMap<String, List<RecognitionSpec>>();
            wanted.stream().filter(recognitions::containsKey).forEach(id -> result.put(id, recognitions.get(id)));
            return result;
        }
    }

    @Test
    void checksASuggestedOrderForReferencesButNeverForCycles() {
        var problems = validate(PROVIDER + """
                credentials:
                  - {id: a, kind: course, title: A, provider: p, precedes: [b]}
                  - {id: b, kind: course, title: B, provider: p, precedes: [a, b, nowhere], sourceCredits: 15, sourceCreditUnit: SCQF}
                """, ReferenceLookup.NONE);

        assertThat(problems).containsExactly(
                new CatalogProblem("credentials[1].precedes[1]", "a credential cannot precede itself"),
                new CatalogProblem("credentials[1].precedes[2]", "unknown credential 'nowhere' (not in this file nor in the database)"));
    }

    @Test
    void refusesAnUnknownBeforeCredentialAndANodeCountingItsOwn() {
        var problems = validate(PROVIDER + "credentials:\n" + micro("a", "") + micro("b", "") + """
                  - id: d
                    kind: degree
                    title: D
                    provider: p
                    requirements:
                      kind: ALL_OF
                      before: d
                      children:
                        - {kind: ALL_OF, before: nowhere, children: [{credential: a}]}
                        - {kind: ALL_OF, before: b, children: [{credential: a}, {credential: b}]}
                """, ReferenceLookup.NONE);

        assertThat(problems).extracting(CatalogProblem::path).containsExactlyInAnyOrder("credentials[2].requirements.before",
                "credentials[2].requirements.children[0].before", "credentials[2].requirements.children[1].before");
        assertThat(problems).extracting(CatalogProblem::message).anySatisfy(m -> assertThat(m).startsWith("unknown credential 'nowhere'"))
                .anySatisfy(m -> assertThat(m).isEqualTo("'b' counts in this node, which must be complete before 'b' is started"));
    }

    @Test
    void refusesACycleOfBeforeTiming() {
        var problems = validate(PROVIDER + "credentials:\n" + micro("a", "") + micro("b", "") + """
                  - id: d
                    kind: degree
                    title: D
                    provider: p
                    requirements:
                      kind: ALL_OF
                      children:
                        - {kind: ALL_OF, label: A first, before: b, children: [{credential: a}]}
                        - {kind: ALL_OF, label: B first, before: a, children: [{credential: b}]}
                """, ReferenceLookup.NONE);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("cycle of 'before' timing: a, b would each have to be taken before another of them"));
    }
}
