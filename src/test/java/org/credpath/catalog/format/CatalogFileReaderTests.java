package org.credpath.catalog.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;
import org.junit.jupiter.api.Test;

class CatalogFileReaderTests {

    private final CatalogFileReader reader = new CatalogFileReader();

    @Test
    void readsTheSeedCatalog() throws IOException {
        var catalog = reader.read("alliance-catalog.yaml", Files.readString(Path.of("seed-data/alliance-catalog.yaml")));

        assertThat(catalog.providers()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(catalog.credentials().stream().filter(c -> c.kind() == CredentialKind.MICRO_CREDENTIAL)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(catalog.learners()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void readsRuleTreesWithEveryNodeKind() {
        var catalog = reader.read("rules.yaml", """
                format: credpath-catalog/1
                credentials:
                  - id: cert
                    kind: certificate
                    title: Cert
                    provider: p
                    requirements:
                      kind: ALL_OF
                      maxSharedCredits: 6
                      children:
                        - credential: a
                          minGrade: "3"
                        - kind: AT_LEAST_K_OF
                          k: 1
                          children: [{credential: b}, {condition: Instructor consent}]
                        - kind: AT_LEAST_CREDITS
                          credits: 10
                          maxCountedCredits: 6
                          children:
                            - filter: {codePrefix: DATA, minEqfLevel: 6, providers: [p]}
                """);

        var root = (RuleSpec.Group) catalog.credentials().get(0).requirements();
        assertThat(root.kind()).isEqualTo(RuleKind.ALL_OF);
        assertThat(root.maxSharedCredits()).isEqualTo(6.0);
        assertThat(root.children().get(0)).isEqualTo(new RuleSpec.CredentialLeaf("a", "3"));
        var kOfN = (RuleSpec.Group) root.children().get(1);
        assertThat(kOfN.k()).isEqualTo(1);
        assertThat(kOfN.children().get(1)).isEqualTo(new RuleSpec.ConditionLeaf("Instructor consent"));
        var credits = (RuleSpec.Group) root.children().get(2);
        assertThat(credits.maxCountedCredits()).isEqualTo(6.0);
        assertThat(((RuleSpec.FilterLeaf) credits.children().get(0)).codePrefix()).isEqualTo("DATA");
    }

    @Test
    void acceptsAPickKNodeOverASingleFilterBecauseEachMatchingCredentialIsAnItem() {
        var catalog = reader.read("pick.yaml", """
                format: credpath-catalog/1
                credentials:
                  - id: cert
                    kind: certificate
                    title: Cert
                    provider: p
                    requirements:
                      kind: AT_LEAST_K_OF
                      k: 3
                      children: [{filter: {codePrefix: DATA}}]
                """);

        var pick = (RuleSpec.Group) catalog.credentials().get(0).requirements();
        assertThat(pick.k()).isEqualTo(3);
        assertThat(pick.children()).hasSize(1);
    }

    @Test
    void refusesAPickKNodeAskingForMoreThanItsCredentialChildren() {
        assertThatThrownBy(() -> reader.read("pick.yaml", """
                format: credpath-catalog/1
                credentials:
                  - id: cert
                    kind: certificate
                    title: Cert
                    provider: p
                    requirements: {kind: AT_LEAST_K_OF, k: 3, children: [{credential: a}, {condition: consent}]}
                """))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new CatalogProblem("credentials[0].requirements.k", "k = 3 but the node has only 2 children")));
    }

    @Test
    void numbersOutcomesThatHaveNoId() {
        var catalog = reader.read("o.yaml", """
                format: credpath-catalog/1
                credentials:
                  - {id: mc, kind: badge, title: B, provider: p, outcomes: [{statement: one}, {id: own, statement: two}]}
                """);

        assertThat(catalog.credentials().get(0).outcomes()).extracting(o -> o.id()).containsExactly("mc#lo1", "own");
    }

    @Test
    void listsEveryFieldProblemWithItsPath() {
        assertThatThrownBy(() -> reader.read("bad.yaml", """
                format: credpath-catalog/1
                providers:
                  - {id: p, name: P, country: Finland, colour: blue}
                credentials:
                  - id: mc
                    kind: nano-degree
                    title: T
                    provider: p
                    ects: -2
                    eqfLevel: 9
                    participation: remote
                    prerequisites:
                      kind: AT_LEAST_K_OF
                      k: 3
                      children: [{credential: a}]
                learners:
                  - id: l
                    earned: [{credential: mc, date: 22/11/2025}]
                """))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems())
                        .extracting(CatalogProblem::path)
                        .containsExactlyInAnyOrder(
                                "providers[0].colour", "providers[0].country",
                                "credentials[0].kind", "credentials[0].ects", "credentials[0].eqfLevel",
                                "credentials[0].participation", "credentials[0].prerequisites.k",
                                "learners[0].earned[0].date"));
    }

