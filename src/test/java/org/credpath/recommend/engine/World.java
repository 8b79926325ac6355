package org.credpath.recommend.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.recommend.engine.SkillData.OccupationProfile;
import org.credpath.recommend.engine.SkillData.ProviderInfo;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Filter;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;

/** A small catalog with skills, a hierarchy and occupations, built by hand for the recommendation engine's tests. */
final class World {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final Map<String, Offering> offerings = new LinkedHashMap<>();
    final Map<String, Rule> requirements = new HashMap<>();
    final Map<String, Rule> prerequisites = new HashMap<>();
    final Map<String, String> labels = new LinkedHashMap<>();
    final Map<String, List<String>> broader = new HashMap<>();
    final List<OccupationProfile> occupations = new ArrayList<>();
    final Map<String, ProviderInfo> providers = new HashMap<>(Map.of(
            "fi", new ProviderInfo("fi", "Finnish University", "FI"),
            "fr", new ProviderInfo("fr", "French University", "FR")));
    private int ids;

    World skills(String... uris) {
        for (var uri : uris) {
            labels.put(uri, "label of " + uri);
        }
        return this;
    }

    /** {@code narrower} has {@code broaderSkill} as a broader skill. */
    World broader(String narrower, String broaderSkill) {
        skills(narrower, broaderSkill);
        broader.computeIfAbsent(narrower, k -> new ArrayList<>()).add(broaderSkill);
        return this;
    }

    World occupation(String uri, List<String> essential, List<String> optional) {
        essential.forEach(this::skills);
        optional.forEach(this::skills);
        occupations.add(new OccupationProfile(uri, "occupation " + uri, essential, optional));
        return this;
    }

    World course(String id, double ects, double price, String... skills) {
        return course(id, "fi", ects, price, 6, "en", "open", 2 * ects, skills);
    }

    World course(String id, String provider, double ects, double price, int eqf, String language, String access, double weeks,
                 String... skills) {
        skills(skills);
        offerings.put(id, new Offering(id, "micro-credential", "title " + id, id.toUpperCase(), null, provider, country(provider), ects,
                eqf, price, weeks, language, "online", access, null, Set.of(skills)));
        return this;
    }

    /** The provider's country, as the snapshot loader gives it to each offering. */
    private String country(String provider) {
        var info = providers.get(provider);
        return info == null ? null : info.country();
    }

    World expiring(String id, int validityYears, String... skills) {
        skills(skills);
        offerings.put(id, new Offering(id, "micro-credential", "title " + id, id.toUpperCase(), null, "fi", "FI", 5.0, 6, 100.0, 10.0,
                "en", "online", "open", validityYears, Set.of(skills)));
        return this;
    }

    World certificate(String id, Rule rules) {
        offerings.put(id, new Offering(id, "certificate", "title " + id, null, null, "fi", "FI", 20.0, 6, 0.0, 0.0, "en", "online", "open",
                null, Set.of()));
        requirements.put(id, rules);
        return this;
    }

    /** The credential's link to the skill extracted from its text with this confidence (the evidence: "sentence about <skill>"). */
    World extracted(String id, String skill, double confidence) {
        var o = offerings.get(id);
        var links = new java.util.HashMap<>(o.links());
        links.put(skill, new org.credpath.catalog.snapshot.SkillLink("extracted", confidence, "sentence about " + skill));
        offerings.put(id, new Offering(o.id(), o.kind(), o.title(), o.code(), o.subject(), o.provider(), o.country(), o.ects(),
                o.eqfLevel(), o.price(), o.durationWeeks(), o.language(), o.participation(), o.access(), o.validityYears(), o.skills(),
                links));
        return this;
    }

    /** The credential without a stated price (unknown, not free). */
    World withoutPrice(String id) {
        var o = offerings.get(id);
        offerings.put(id, new Offering(o.id(), o.kind(), o.title(), o.code(), o.subject(), o.provider(), o.country(), o.ects(),
                o.eqfLevel(), null, o.durationWeeks(), o.language(), o.participation(), o.access(), o.validityYears(), o.skills(),
                o.links()));
        return this;
    }

    World needs(String id, Rule rule) {
        prerequisites.put(id, rule);
        return this;
    }

    Rule allOf(Rule... children) {
        return new Rule.Group("n" + ids++, null, Rule.Kind.ALL_OF, null, null, Rule.Limits.NONE, List.of(children));
    }

    Rule kOf(int k, Rule... children) {
        return new Rule.Group("n" + ids++, null, Rule.Kind.AT_LEAST_K_OF, k, null, Rule.Limits.NONE, List.of(children));
    }

    Rule credits(double credits, Rule... children) {
        return new Rule.Group("n" + ids++, null, Rule.Kind.AT_LEAST_CREDITS, null, credits, Rule.Limits.NONE, List.of(children));
    }

    Rule cred(String id) {
        return new Rule.CredentialLeaf("n" + ids++, id, null);
    }

    Rule prefix(String codePrefix) {
        return new Rule.FilterLeaf("n" + ids++, codePrefix + "*", new Filter(codePrefix, null, null, null, null, null, null));
    }

    SkillIndex index() {
        return index(HierarchyRule.DEFAULT);
    }

    SkillIndex index(HierarchyRule rule) {
        var catalog = new CatalogSnapshot(offerings, requirements, prerequisites, Map.of());
        return new SkillIndex(catalog, new SkillData(labels, broader, occupations, providers), rule);
    }

    static Holding held(String credential) {
        return new Holding(credential, TODAY.minusMonths(6), null, true);
    }

    static LearnerState learner(List<String> credentials, List<String> priorSkills, List<String> aims) {
        return new LearnerState("l", credentials.stream().map(World::held).toList(),
                priorSkills.stream().map(s -> new LearnerState.PriorSkill(s, "self-declared")).toList(), aims, TODAY);
    }

    static LearnerState nobody() {
        return LearnerState.nobody(TODAY);
    }
}
