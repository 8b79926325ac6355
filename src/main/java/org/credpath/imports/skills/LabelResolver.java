package org.credpath.imports.skills;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.labels.LabelKeys;

/**
 * Resolves free-text skill tags and skill names (a course catalog's tags, an ELM credential's ESCO skill labels) to ESCO skills by their labels, in tiers from the most to the least
 * literal; the first tier with any candidate decides, so a looser reading never overrides a closer one:
 * <ol>
 * <li>{@link Match#PREFERRED_LABEL}: the tag is a skill's preferred label, ignoring case and punctuation;</li>
 * <li>{@link Match#ALT_LABEL}: the tag is one of a skill's alternative labels, the same way;</li>
 * <li>{@link Match#SPELLING_VARIANT}: as 1 and 2 once US spellings read as British and plurals as singular;</li>
 * <li>{@link Match#QUALIFIED_LABEL}: the tag is a bracket-qualified label without its qualifier, or with the
 * qualifier's last word ({@code "Python Programming"} for {@code "Python (computer programming)"}), or the tag's
 * own qualifier dropped;</li>
 * <li>{@link Match#WITHOUT_VERB}: the tag, of two words or more, is a label of a skill without the verb it starts with
 * ({@code "Critical Thinking"} for {@code "apply critical thinking"}, {@code "Data Visualization"} for
 * {@code "create data visualisation"}); a verb is a word ESCO starts the preferred label of a skill/competence with.</li>
 * </ol>
 * A tier that finds one skill resolves the tag; one that finds several leaves it ambiguous, with the candidates.
 */
public final class LabelResolver {

    /** An ESCO skill, its labels and its type ({@code skill/competence}, {@code knowledge}; null: not stated). */
    public record Concept(String uri, String label, List<String> altLabels, String skillType) {

        public static final String COMPETENCE = "skill/competence";

        public Concept {
            altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        }

        public Concept(String uri, String label, List<String> altLabels) {
            this(uri, label, altLabels, null);
        }
    }

    public enum Match { PREFERRED_LABEL, ALT_LABEL, SPELLING_VARIANT, QUALIFIED_LABEL, WITHOUT_VERB }

    public enum Outcome { RESOLVED, AMBIGUOUS, UNRESOLVED }

    /** What a tag resolved to: one skill, the candidates it could not choose between, or nothing. */
    public record Resolution(String tag, Outcome outcome, Match match, List<String> skills) {

        public static Resolution unresolved(String tag) {
            return new Resolution(tag, Outcome.UNRESOLVED, null, List.of());
        }
    }

    private final Map<String, Set<String>> preferred = new HashMap<>();
    private final Map<String, Set<String>> alternative = new HashMap<>();
    private final Map<String, Set<String>> variant = new HashMap<>();
    private final Map<String, Set<String>> qualified = new HashMap<>();
    private final Map<String, Set<String>> withoutVerb = new HashMap<>();
    private final Set<String> labelsWithCommas = new HashSet<>();
    private final Map<String, Resolution> resolved = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    public LabelResolver(Collection<Concept> skills) {
        for (var skill : skills) {
            labels.put(skill.uri(), skill.label());
            java.util.stream.Stream.concat(java.util.stream.Stream.of(skill.label()), skill.altLabels().stream())
                    .filter(label -> label.contains(",")).forEach(label -> labelsWithCommas.add(commaKey(label)));
            add(preferred, LabelKeys.exact(skill.label()), skill.uri());
            add(variant, LabelKeys.variant(skill.label()), skill.uri());
            skill.altLabels().forEach(alt -> {
                add(alternative, LabelKeys.exact(alt), skill.uri());
                add(variant, LabelKeys.variant(alt), skill.uri());
            });
            var labels = new ArrayList<String>(skill.altLabels());
            labels.add(skill.label());
            for (var label : labels) {
                LabelKeys.qualified(label).ifPresent(parts -> {
                    add(qualified, LabelKeys.variant(parts[0]), skill.uri());
                    var qualifier = LabelKeys.words(parts[1]);
                    if (!qualifier.isEmpty()) {
                        add(qualified, LabelKeys.variant(parts[0] + " " + qualifier.get(qualifier.size() - 1)), skill.uri());
                    }
                });
            }
        }
        indexWithoutVerbs(skills);
    }

