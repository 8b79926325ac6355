package org.credpath.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.credpath.catalog.model.LearnerSpec;

/** Says what loading a learner's record takes away from the stored one, which the load replaces whole. */
final class LearnerRemovals {

    private static final int NAMED = 10;

    private LearnerRemovals() {
    }

    /** "learners: learner-aino was replaced whole, which removed ..."; null when nothing stored is lost. */
    static String describe(LearnerSpec learner, Map<String, Object> stored) {
        if (stored == null) {
            return null;
        }
        var removed = new ArrayList<String>();
        var holdings = missing(stored.get("earned"), row -> (String) row.get("credential"),
                learner.earned().stream().map(LearnerSpec.Holding::credential).toList());
        add(removed, holdings, "holding(s)");
        var skills = missing(stored.get("skills"), row -> (String) row.get("skill"),
                learner.skills().stream().map(LearnerSpec.PriorSkill::skill).toList());
        add(removed, skills, "prior-learning skill(s)");
        var goals = missing(stored.get("goals"), row -> String.valueOf(row.get("occupation") != null ? row.get("occupation") : row.get("credential")),
                learner.goals().stream().map(g -> g.occupation() != null ? g.occupation() : g.credential()).toList());
        add(removed, goals, "goal(s)");
        var name = props(stored).get("name");
        if (name != null && learner.name() == null) {
            removed.add("the name");
        }
        if (removed.isEmpty()) {
            return null;
        }
        return "learners: " + learner.id() + " was replaced whole by the file's record, which removed " + String.join("; ", removed)
                + " (a file's learner replaces the stored record: give new learners ids of their own)";
    }

    private static void add(List<String> removed, List<String> ids, String what) {
        if (!ids.isEmpty()) {
            var named = ids.stream().limit(NAMED).toList();
            removed.add(ids.size() + " " + what + " (" + String.join(", ", named) + (ids.size() > NAMED ? ", ..." : "") + ")");
        }
    }

    /** The stored entries whose key the new record does not have. */
    private static List<String> missing(Object storedRows, Function<Map<?, ?>, String> key, Collection<String> kept) {
        if (!(storedRows instanceof List<?> rows)) {
            return List.of();
        }
        return rows.stream().map(r -> key.apply((Map<?, ?>) r)).filter(Objects::nonNull).filter(k -> !kept.contains(k)).distinct().sorted().toList();
    }

    private static Map<?, ?> props(Map<String, Object> stored) {
        return stored.get("props") instanceof Map<?, ?> map ? map : Map.of();
    }
}
