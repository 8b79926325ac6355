package org.credpath.catalog.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.credpath.catalog.model.ReferenceLookup.Target;

/**
 * Checks what a single field cannot show: unique ids, references that resolve (within the catalog
 * or to the database), the EU elements every micro-credential must carry, and rule cycles.
 * Reports every problem with its path; tolerates the nulls a failed field read leaves behind.
 */
public final class CatalogValidator {

    private final ReferenceLookup lookup;
    private final LocalDate today;
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final References references = new References();

    public CatalogValidator(ReferenceLookup lookup, LocalDate today) {
        this.lookup = Objects.requireNonNull(lookup);
        this.today = Objects.requireNonNull(today);
    }

    public List<CatalogProblem> validate(Catalog catalog) {
        problems.clear();
        var declared = new Declared(catalog);
        problems.addAll(CatalogIds.check(catalog));
        unique(catalog.providers().stream().map(ProviderSpec::id).toList(), "providers", "id");
        unique(catalog.skills().stream().map(SkillSpec::uri).toList(), "skills", "uri");
        unique(catalog.occupations().stream().map(OccupationSpec::uri).toList(), "occupations", "uri");
        unique(catalog.credentials().stream().map(CredentialSpec::id).toList(), "credentials", "id");
        unique(catalog.learners().stream().map(LearnerSpec::id).toList(), "learners", "id");
        uniqueOutcomes(catalog.credentials());
        for (int i = 0; i < catalog.skills().size(); i++) {
            var path = "skills[" + i + "]";
            var broader = catalog.skills().get(i).broader();
            for (int b = 0; b < broader.size(); b++) {
                references.expect(Target.SKILL, broader.get(b), path + ".broader[" + b + "]");
            }
        }
        for (int i = 0; i < catalog.occupations().size(); i++) {
            var o = catalog.occupations().get(i);
            var path = "occupations[" + i + "]";
            expectAll(Target.SKILL, o.essentialSkills(), path + ".essentialSkills");
            expectAll(Target.SKILL, o.optionalSkills(), path + ".optionalSkills");
        }
        for (int i = 0; i < catalog.credentials().size(); i++) {
            credential(catalog.credentials().get(i), "credentials[" + i + "]");
        }
        for (int i = 0; i < catalog.learners().size(); i++) {
            learner(catalog.learners().get(i), "learners[" + i + "]");
        }
        problems.addAll(CatalogYearChecks.check(catalog));
        references.check(declared);
        problems.addAll(BeforeOrder.check(catalog));
        new RuleCycles(catalog, lookup).find().forEach(cycle -> problems.add(new CatalogProblem(cycle.path(), cycle.message())));
        return List.copyOf(problems);
    }

    private void credential(CredentialSpec c, String path) {
        references.expect(Target.PROVIDER, c.provider(), path + ".provider");
        if (c.kind() == CredentialKind.MICRO_CREDENTIAL) {
            euElements(c, path);
        }
        if (c.price() != null && c.price() > 0 && c.currency() == null) {
            problems.add(new CatalogProblem(path + ".currency", "is required when a price is given"));
        }
        for (int o = 0; o < c.outcomes().size(); o++) {
            var outcome = c.outcomes().get(o);
            expectAll(Target.SKILL, outcome.skills(), path + ".outcomes[" + o + "].skills");
        }
        if (c.catalogYear() != null && c.catalogYear().program() != null && !c.catalogYear().program().equals(c.id())) {
            references.expect(Target.CREDENTIAL, c.catalogYear().program(), path + ".catalogYear.program");
        }
        rule(c.prerequisites(), c.id(), path + ".prerequisites");
        rule(c.requirements(), c.id(), path + ".requirements");
        sharedWith(c.requirements(), c.id(), path + ".requirements.maxSharedWith");
        for (int r = 0; r < c.recognisedAs().size(); r++) {
            var recognition = c.recognisedAs().get(r);
            var at = path + ".recognisedAs[" + r + "].credential";
            if (Objects.equals(recognition.credential(), c.id())) {
                problems.add(new CatalogProblem(at, "a credential cannot be recognised as itself"));
            } else {
                references.expect(Target.CREDENTIAL, recognition.credential(), at);
            }
        }
        for (int s = 0; s < c.sameAs().size(); s++) {
            var at = path + ".sameAs[" + s + "]";
            if (Objects.equals(c.sameAs().get(s), c.id())) {
                problems.add(new CatalogProblem(at, "a credential is the same course as itself already: name the other codes only"));
            } else {
                references.expect(Target.CREDENTIAL, c.sameAs().get(s), at);
            }
        }
        // a suggested order only: checked for references, never for cycles (it constrains nothing)
        for (int p = 0; p < c.precedes().size(); p++) {
            var at = path + ".precedes[" + p + "]";
            if (Objects.equals(c.precedes().get(p), c.id())) {
                problems.add(new CatalogProblem(at, "a credential cannot precede itself"));
            } else {
                references.expect(Target.CREDENTIAL, c.precedes().get(p), at);
            }
        }
    }

