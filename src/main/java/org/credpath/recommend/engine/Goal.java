package org.credpath.recommend.engine;

import java.util.List;
import java.util.Objects;

/**
 * What a learner (or employer) aims at: an ESCO occupation (by URI), a target credential (by id), or a
 * custom job profile of essential and optional skills (by URI).
 */
public record Goal(Type type, String id, List<String> essential, List<String> optional) {

    public enum Type { OCCUPATION, CREDENTIAL, SKILLS }

    public Goal {
        Objects.requireNonNull(type);
        essential = essential == null ? List.of() : List.copyOf(essential);
        optional = optional == null ? List.of() : List.copyOf(optional);
    }

    public static Goal occupation(String uri) {
        return new Goal(Type.OCCUPATION, Objects.requireNonNull(uri), null, null);
    }

    public static Goal credential(String id) {
        return new Goal(Type.CREDENTIAL, Objects.requireNonNull(id), null, null);
    }

    public static Goal skills(List<String> essential, List<String> optional) {
        return new Goal(Type.SKILLS, null, essential, optional);
    }
}
