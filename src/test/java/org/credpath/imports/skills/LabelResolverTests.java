package org.credpath.imports.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credpath.imports.skills.LabelResolver.Concept;
import org.credpath.imports.skills.LabelResolver.Match;
import org.credpath.imports.skills.LabelResolver.Outcome;
import org.junit.jupiter.api.Test;

class LabelResolverTests {

    private final LabelResolver resolver = new LabelResolver(List.of(
            new Concept("esco:sql", "SQL", List.of("structured query language")),
            new Concept("esco:stats", "statistics", List.of("data analysis")),
            new Concept("esco:python", "Python (computer programming)", List.of()),
            new Concept("esco:seo", "search engine optimisation", List.of()),
            new Concept("esco:db", "database", List.of()),
            new Concept("esco:ma", "mergers and acquisitions", List.of()),
            new Concept("esco:lead-1", "lead a team", List.of("team leadership")),
            new Concept("esco:lead-2", "manage a team", List.of("team leadership")),
            new Concept("esco:analysis", "data analytics", List.of("analysis of data")),
            new Concept("esco:analysis-pref", "analysis of data", List.of()),
            new Concept("esco:think", "think critically", List.of("apply critical thinking"), Concept.COMPETENCE),
            new Concept("esco:visual", "deliver visual presentation of data", List.of("create data visualisation"), Concept.COMPETENCE),
            new Concept("esco:tourism", "develop tourism products", List.of("tourism product development"), Concept.COMPETENCE),
            new Concept("esco:rad", "rapid application development", List.of(), "knowledge"),
            new Concept("esco:apply", "apply statistical analysis techniques", List.of(), Concept.COMPETENCE),
            new Concept("esco:create", "create software design", List.of(), Concept.COMPETENCE),
            new Concept("esco:etl", "data extraction, transformation and loading tools", List.of("extract, transform, load"), "knowledge"),
            new Concept("esco:sales", "sales strategies", List.of("sales strategy"), "knowledge")));

    @Test
    void aPreferredLabelMatchesIgnoringCaseAndPunctuation() {
        assertThat(resolver.resolve("sql")).isEqualTo(resolved("sql", Match.PREFERRED_LABEL, "esco:sql"));
        assertThat(resolver.resolve("Mergers & Acquisitions")).isEqualTo(resolved("Mergers & Acquisitions", Match.PREFERRED_LABEL, "esco:ma"));
    }

    @Test
    void anAlternativeLabelMatchesWhenNoPreferredOneDoes() {
        assertThat(resolver.resolve("Data Analysis")).isEqualTo(resolved("Data Analysis", Match.ALT_LABEL, "esco:stats"));
    }

    @Test
    void aPreferredLabelWinsOverAnotherSkillsAlternativeLabel() {
        assertThat(resolver.resolve("Analysis of Data")).isEqualTo(resolved("Analysis of Data", Match.PREFERRED_LABEL, "esco:analysis-pref"));
    }

    @Test
    void usSpellingsAndPluralsMatchAsVariants() {
        assertThat(resolver.resolve("Search Engine Optimization")).isEqualTo(resolved("Search Engine Optimization", Match.SPELLING_VARIANT, "esco:seo"));
        assertThat(resolver.resolve("Databases")).isEqualTo(resolved("Databases", Match.SPELLING_VARIANT, "esco:db"));
    }

    @Test
    void aQualifiedLabelMatchesWithoutItsQualifierOrWithItsLastWord() {
        assertThat(resolver.resolve("Python")).isEqualTo(resolved("Python", Match.QUALIFIED_LABEL, "esco:python"));
        assertThat(resolver.resolve("Python Programming")).isEqualTo(resolved("Python Programming", Match.QUALIFIED_LABEL, "esco:python"));
        assertThat(resolver.resolve("Databases (Relational)")).isEqualTo(resolved("Databases (Relational)", Match.QUALIFIED_LABEL, "esco:db"));
    }

    @Test
    void aLabelOfSeveralSkillsIsAmbiguousWithEveryCandidate() {
        var resolution = resolver.resolve("Team Leadership");

        assertThat(resolution.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(resolution.match()).isEqualTo(Match.ALT_LABEL);
        assertThat(resolution.skills()).containsExactly("esco:lead-1", "esco:lead-2");
    }

    @Test
    void aTagOfSeveralWordsMatchesALabelWithoutTheVerbItStartsWith() {
        assertThat(resolver.resolve("Critical Thinking")).isEqualTo(resolved("Critical Thinking", Match.WITHOUT_VERB, "esco:think"));
        // the verb of an alternative label, read as the other tiers read a tag (US spelling, plural)
        assertThat(resolver.resolve("Data Visualizations")).isEqualTo(resolved("Data Visualizations", Match.WITHOUT_VERB, "esco:visual"));
    }

    @Test
    void onlyAVerbIsDroppedNotAQualifierOrAnyOtherWord() {
        // "tourism" and "rapid" start no preferred label of a skill/competence: the tag names another, broader thing
        assertThat(resolver.resolve("Product Development").outcome()).isEqualTo(Outcome.UNRESOLVED);
        assertThat(resolver.resolve("Application Development").outcome()).isEqualTo(Outcome.UNRESOLVED);
        // one word left is too little to name the skill
        assertThat(resolver.resolve("Statistics Software").outcome()).isEqualTo(Outcome.UNRESOLVED);
        assertThat(resolver.resolve("Design").outcome()).isEqualTo(Outcome.UNRESOLVED);
    }

    @Test
    void aLabelHoldingCommasIsKnownAsOneWithTheCommasInPlace() {
        assertThat(resolver.isLabelWithCommas("Extract, Transform, Load")).isTrue();
        assertThat(resolver.isLabelWithCommas("Extract Transform Load")).isFalse();
        assertThat(resolver.isLabelWithCommas("Sales, Strategy")).isFalse(); // "sales strategy" holds no comma: two tags
    }

    @Test
    void aTagNoLabelMatchesIsUnresolved() {
        assertThat(resolver.resolve("Leadership and Management").outcome()).isEqualTo(Outcome.UNRESOLVED);
        assertThat(resolver.resolve("Programming").outcome()).isEqualTo(Outcome.UNRESOLVED);
        assertThat(resolver.resolve("").outcome()).isEqualTo(Outcome.UNRESOLVED);
    }

    private static LabelResolver.Resolution resolved(String tag, Match match, String skill) {
        return new LabelResolver.Resolution(tag, Outcome.RESOLVED, match, List.of(skill));
    }
}