    private void euElements(CredentialSpec c, String path) {
        var required = new HashMap<String, Object>();
        required.put("ects", c.ects());
        required.put("eqfLevel", c.eqfLevel());
        required.put("assessment", c.assessment());
        required.put("participation", c.participation());
        required.put("qualityAssurance", c.qualityAssurance());
        required.put("language", c.language());
        required.put("durationWeeks", c.durationWeeks());
        required.put("price", c.price());
        required.put("access", c.access());
        required.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).sorted()
                .forEach(field -> problems.add(new CatalogProblem(path + "." + field,
                        "is required for a micro-credential (EU Council Recommendation 2022/C 243/02)")));
        if (c.outcomes().isEmpty()) {
            problems.add(new CatalogProblem(path + ".outcomes", "a micro-credential states at least one learning outcome"));
        }
    }

    /** Each credential a top node's maxSharedWith names exists and is another credential ("default" names none). */
    private void sharedWith(RuleSpec rule, String owner, String path) {
        if (!(rule instanceof RuleSpec.Group g)) {
            return;
        }
        for (var id : g.maxSharedWith().keySet().stream().sorted().toList()) {
            if (id.equals(owner)) {
                problems.add(new CatalogProblem(path + "." + id, "a credential shares nothing with itself: name another credential or default"));
            } else if (!id.equals("default")) {
                references.expect(Target.CREDENTIAL, id, path + "." + id);
            }
        }
    }

    private void rule(RuleSpec rule, String owner, String path) {
        if (rule instanceof RuleSpec.Group g) {
            if (Objects.equals(g.before(), owner)) {
                problems.add(new CatalogProblem(path + ".before", "a node of '" + owner + "' cannot have to be complete before "
                        + "starting '" + owner + "' itself"));
            } else {
                references.expect(Target.CREDENTIAL, g.before(), path + ".before");
            }
            for (int i = 0; i < g.children().size(); i++) {
                rule(g.children().get(i), owner, path + ".children[" + i + "]");
            }
        } else if (rule instanceof RuleSpec.CredentialLeaf leaf) {
            if (Objects.equals(leaf.credential(), owner)) {
                problems.add(new CatalogProblem(path + ".credential", "a credential's rules cannot name the credential itself"));
            } else {
                references.expect(Target.CREDENTIAL, leaf.credential(), path + ".credential");
            }
        } else if (rule instanceof RuleSpec.FilterLeaf filter) {
            references.expect(Target.SKILL, filter.skill(), path + ".filter.skill");
            expectAll(Target.PROVIDER, filter.providers(), path + ".filter.providers");
            // an exception naming no credential is a typo or a stale list, refused like any unknown reference
            expectAll(Target.CREDENTIAL, filter.except(), path + ".filter.except");
        }
    }

    private void learner(LearnerSpec l, String path) {
        for (int i = 0; i < l.earned().size(); i++) {
            var holding = l.earned().get(i);
            references.expect(Target.CREDENTIAL, holding.credential(), path + ".earned[" + i + "].credential");
            if (holding.date() != null && holding.date().isAfter(today)) {
                problems.add(new CatalogProblem(path + ".earned[" + i + "].date", holding.date() + " is in the future"));
            }
        }
        for (int i = 0; i < l.skills().size(); i++) {
            references.expect(Target.SKILL, l.skills().get(i).skill(), path + ".skills[" + i + "].skill");
        }
        for (int i = 0; i < l.goals().size(); i++) {
            var goal = l.goals().get(i);
            references.expect(Target.OCCUPATION, goal.occupation(), path + ".goals[" + i + "].occupation");
            references.expect(Target.CREDENTIAL, goal.credential(), path + ".goals[" + i + "].credential");
        }
    }

    private void expectAll(Target target, List<String> ids, String path) {
        for (int i = 0; i < ids.size(); i++) {
            references.expect(target, ids.get(i), path + "[" + i + "]");
        }
    }

    private void unique(List<String> ids, String section, String field) {
        var first = new HashMap<String, Integer>();
        for (int i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            if (id == null) {
                continue;
            }
            var earlier = first.putIfAbsent(id, i);
            if (earlier != null) {
                problems.add(new CatalogProblem(section + "[" + i + "]." + field,
                        "'" + id + "' is already used by " + section + "[" + earlier + "]"));
            }
        }
    }

    private void uniqueOutcomes(List<CredentialSpec> credentials) {
        var seen = new HashSet<String>();
        for (int i = 0; i < credentials.size(); i++) {
            var outcomes = credentials.get(i).outcomes();
            for (int o = 0; o < outcomes.size(); o++) {
                var id = outcomes.get(o).id();
                if (id != null && !seen.add(id)) {
                    problems.add(new CatalogProblem("credentials[" + i + "].outcomes[" + o + "].id", "'" + id + "' is used twice"));
                }
            }
        }
    }

    /** Ids declared in the catalog itself, per target. */
    private record Declared(Map<Target, Set<String>> ids) {
        Declared(Catalog c) {
            this(Map.of(
                    Target.PROVIDER, ids(c.providers().stream().map(ProviderSpec::id).toList()),
                    Target.SKILL, ids(c.skills().stream().map(SkillSpec::uri).toList()),
                    Target.OCCUPATION, ids(c.occupations().stream().map(OccupationSpec::uri).toList()),
                    Target.CREDENTIAL, ids(c.credentials().stream().map(CredentialSpec::id).toList()),
                    Target.LEARNER, ids(c.learners().stream().map(LearnerSpec::id).toList())));
        }

        private static Set<String> ids(List<String> list) {
            var set = new HashSet<String>();
            list.stream().filter(Objects::nonNull).forEach(set::add);
            return set;
        }
    }

    /** References gathered while walking, resolved against the catalog and then, in one batch per target, the database. */
    private final class References {
        private final Map<Target, Map<String, List<String>>> expected = new HashMap<>();

        void expect(Target target, String id, String path) {
            if (id != null) {
                expected.computeIfAbsent(target, t -> new HashMap<>()).computeIfAbsent(id, i -> new ArrayList<>()).add(path);
            }
        }

        void check(Declared declared) {
            for (var entry : expected.entrySet()) {
                var target = entry.getKey();
                var missing = new HashSet<>(entry.getValue().keySet());
                missing.removeAll(declared.ids().get(target));
                if (missing.isEmpty()) {
                    continue;
                }
                missing.removeAll(lookup.existing(target, Set.copyOf(missing)));
                for (var id : missing) {
                    for (var path : entry.getValue().get(id)) {
                        problems.add(new CatalogProblem(path, "unknown " + target.name().toLowerCase() + " '" + id
                                + "' (not in this file nor in the database)"));
                    }
                }
            }
            expected.clear();
        }
    }
}
