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

    private final List<SkillConcept> skills;
    private final List<Label> labels = new ArrayList<>();
    private final Map<String, Integer> byUri = new HashMap<>();

    public Vocabulary(List<SkillConcept> skills) {
        this.skills = List.copyOf(skills);
        for (int i = 0; i < this.skills.size(); i++) {
            var skill = this.skills.get(i);
            byUri.put(skill.uri(), i);
            labels.add(new Label(i, LabelKind.PREFERRED, skill.label()));
            for (var alt : skill.altLabels()) {
                labels.add(new Label(i, LabelKind.ALTERNATIVE, alt));
            }
            for (var hidden : skill.hiddenLabels()) {
                labels.add(new Label(i, LabelKind.HIDDEN, hidden));
            }
        }
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
