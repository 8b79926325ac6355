package org.credpath.skills.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The skills matched against, numbered, and every one of their labels, numbered, with the skill and kind it belongs to. */
public final class Vocabulary {

    /** A label of skill number {@code skill}. */
    public record Label(int skill, LabelKind kind, String text) {
    }

    private static final java.util.regex.Pattern QUALIFIED = java.util.regex.Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");

    private final List<SkillConcept> skills;
    private final List<Label> labels = new ArrayList<>();
    private final Map<String, Integer> byUri = new HashMap<>();

    public Vocabulary(List<SkillConcept> skills) {
        this.skills = List.copyOf(skills);
        for (int i = 0; i < this.skills.size(); i++) {
            var skill = this.skills.get(i);
            int skillIndex = i;
            byUri.put(skill.uri(), i);
            labels.add(new Label(i, LabelKind.PREFERRED, skill.label()));
            for (var alt : skill.altLabels()) {
                labels.add(new Label(i, LabelKind.ALTERNATIVE, alt));
            }
            head(skill.label()).ifPresent(head -> labels.add(new Label(skillIndex, LabelKind.PREFERRED_HEAD, head)));
            for (var hidden : skill.hiddenLabels()) {
                labels.add(new Label(i, LabelKind.HIDDEN, hidden));
            }
        }
    }

    /**
     * The head of a label with a bracketed qualifier ({@code "Python"} of {@code "Python (computer programming)"}): texts
     * name the skill so, and the qualifier's words would otherwise count as missing from them.
     */
    private static java.util.Optional<String> head(String label) {
        var m = QUALIFIED.matcher(label);
        return m.matches() && !m.group(1).isBlank() ? java.util.Optional.of(m.group(1).strip()) : java.util.Optional.empty();
    }

    public int size() {
        return skills.size();
    }

    public SkillConcept skill(int index) {
        return skills.get(index);
    }

    /** The number of the skill with this URI, or -1. */
    public int indexOf(String uri) {
        return byUri.getOrDefault(uri, -1);
    }

    public List<Label> labels() {
        return labels;
    }
}
