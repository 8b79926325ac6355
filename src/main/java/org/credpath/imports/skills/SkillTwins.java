package org.credpath.imports.skills;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.imports.skills.LabelResolver.Concept;

/**
 * ESCO's knowledge/skill twins: a skill/competence S and a knowledge concept K are twins when S's preferred label
 * without its leading verb is K's ({@code perform data mining} and {@code data mining}, {@code use databases} and
 * {@code database}), compared by the {@linkplain LabelKeys#variant variant key} (case, accents, US spellings, plurals);
 * failing any knowledge of that preferred label, when it is one of K's alternative labels <em>and</em> ESCO relates the
 * two ({@code skillSkillRelations.csv}): an alternative label alone names too many parts and neighbours
 * ({@code install locks} would be a twin of <em>hair</em>, whose alternative labels include "locks").
 * Knowing K is then read as a reason to count S: the skill of doing what the knowledge is of.
 */
public final class SkillTwins {

    static final String KNOWLEDGE = "knowledge";

    /** No twins (the inference off). */
    public static final SkillTwins NONE = new SkillTwins(List.of(), Set.of());

    private final Map<String, Set<String>> skillsOf = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private int pairs;

    /**
     * The twins among {@code concepts}; {@code related}: ESCO's skill-skill relations, each as the pair of URIs in
     * either order ({@link #relation}).
     */
    public SkillTwins(Collection<Concept> concepts, Set<String> related) {
        var preferred = new HashMap<String, Set<String>>();
        var alternative = new HashMap<String, Set<String>>();
        for (var k : concepts) {
            if (KNOWLEDGE.equals(k.skillType())) {
                labels.put(k.uri(), k.label());
                add(preferred, LabelKeys.variant(k.label()), k.uri());
                k.altLabels().forEach(alt -> add(alternative, LabelKeys.variant(alt), k.uri()));
            }
        }
        for (var s : concepts) {
            if (!Concept.COMPETENCE.equals(s.skillType())) {
                continue;
            }
            var words = LabelKeys.words(s.label());
            if (words.size() < 2) {
                continue;
            }
            var key = LabelKeys.variant(String.join(" ", words.subList(1, words.size())));
            var byPreferred = preferred.getOrDefault(key, Set.of());
            var twins = !byPreferred.isEmpty() ? byPreferred
                    : alternative.getOrDefault(key, Set.of()).stream().filter(k -> related.contains(relation(s.uri(), k))).toList();
            for (var k : twins) {
                if (skillsOf.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(s.uri())) {
                    pairs++;
                }
            }
        }
    }

    /** The key of a relation between two skills, the same in either direction. */
    public static String relation(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    /** The skills/competences twin to the knowledge concept (none when it has no twin or is no knowledge concept). */
    public Set<String> skillsOf(String knowledge) {
        return skillsOf.getOrDefault(knowledge, Set.of());
    }

    /** The preferred label of a knowledge concept, its URI when it is none. */
    public String label(String knowledge) {
        return labels.getOrDefault(knowledge, knowledge);
    }

    /** The knowledge concepts with a twin. */
    public Set<String> knowledge() {
        return skillsOf.keySet();
    }

    /** How many twin pairs. */
    public int pairs() {
        return pairs;
    }

    /** Every pair as {knowledge, skill}, for reports. */
    public List<String[]> all() {
        return skillsOf.entrySet().stream().flatMap(e -> e.getValue().stream().map(s -> new String[] {e.getKey(), s})).toList();
    }

    private static void add(Map<String, Set<String>> index, String key, String uri) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(uri);
        }
    }
}
