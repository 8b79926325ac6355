package org.credpath.stacking.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.credpath.bench.CatalogSnapshotOf;
import org.credpath.catalog.format.CatalogFileReader;
import org.credpath.catalog.model.CatalogValidator;
import org.credpath.catalog.model.ReferenceLookup;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.stacking.engine.AuditResult.AuditNode;
import org.credpath.stacking.engine.AuditResult.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real requirement set with double counting, a gated sum, exclusions and k-of-n: the UT Dallas Computer Science (BS),
 * 2023-2024 catalog, transcribed by hand into {@code real-rules/utdallas-cs-bs-2023.yaml} (sources in the file). Five
 * hand-written transcripts are audited; each audit equals the exhaustive search over every assignment of the holdings
 * ({@link StackingAuditBruteForceTests#bruteForce}), with the branch and bound and with the exact solver alone, and
 * the verdicts are the ones read off the rules (written here before running).
 */
class RealRequirementSetTests {

    static final Path FILE = Path.of("src/test/resources/real-rules/utdallas-cs-bs-2023.yaml");
    static final String DEGREE = "utd-cs-bs-2023-transcribed";

    static CatalogSnapshot catalog;

    @BeforeAll
    static void read() {
        var parsed = new CatalogFileReader().read(FILE.toString(), content());
        assertThat(new CatalogValidator(ReferenceLookup.NONE, Fixtures.TODAY).validate(parsed)).as("the file is a valid catalog").isEmpty();
        catalog = CatalogSnapshotOf.of(parsed);
    }

    private static String content() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Holding> transcript(String... codes) {
        return Arrays.stream(codes).map(code -> Fixtures.held("utd-" + code.replace(' ', '-'))).toList();
    }

    /** The audit, checked against the exhaustive search with and without the search before the solver. */
    private static AuditResult audit(List<Holding> holdings) {
        var best = StackingAuditBruteForceTests.bruteForce(catalog, DEGREE, holdings, Set.of());
        assertThat(best).as("small enough to try every assignment").isNotNull();
        AuditResult result = null;
        for (long searchNodes : new long[] {StackingAudit.Options.SEARCH_NODES, 0}) {
            result = new StackingAudit(catalog, new StackingAudit.Options(Fixtures.TODAY, Set.of(), searchNodes)).audit(DEGREE, holdings);
            assertThat(result.exact()).isTrue();
            assertThat(result.met()).isEqualTo(best.met());
            assertThat(Math.round(result.countedCredits() * 1000)).as("%d search nodes", searchNodes).isEqualTo(best.countedMillis());
        }
        return result;
    }

    private static AuditNode node(AuditNode tree, String labelStart) {
        if (tree.label() != null && tree.label().startsWith(labelStart)) {
            return tree;
        }
        return tree.children().stream().map(c -> node(c, labelStart)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static Status status(AuditResult result, String labelStart) {
        return node(result.tree(), labelStart).status();
    }

    /** How many places each holding counts at (more than one: double counting). */
    private static java.util.Map<String, Long> places(AuditResult result) {
        return result.counted().stream().collect(Collectors.groupingBy(c -> c.credential().substring(4).replace('-', ' '),
                Collectors.counting()));
    }

    private static Set<String> notCounted(AuditResult result, NotCountedReason reason) {
        return result.notCounted().stream().filter(u -> u.reason() == reason).map(AuditResult.UncountedHolding::credential)
                .collect(Collectors.toSet());
    }

    @Test
    void aFirstYearCountsItsCalculusAndRhetoricInTheCoreAndInTheMajor() {
        var result = audit(transcript("RHET 1302", "MATH 2413", "MATH 2414", "PHYS 2325", "PHYS 2125", "CS 1436"));
        assertThat(result.met()).isFalse();
        assertThat(status(result, "010 Communication")).isEqualTo(Status.PARTLY_MET); // 3 of 6 hours
        assertThat(status(result, "020 Mathematics")).isEqualTo(Status.MET);
        assertThat(status(result, "030 Life")).isEqualTo(Status.PARTLY_MET); // 4 of 6 hours
        assertThat(status(result, "Calculus (8 SCH)")).isEqualTo(Status.MET); // MATH 2413 and MATH 2414: a whole sequence
        assertThat(places(result)).containsEntry("RHET 1302", 2L).containsEntry("PHYS 2325", 2L).containsEntry("PHYS 2125", 2L)
                .containsEntry("CS 1436", 1L);
        assertThat(places(result).get("MATH 2413") + places(result).get("MATH 2414")).isGreaterThanOrEqualTo(3L); // and in 020 too
    }

    @Test
    void twoHalvesOfDifferentCalculusSequencesAreNoSequenceAndAnExcludedCourseIsNoFreeElective() {
        var result = audit(transcript("MATH 2413", "MATH 2419", "ECON 2301", "CS 1136"));
        assertThat(status(result, "020 Mathematics")).isEqualTo(Status.MET);
        assertThat(status(result, "Calculus (8 SCH)")).isNotEqualTo(Status.MET); // 8 hours held, but neither sequence is complete
        assertThat(node(result.tree(), "Calculus (8 SCH)").countedCredits()).isZero(); // gated: nothing flows up from a half
        assertThat(node(result.tree(), "Free Electives").countedCredits()).isEqualTo(6.0); // ECON 2301 only
        assertThat(notCounted(result, NotCountedReason.EXCLUDED_BY_RULE)).containsExactly("utd-CS-1136");

        // the construct matters: as a plain credit sum, the two halves would make 8 hours of calculus
        var ungated = CatalogSnapshotOf.of(new CatalogFileReader().read(FILE.toString(), content().replace("gated: true", "gated: false")));
        var plain = new StackingAudit(ungated, StackingAudit.Options.at(Fixtures.TODAY)).audit(DEGREE, transcript("MATH 2413", "MATH 2419"));
        assertThat(node(plain.tree(), "Calculus (8 SCH)").status()).isEqualTo(Status.MET);
    }

    @Test
    void aCourseCountsOnceOutsideTheCoreAreasEitherInTheMajorCoreOrAsAGuidedElective() {
        var result = audit(transcript("CS 4347", "CS 4375", "SE 4351"));
        assertThat(places(result)).containsEntry("CS 4347", 1L).containsEntry("CS 4375", 1L).containsEntry("SE 4351", 1L);
    }

    @Test
    void aFourthGuidedElectiveCountsAsAFreeElectiveWhereAGreedyPlacementWastesIt() {
        // in the order of the rules, a greedy placement puts all four where they first fit (the guided electives, which
        // take three) and leaves the free electives empty; the exact audit moves one to the free electives
        var holdings = transcript("CS 4375", "CS 4365", "CS 4393", "SE 4351");
        var result = audit(holdings);
        assertThat(status(result, "CS Guided Electives")).isEqualTo(Status.MET);
        assertThat(node(result.tree(), "Free Electives").countedCredits()).isEqualTo(6.0);
        assertThat(result.countedCredits()).isEqualTo(24.0);
        assertThat(greedy(holdings).countedMillis()).isEqualTo(18_000); // the three guided electives only
    }

    /** Each holding, in transcript order, at the first leaf in the order of the rules that takes it (once), scored as the audit scores. */
    private static TreeEvaluator.Score greedy(List<Holding> holdings) {
        var tree = new IndexedTree(catalog.requirements(DEGREE).orElseThrow());
        var assignment = new java.util.ArrayList<List<Candidate>>();
        tree.leaves.forEach(leaf -> assignment.add(new java.util.ArrayList<>()));
        for (int h = 0; h < holdings.size(); h++) {
            var held = catalog.offering(holdings.get(h).credential()).orElseThrow();
            for (int leaf = 0; leaf < tree.leaves.size(); leaf++) {
                var rule = tree.leaves.get(leaf);
                boolean takes = rule instanceof Rule.CredentialLeaf c ? c.credential().equals(held.id())
                        : rule instanceof Rule.FilterLeaf f && catalog.matches(f.filter(), held);
                if (takes && assignment.get(leaf).size() < tree.capacity(leaf)) {
                    assignment.get(leaf).add(new Candidate(h, leaf, held.ects(), null));
                    break;
                }
            }
        }
        return new TreeEvaluator(tree, Set.of()).score(assignment);
    }

    @Test
    void communicationAndPhysicsAreMetInTheCoreAndStillCountInTheMajor() {
        var result = audit(transcript("RHET 1302", "ECS 3390", "PHYS 2325", "PHYS 2326", "PHYS 2125", "PHYS 2126", "ECON 2301", "GOVT 2305"));
        assertThat(status(result, "010 Communication")).isEqualTo(Status.MET);
        assertThat(status(result, "030 Life")).isEqualTo(Status.MET);
        Function<String, Long> placesOf = code -> places(result).get(code);
        assertThat(List.of("RHET 1302", "ECS 3390", "PHYS 2325", "PHYS 2326")).allSatisfy(code ->
                assertThat(placesOf.apply(code)).as(code).isEqualTo(2L)); // a core area and the major
        // the two lectures fill the 6 hours of 030 (a credit node takes what it needs): the laboratories count in the major only
        assertThat(placesOf.apply("PHYS 2125")).isEqualTo(1L);
        assertThat(placesOf.apply("PHYS 2126")).isEqualTo(1L);
        assertThat(node(result.tree(), "Free Electives").countedCredits()).isEqualTo(12.0); // ECON 2301, GOVT 2305; not RHET, ECS
        assertThat(status(result, "Free Electives")).isEqualTo(Status.PARTLY_MET);
    }
}