    /** Every label of two words or more after its first, where the first is a verb (see {@link Match#WITHOUT_VERB}). */
    private void indexWithoutVerbs(Collection<Concept> skills) {
        var verbs = new HashSet<String>();
        skills.stream().filter(s -> Concept.COMPETENCE.equals(s.skillType())).map(s -> LabelKeys.words(s.label()))
                .filter(words -> !words.isEmpty()).forEach(words -> verbs.add(words.get(0)));
        for (var skill : skills) {
            var labels = new ArrayList<String>(skill.altLabels());
            labels.add(skill.label());
            for (var label : labels) {
                var words = LabelKeys.words(label);
                if (words.size() >= 3 && verbs.contains(words.get(0))) {
                    add(withoutVerb, LabelKeys.variant(String.join(" ", words.subList(1, words.size()))), skill.uri());
                }
            }
        }
    }

    /**
     * Whether the text is a skill's label that holds commas itself ({@code "extract, transform, load"}), ignoring case
     * and spaces: a list split at commas would cut it into pieces.
     */
    public boolean isLabelWithCommas(String text) {
        return labelsWithCommas.contains(commaKey(text));
    }

    private static String commaKey(String text) {
        return LabelKeys.exact(text.replace(",", " comma "));
    }

    /** Whether the skill is one of those resolved against. */
    public boolean knows(String uri) {
        return labels.containsKey(uri);
    }

    /** How many skills the tags are resolved against. */
    public int concepts() {
        return labels.size();
    }

    /** The preferred label of a skill, its URI when it is not one of the skills. */
    public String label(String uri) {
        return labels.getOrDefault(uri, uri);
    }

    public Resolution resolve(String tag) {
        return resolved.computeIfAbsent(tag, this::resolveNew);
    }

    private Resolution resolveNew(String tag) {
        var tiers = new ArrayList<Map.Entry<Match, Set<String>>>();
        tiers.add(Map.entry(Match.PREFERRED_LABEL, lookup(preferred, LabelKeys.exact(tag))));
        tiers.add(Map.entry(Match.ALT_LABEL, lookup(alternative, LabelKeys.exact(tag))));
        tiers.add(Map.entry(Match.SPELLING_VARIANT, lookup(variant, LabelKeys.variant(tag))));
        var byQualified = new LinkedHashSet<>(lookup(qualified, LabelKeys.variant(tag)));
        if (byQualified.isEmpty()) {
            LabelKeys.qualified(tag).ifPresent(parts -> byQualified.addAll(lookupAll(LabelKeys.variant(parts[0]))));
        }
        tiers.add(Map.entry(Match.QUALIFIED_LABEL, byQualified));
        tiers.add(Map.entry(Match.WITHOUT_VERB, lookup(withoutVerb, LabelKeys.variant(tag))));
        for (var tier : tiers) {
            var found = tier.getValue();
            if (found.size() == 1) {
                return new Resolution(tag, Outcome.RESOLVED, tier.getKey(), List.copyOf(found));
            }
            if (found.size() > 1) {
                return new Resolution(tag, Outcome.AMBIGUOUS, tier.getKey(), found.stream().sorted().toList());
            }
        }
        return Resolution.unresolved(tag);
    }

    /** A tag's own qualifier dropped: its head read against every label's variant key. */
    private Set<String> lookupAll(String key) {
        var found = new LinkedHashSet<>(lookup(variant, key));
        if (found.isEmpty()) {
            found.addAll(lookup(qualified, key));
        }
        return found;
    }

    private static Set<String> lookup(Map<String, Set<String>> index, String key) {
        return key.isEmpty() ? Set.of() : index.getOrDefault(key, Set.of());
    }

    private static void add(Map<String, Set<String>> index, String key, String uri) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(uri);
        }
    }
}
