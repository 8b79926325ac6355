package org.credpath.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CatalogValidator;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.LearnerSpec;
import org.credpath.catalog.model.ReferenceLookup;
import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;
import org.junit.jupiter.api.Test;

class ScaleGeneratorTests {

    private static final EscoView ESCO = EscoView.synthetic(400, 60, 7);
    private static final GeneratedCatalog TENTH = ScaleGenerator.generate(ESCO, ScaleSpec.of(0.1, ScaleSpec.DEFAULT_SEED));

    @Test
    void sameSeedGivesTheSameCatalog() {
        var spec = ScaleSpec.of(0.02, 42);
        assertThat(ScaleGenerator.generate(ESCO, spec).catalog()).isEqualTo(ScaleGenerator.generate(ESCO, spec).catalog());
    }

    @Test
    void anotherSeedGivesAnotherCatalog() {
        var a = ScaleGenerator.generate(ESCO, ScaleSpec.of(0.02, 42)).catalog();
        var b = ScaleGenerator.generate(ESCO, ScaleSpec.of(0.02, 43)).catalog();
        assertThat(a.credentials()).isNotEqualTo(b.credentials());
        assertThat(a.learners()).isNotEqualTo(b.learners());
    }

    @Test
    void countsFollowTheScale() {
        var c = TENTH.catalog();
        assertThat(c.providers()).hasSize(20);
        assertThat(micros(c)).hasSize(2_000);
        assertThat(c.credentials()).hasSize(2_050);
        assertThat(c.learners()).hasSize(10_000);
        var x1 = ScaleSpec.of(1, 1);
        assertThat(List.of(x1.providers(), x1.microCredentials(), x1.largerCredentials(), x1.learners()))
                .containsExactly(200, 20_000, 500, 100_000);
        var x5 = ScaleSpec.of(5, 1);
        assertThat(List.of(x5.providers(), x5.microCredentials(), x5.largerCredentials(), x5.learners()))
                .containsExactly(1_000, 100_000, 2_500, 500_000);
    }

    @Test
    void anotherLearnerCountKeepsTheCatalog() {
        var spec = ScaleSpec.of(0.02, 42);
        var fewer = ScaleGenerator.generate(ESCO, spec.withLearners(7)).catalog();
        assertThat(fewer.learners()).hasSize(7);
        assertThat(fewer.credentials()).isEqualTo(ScaleGenerator.generate(ESCO, spec).catalog().credentials());
    }

    @Test
    void everyIdIsPrefixed() {
        var c = TENTH.catalog();
        assertThat(c.providers()).allSatisfy(p -> assertThat(p.id()).startsWith("gen-"));
        assertThat(c.credentials()).allSatisfy(x -> assertThat(x.id()).startsWith("gen-"));
        assertThat(c.learners()).allSatisfy(l -> assertThat(l.id()).startsWith("gen-"));
        assertThat(c.skills()).allSatisfy(s -> assertThat(s.uri()).startsWith("urn:credpath:gen-"));
    }