    @Test
    void namesLineAndColumnOfASyntaxError() {
        assertThatThrownBy(() -> reader.read("broken.json", "{\"format\": \"credpath-catalog/1\",\n \"providers\": [ }"))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).path()).isEqualTo("line 2, column 17");
                    assertThat(e.problems().get(0).message()).startsWith("not valid JSON");
                });
    }

    @Test
    void rejectsAnotherFormatVersion() {
        assertThatThrownBy(() -> reader.read("v2.yaml", "format: credpath-catalog/2\n"))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new CatalogProblem("format", "'credpath-catalog/2' is not supported (expected credpath-catalog/1)")));
    }

    @Test
    void rejectsARuleNodeThatIsNeitherGroupNorLeaf() {
        assertThatThrownBy(() -> reader.read("r.yaml", """
                format: credpath-catalog/1
                credentials:
                  - {id: c, kind: degree, title: D, provider: p, requirements: {label: nothing}}
                """))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems())
                        .extracting(CatalogProblem::path).containsExactly("credentials[0].requirements"));
    }

    @Test
    void readsAreasOfCredentialsAndFiltersOnAreasAlone() {
        var catalog = reader.read("a.yaml", """
                format: credpath-catalog/1
                credentials:
                  - {id: lit, kind: course, title: L, provider: p, areas: [LA, HA]}
                  - id: c
                    kind: degree
                    title: D
                    provider: p
                    requirements: {kind: AT_LEAST_K_OF, k: 2, children: [{filter: {areas: [LA, SA]}}]}
                """);

        assertThat(catalog.credentials().get(0).areas()).containsExactly("LA", "HA");
        var filter = (org.credpath.catalog.model.RuleSpec.FilterLeaf)
                ((org.credpath.catalog.model.RuleSpec.Group) catalog.credentials().get(1).requirements()).children().get(0);
        assertThat(filter.areas()).containsExactly("LA", "SA");
    }

    @Test
    void readsGatedGroupsAndDoubleCounting() {
        var catalog = reader.read("g.yaml", """
                format: credpath-catalog/1
                credentials:
                  - id: c
                    kind: degree
                    title: D
                    provider: p
                    requirements:
                      kind: AT_LEAST_K_OF
                      k: 1
                      children:
                        - {kind: ALL_OF, gated: true, children: [{credential: a}, {credential: b}]}
                        - {kind: AT_LEAST_K_OF, k: 1, doubleCount: true, children: [{credential: a}]}
                        - {kind: ALL_OF, doubleCount: false, children: [{credential: b}]}
                """);

        var root = (org.credpath.catalog.model.RuleSpec.Group) catalog.credentials().get(0).requirements();
        var children = root.children().stream().map(org.credpath.catalog.model.RuleSpec.Group.class::cast).toList();
        assertThat(children).extracting(g -> g.gated(), g -> g.doubleCount()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(true, null), org.assertj.core.groups.Tuple.tuple(null, true),
                org.assertj.core.groups.Tuple.tuple(null, false));
    }

    @Test
    void refusesAGatedTopNodeGatingInPrerequisitesAndANonBooleanFlag() {
        assertThatThrownBy(() -> reader.read("g.yaml", """
                format: credpath-catalog/1
                credentials:
                  - id: c
                    kind: degree
                    title: D
                    provider: p
                    requirements: {kind: ALL_OF, gated: true, children: [{kind: ALL_OF, doubleCount: "yes", children: [{credential: a}]}]}
                    prerequisites: {kind: ALL_OF, children: [{kind: ALL_OF, gated: true, children: [{credential: a}]}]}
                """))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> {
                    assertThat(e.problems()).extracting(CatalogProblem::path).containsExactlyInAnyOrder(
                            "credentials[0].requirements.gated", "credentials[0].requirements.children[0].doubleCount",
                            "credentials[0].prerequisites");
                    assertThat(e.problems()).extracting(CatalogProblem::message).anySatisfy(m -> assertThat(m)
                            .startsWith("prerequisites take no gated: they say how progress toward an award adds up"));
                });
    }

    @Test
    void readsMaxSharedWithOnTheTopNode() {
        var catalog = reader.read("overlap.yaml", """
                format: credpath-catalog/1
                credentials:
                  - id: minor
                    kind: certificate
                    title: Minor
                    provider: p
                    requirements:
                      kind: AT_LEAST_K_OF
                      k: 2
                      maxSharedWith: {default: 2, major: 1}
                      children: [{filter: {codePrefix: CS}}]
                """);

        var root = (RuleSpec.Group) catalog.credentials().get(0).requirements();
        assertThat(root.maxSharedWith()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("default", 2, "major", 1));
    }

    @Test
    void refusesMaxSharedWithBelowTheTopInPrerequisitesEmptyOrNotAWholeNumber() {
        assertThatThrownBy(() -> reader.read("o.yaml", """
                format: credpath-catalog/1
                credentials:
                  - id: c
                    kind: degree
                    title: D
                    provider: p
                    requirements: {kind: ALL_OF, maxSharedWith: {major: 1.5, minor: -1}, children: [{kind: ALL_OF, maxSharedWith: {default: 1}, children: [{credential: a}]}]}
                    prerequisites: {kind: ALL_OF, maxSharedWith: {default: 1}, children: [{credential: a}]}
                  - id: d
                    kind: degree
                    title: D
                    provider: p
                    requirements: {kind: ALL_OF, maxSharedWith: {}, children: [{credential: a}]}
                """))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> {
                    assertThat(e.problems()).extracting(CatalogProblem::path).contains(
                            "credentials[0].requirements.maxSharedWith.major", "credentials[0].requirements.maxSharedWith.minor",
                            "credentials[0].requirements.children[0].maxSharedWith", "credentials[0].prerequisites",
                            "credentials[1].requirements.maxSharedWith");
                    assertThat(e.problems()).extracting(CatalogProblem::message).anySatisfy(m -> assertThat(m)
                            .startsWith("belongs on the top node of the rules"));
                });
    }

    @Test
    void readsDistributionAreas() {
        var catalog = reader.read("a.yaml", """
                format: credpath-catalog/1
                credentials:
                  - id: c
                    kind: degree
                    title: D
                    provider: p
                    requirements:
                      kind: ALL_OF
                      children:
                        - {kind: AT_LEAST_K_OF, k: 4, minAreas: 3, maxPerArea: 2, children: [{filter: {areas: [LA, HA, SA, NS]}}]}
                        - {kind: AT_LEAST_CREDITS, credits: 12, maxPerArea: 1, areas: [LA, HA], children: [{credential: a}, {filter: {codePrefix: GEN}}]}
                """);

        var root = (org.credpath.catalog.model.RuleSpec.Group) catalog.credentials().get(0).requirements();
        var children = root.children().stream().map(org.credpath.catalog.model.RuleSpec.Group.class::cast).toList();
        assertThat(children).extracting(g -> g.minAreas(), g -> g.maxPerArea(), g -> g.areas()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, 2, java.util.List.of()), org.assertj.core.groups.Tuple.tuple(null, 1, java.util.List.of("LA", "HA")));
    }

    @Test
    void refusesDistributionAreasThatCannotHold() {
        assertThatThrownBy(() -> reader.read("a.yaml", """
                format: credpath-catalog/1
                credentials:
                  - id: c
                    kind: degree
                    title: D
                    provider: p
                    requirements:
                      kind: ALL_OF
                      children:
                        - {kind: AT_LEAST_K_OF, k: 6, minAreas: 5, children: [{filter: {areas: [LA, HA, SA, NS]}}]}
                        - {kind: AT_LEAST_K_OF, k: 2, maxPerArea: 0, children: [{filter: {areas: [LA]}}]}
                        - {kind: AT_LEAST_K_OF, k: 1, maxPerArea: 1, children: [{kind: ALL_OF, children: [{credential: a}]}]}
                        - {kind: ALL_OF, minAreas: 1, children: [{filter: {areas: [LA]}}]}
                        - {kind: AT_LEAST_K_OF, k: 2, minAreas: 2, children: [{filter: {codePrefix: GEN}}]}
                        - {kind: AT_LEAST_K_OF, k: 1, areas: [LA], children: [{filter: {codePrefix: GEN}}]}
                    prerequisites: {kind: AT_LEAST_K_OF, k: 1, maxPerArea: 1, children: [{credential: a}]}
                """))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> {
                    assertThat(e.problems()).extracting(CatalogProblem::path).containsExactlyInAnyOrder(
                            "credentials[0].requirements.children[0].minAreas", "credentials[0].requirements.children[1].maxPerArea",
                            "credentials[0].requirements.children[2].children[0]", "credentials[0].requirements.children[3].minAreas",
                            "credentials[0].requirements.children[4].minAreas", "credentials[0].requirements.children[5].areas",
                            "credentials[0].prerequisites");
                    assertThat(e.problems()).extracting(CatalogProblem::message)
                            .anySatisfy(m -> assertThat(m).isEqualTo("minAreas = 5 but only 4 areas are named (LA, HA, SA, NS)"))
                            .anySatisfy(m -> assertThat(m).contains("which carries no area"))
                            .anySatisfy(m -> assertThat(m).startsWith("minAreas = 2 but the node names no areas to count"))
                            .anySatisfy(m -> assertThat(m).startsWith("prerequisites take no minAreas or maxPerArea"));
                });
    }

    /** The example of docs/catalog-format.md's "Distribution areas" reads as written. */
    @Test
    void readsTheDocumentedDistributionExample() throws IOException {
        var doc = Files.readString(Path.of("docs/catalog-format.md"));
        var section = doc.substring(doc.indexOf("### Distribution areas"));
        var yaml = section.substring(section.indexOf("```yaml") + 7, section.indexOf("```", section.indexOf("```yaml") + 7));
        var catalog = reader.read("example.yaml", "format: credpath-catalog/1\nproviders: [{id: uni, name: Uni, country: DE, type: university}]\n" + yaml);

        var root = (RuleSpec.Group) catalog.credentials().stream().filter(c -> c.id().equals("uni-ab")).findFirst().orElseThrow().requirements();
        assertThat(root.children()).extracting(c -> ((RuleSpec.Group) c).minAreas()).containsExactly(3, 2);
    }

    @Test
    void readsTimingOnRuleGroups() {
        var catalog = reader.read("t.yaml", """
                format: credpath-catalog/1
                credentials:
                  - id: c
                    kind: degree
                    title: D
                    provider: p
                    requirements:
                      kind: ALL_OF
                      completeByTerm: 8
                      children:
                        - {kind: ALL_OF, label: Core, completeByTerm: 4, before: e, children: [{credential: a}, {credential: b}]}
                        - {credential: e}
                """);

        var root = (org.credpath.catalog.model.RuleSpec.Group) catalog.credentials().get(0).requirements();
        var core = (org.credpath.catalog.model.RuleSpec.Group) root.children().get(0);
        assertThat(root.completeByTerm()).isEqualTo(8);
        assertThat(root.before()).isNull();
        assertThat(core.completeByTerm()).isEqualTo(4);
        assertThat(core.before()).isEqualTo("e");
    }

    @Test
    void refusesATermBelowOneAndTimingInPrerequisites() {
        assertThatThrownBy(() -> reader.read("t.yaml", """
                format: credpath-catalog/1
                credentials:
                  - id: c
                    kind: degree
                    title: D
                    provider: p
                    requirements: {kind: ALL_OF, children: [{kind: ALL_OF, completeByTerm: 0, children: [{credential: a}]}]}
                    prerequisites: {kind: ALL_OF, before: x, children: [{credential: a}]}
                """))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> {
                    assertThat(e.problems()).extracting(CatalogProblem::path).containsExactlyInAnyOrder(
                            "credentials[0].requirements.children[0].completeByTerm", "credentials[0].prerequisites");
                    assertThat(e.problems()).extracting(CatalogProblem::message).anySatisfy(m -> assertThat(m)
                            .startsWith("prerequisites take no before:"));
                });
    }
}
