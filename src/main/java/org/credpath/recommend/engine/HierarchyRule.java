package org.credpath.recommend.engine;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a skill counts for another through the ESCO hierarchy: holding (or being taught) a skill counts
 * for that skill and for its broader skills up to {@code levels} steps up ("Python" counts for
 * "computer programming"); a broader skill never counts for a narrower one ("computer programming"
 * does not make a Python programmer). The default is one level: two levels up, ESCO already reaches
 * transversal skills ("Python" -> "computer programming" -> "digital content creation") that a single
 * programming course should not claim. Only skill-to-skill BROADER links count; skill groups are not goals.
 */
public record HierarchyRule(int levels) {

    public static final HierarchyRule DEFAULT = new HierarchyRule(1);

    public HierarchyRule {
        if (levels < 0) {
            throw new IllegalArgumentException("levels must be 0 or more");
        }
    }

    /** The skill itself and every broader skill within {@code levels} steps, nearest first. */
    public Set<String> countsFor(String skill, Map<String, List<String>> broader) {
        var result = new LinkedHashSet<String>();
        result.add(skill);
        var frontier = new ArrayDeque<String>();
        frontier.add(skill);
        for (int level = 0; level < levels && !frontier.isEmpty(); level++) {
            var next = new ArrayDeque<String>();
            for (var s : frontier) {
                for (var b : broader.getOrDefault(s, List.of())) {
                    if (result.add(b)) {
                        next.add(b);
                    }
                }
            }
            frontier = next;
        }
        return result;
    }
}