    @Test
    void prerequisiteGraphIsAcyclicAndAtMostEightDeep() {
        var byId = TENTH.catalog().credentials().stream().collect(Collectors.toMap(CredentialSpec::id, Function.identity()));
        var depth = new HashMap<String, Integer>();
        for (var id : byId.keySet()) {
            depth(id, byId, depth, new HashSet<>());
        }
        assertThat(depth.values()).allSatisfy(d -> assertThat(d).isBetween(1, ScaleSpec.MAX_DEPTH));
        assertThat(depth.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isEqualTo(ScaleSpec.MAX_DEPTH);
        assertThat(micros(TENTH.catalog()).stream().filter(m -> m.prerequisites() instanceof RuleSpec.Group g
                && g.kind() == RuleKind.AT_LEAST_K_OF)).isNotEmpty();
    }

    /** Longest chain of named prerequisites ending at {@code id}, in credentials; fails on a cycle. */
    private static int depth(String id, Map<String, CredentialSpec> byId, Map<String, Integer> memo, Set<String> onPath) {
        if (memo.containsKey(id)) {
            return memo.get(id);
        }
        assertThat(onPath.add(id)).as("prerequisite cycle through %s", id).isTrue();
        int deepest = 0;
        for (var named : named(byId.get(id).prerequisites())) {
            deepest = Math.max(deepest, depth(named, byId, memo, onPath));
        }
        onPath.remove(id);
        memo.put(id, deepest + 1);
        return deepest + 1;
    }

    @Test
    void generatedCatalogPassesTheCatalogValidation() {
        var small = ScaleGenerator.generate(ESCO, ScaleSpec.of(0.02, 5)).catalog();
        assertThat(new CatalogValidator(ReferenceLookup.NONE, ScaleSpec.AS_OF).validate(small)).isEmpty();
    }

    @Test
    void popularityAndCreditsAreSkewedLikeRealCatalogs() {
        var micros = micros(TENTH.catalog());
        var perProvider = micros.stream().collect(Collectors.groupingBy(CredentialSpec::provider, Collectors.counting()))
                .values().stream().sorted().toList();
        assertThat(perProvider.get(perProvider.size() - 1)).isGreaterThan(5 * perProvider.get(perProvider.size() / 2));
        assertThat(micros.stream().filter(m -> m.ects() >= 2 && m.ects() <= 6).count()).isGreaterThan(micros.size() * 7 / 10);
        assertThat(micros).allSatisfy(m -> {
            assertThat(m.ects()).isBetween(1.0, 10.0);
            assertThat(m.eqfLevel()).isBetween(4, 8);
            var skills = m.outcomes().stream().flatMap(o -> o.skills().stream()).toList();
            assertThat(skills).doesNotHaveDuplicates();
            assertThat(skills.size()).isBetween(3, 8);
        });
        var prices = micros.stream().mapToDouble(CredentialSpec::price).sorted().toArray();
        assertThat(prices[0]).isZero();
        assertThat(prices[prices.length / 2]).isBetween(100.0, 600.0);
        assertThat(prices[prices.length - 1]).isGreaterThan(4 * prices[prices.length / 2]);
        assertThat(micros.stream().map(CredentialSpec::language).distinct().count()).isGreaterThan(5);
        assertThat(micros.stream().filter(m -> !m.recognisedAs().isEmpty())).isNotEmpty();
    }

    @Test
    void largerCredentialsNestKofNCreditSumsCapsAndFilters() {
        var larger = TENTH.catalog().credentials().stream().filter(c -> c.requirements() != null).toList();
        assertThat(larger).hasSize(50);
        var nodes = larger.stream().flatMap(c -> nodes(c.requirements()).stream()).toList();
        var groups = nodes.stream().filter(RuleSpec.Group.class::isInstance).map(RuleSpec.Group.class::cast).toList();
        assertThat(groups).anyMatch(g -> g.kind() == RuleKind.AT_LEAST_K_OF);
        assertThat(groups).anyMatch(g -> g.kind() == RuleKind.AT_LEAST_CREDITS && g.maxCountedCredits() != null);
        assertThat(groups).anyMatch(g -> g.maxSharedCredits() != null);
        var filters = nodes.stream().filter(RuleSpec.FilterLeaf.class::isInstance).map(RuleSpec.FilterLeaf.class::cast).toList();
        assertThat(filters).anyMatch(f -> f.skill() != null);
        assertThat(filters).anyMatch(f -> f.minEqfLevel() != null && !f.providers().isEmpty());
        var certificates = larger.stream().filter(c -> c.kind() == CredentialKind.CERTIFICATE).map(CredentialSpec::id).collect(Collectors.toSet());
        assertThat(larger).anyMatch(c -> c.kind() == CredentialKind.DEGREE && named(c.requirements()).stream().anyMatch(certificates::contains));
    }

    @Test
    void learnersHoldUpToFifteenCredentialsWithPrerequisitesEarnedFirst() {
        var byId = TENTH.catalog().credentials().stream().collect(Collectors.toMap(CredentialSpec::id, Function.identity()));
        var learners = TENTH.catalog().learners();
        assertThat(learners).allSatisfy(l -> {
            assertThat(l.earned().size()).isBetween(0, 15);
            assertThat(l.earned().stream().map(LearnerSpec.Holding::credential)).doesNotHaveDuplicates();
            var dates = l.earned().stream().collect(Collectors.toMap(LearnerSpec.Holding::credential, LearnerSpec.Holding::date));
            for (var h : l.earned()) {
                assertThat(h.date()).isBeforeOrEqualTo(ScaleSpec.AS_OF);
                if (byId.get(h.credential()).prerequisites() instanceof RuleSpec.CredentialLeaf single && dates.containsKey(single.credential())) {
                    assertThat(dates.get(single.credential())).isBeforeOrEqualTo(h.date());
                }
            }
        });
        var sizes = learners.stream().collect(Collectors.groupingBy(l -> l.earned().size(), Collectors.counting()));
        assertThat(sizes.keySet()).contains(0, 15);
        assertThat(learners.stream().filter(l -> l.goals().stream().anyMatch(g -> g.occupation() != null)).count()).isGreaterThan(7_000);
        assertThat(learners.stream().filter(l -> l.goals().stream().anyMatch(g -> g.credential() != null)).count()).isGreaterThan(2_500);
        assertThat(learners.stream().filter(l -> !l.skills().isEmpty())).isNotEmpty();
    }

    private static List<CredentialSpec> micros(Catalog c) {
        return c.credentials().stream().filter(x -> x.kind() == CredentialKind.MICRO_CREDENTIAL).toList();
    }

    private static List<RuleSpec> nodes(RuleSpec rule) {
        var all = new java.util.ArrayList<RuleSpec>();
        if (rule != null) {
            all.add(rule);
            if (rule instanceof RuleSpec.Group g) {
                g.children().forEach(child -> all.addAll(nodes(child)));
            }
        }
        return all;
    }

    @Test
    void credentialPartsAreEachValidAfterTheOnesBeforeAndEndAsTheWholeCatalog() {
        var generated = ScaleGenerator.generate(ESCO, ScaleSpec.of(0.02, 5));
        var parts = generated.credentialParts(90);
        var credentials = generated.catalog().credentials();
        var recognising = credentials.stream().filter(c -> !c.recognisedAs().isEmpty()).count();
        assertThat(recognising).isPositive();
        assertThat(parts).hasSize((credentials.size() + 89) / 90 + (int) (recognising + 89) / 90);
        var stored = new HashSet<String>();
        var last = new HashMap<String, CredentialSpec>();
        for (var part : parts) {
            var lookup = new ReferenceLookup() {
                public Set<String> existing(Target target, Set<String> ids) {
                    return ids.stream().filter(stored::contains).collect(Collectors.toSet());
                }

                public Map<String, StoredRules> storedRules(Set<String> ids) {
                    return Map.of();
                }

                public Map<String, List<org.credpath.catalog.model.RecognitionSpec>> storedRecognitions(Set<String> ids) {
                    return Map.of();
                }
            };
            assertThat(new CatalogValidator(lookup, ScaleSpec.AS_OF).validate(part)).isEmpty();
            part.providers().forEach(p -> stored.add(p.id()));
            part.skills().forEach(sk -> stored.add(sk.uri()));
            part.occupations().forEach(o -> stored.add(o.uri()));
            part.credentials().forEach(c -> {
                stored.add(c.id());
                last.put(c.id(), c);
            });
        }
        assertThat(last.values()).containsExactlyInAnyOrderElementsOf(credentials);
        assertThat(generated.credentialParts(credentials.size())).containsExactly(generated.credentialsPart());
    }

    private static List<String> named(RuleSpec rule) {
        return nodes(rule).stream().filter(RuleSpec.CredentialLeaf.class::isInstance)
                .map(n -> ((RuleSpec.CredentialLeaf) n).credential()).toList();
    }

    @Test
    void everyLayerUpToTheDeepestIsUsed() {
        assertThat(Arrays.stream(MicroCredentialGenerator.layerCounts(20_000)).sum()).isEqualTo(20_000);
        assertThat(Arrays.stream(MicroCredentialGenerator.layerCounts(20_000)).boxed()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(MicroCredentialGenerator.layerCounts(16)[0]).isPositive();
    }
}
