package org.credpath.labels;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ESCO's knowledge/skill twins, where knowing K is read as a reason to count S, the skill of doing what the knowledge
 * is of. Three conditions, all from ESCO:
 * <ol>
 * <li><b>the label</b>: S's preferred label without its leading verb is K's ({@code perform data mining} and
 * {@code data mining}, {@code use databases} and {@code database}), compared by the {@linkplain LabelKeys#variant
 * variant key} (case, accents, US spellings, plurals); failing any knowledge of that preferred label, one of K's
 * alternative labels <em>and</em> ESCO relates the two ({@code skillSkillRelations.csv}): an alternative label alone
 * names too many parts and neighbours ({@code install locks} would be a twin of <em>hair</em>, "locks");</li>
 * <li><b>the occupations</b>: at least a third ({@link #SHARED_OCCUPATIONS}) of the occupations that require K (essential or
 * optional) also require S. The label alone pairs a subject with teaching it ({@code teach psychology} and
 * <em>psychology</em>: 1 of the 55 occupations needing psychology needs to teach it), packing or soldering it
 * ({@code pack electronic equipment}: 3 of 143); those who need the knowledge are not expected to do that.</li>
 * <li><b>not work on an object</b>: S is under none of ESCO's skill groups of work done on physical things
 * ({@link #WORK_ON_OBJECTS}: S6 <em>handling and moving</em>, S7 <em>constructing</em>, S8 <em>working with machinery and
 * specialised equipment</em>), at any depth of ESCO's skills hierarchy. A course about sensors does not teach assembling
 * them ({@code assemble sensors}, S6.5), nor one on hearing aids repairing them; one on databases does teach using them
 * ({@code use databases}, S5.5). A skill whose groups are unknown is not taken for one on an object.</li>
 * </ol>
 */
public final class SkillTwins {

    /**
     * An ESCO skill as the twins are read from: its labels, its type ({@code skill/competence}, {@code knowledge}) and
     * the codes of the skill groups it is under at any depth of ESCO's hierarchy ({@code S6.5.1}, {@code S6.5}, {@code S6}).
     */
    public record Skill(String uri, String label, List<String> altLabels, String skillType, Set<String> groups) {

        public Skill {
            altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
            groups = groups == null ? Set.of() : Set.copyOf(groups);
        }

        /** A skill whose groups are not known. */
        public Skill(String uri, String label, List<String> altLabels, String skillType) {
            this(uri, label, altLabels, skillType, Set.of());
        }
    }

    static final String COMPETENCE = "skill/competence";

    static final String KNOWLEDGE = "knowledge";

    /** The least share of the occupations requiring a knowledge concept that also require its twin. */
    public static final double SHARED_OCCUPATIONS = 1.0 / 3;

    /**
     * ESCO's top skill groups of work done on physical things (skillsHierarchy_en.csv): S6 handling and moving, S7
     * constructing, S8 working with machinery and specialised equipment. A skill under any of them is no twin.
     */
    public static final Set<String> WORK_ON_OBJECTS = Set.of("S6", "S7", "S8");

    /** No twins (the inference off). */
    public static final SkillTwins NONE = new SkillTwins(List.of(), Set.of(), Map.of());

    private final Map<String, Set<String>> skillsOf = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private int pairs;

    /**
     * The twins among {@code concepts}; {@code related}: ESCO's skill-skill relations, each as the pair of URIs in
     * either order ({@link #relation}); {@code occupations}: per skill, the occupations that require it.
     */
    public SkillTwins(Collection<Skill> concepts, Set<String> related, Map<String, Set<String>> occupations) {
        var preferred = new HashMap<String, Set<String>>();
        var alternative = new HashMap<String, Set<String>>();
        for (var k : concepts) {
            labels.put(k.uri(), k.label());
            if (KNOWLEDGE.equals(k.skillType())) {
                add(preferred, LabelKeys.variant(k.label()), k.uri());
                k.altLabels().forEach(alt -> add(alternative, LabelKeys.variant(alt), k.uri()));
            }
        }
        for (var s : concepts) {
            if (!COMPETENCE.equals(s.skillType()) || onObjects(s)) {
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
                if (sharedOccupations(occupations.getOrDefault(k, Set.of()), occupations.getOrDefault(s.uri(), Set.of())) >= SHARED_OCCUPATIONS
                        && skillsOf.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(s.uri())) {
                    pairs++;
                }
            }
        }
    }

    /** The share of the occupations requiring the knowledge that also require the skill (0 when none requires it). */
    static double sharedOccupations(Set<String> knowledge, Set<String> skill) {
        return knowledge.isEmpty() ? 0 : (double) knowledge.stream().filter(skill::contains).count() / knowledge.size();
    }

    /** Whether ESCO puts the skill under one of its groups of work on physical things ({@link #WORK_ON_OBJECTS}). */
    static boolean onObjects(Skill skill) {
        return skill.groups().stream().anyMatch(code -> WORK_ON_OBJECTS.contains(code.split("\\.", 2)[0]));
    }

    /** The key of a relation between two skills, the same in either direction. */
    public static String relation(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    /** The skills/competences twin to the knowledge concept (none when it has no twin or is no knowledge concept). */
    public Set<String> skillsOf(String knowledge) {
        return skillsOf.getOrDefault(knowledge, Set.of());
    }

    /** The preferred label of a skill, its URI when it is not one of the concepts. */
    public String label(String skill) {
        return labels.getOrDefault(skill, skill);
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
