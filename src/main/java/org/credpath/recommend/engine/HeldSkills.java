package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner holds, skill by skill, and why: the skills of their still-valid credentials and their
 * prior learning, each counted for broader skills under the {@link HierarchyRule}.
 */
public final class HeldSkills {

    /** Why a goal skill is held: through {@code skill} (itself or a narrower one), from a credential or prior learning. */
    public record Evidence(String skill, String source, String credential) {
    }

    private final Map<String, List<Evidence>> evidence = new HashMap<>();
    private final Set<String> credentials = new HashSet<>();
    private final Set<String> courses = new HashSet<>(); // the credentials held and the other codes of the same courses

    public HeldSkills(SkillIndex index, LearnerState learner) {
        for (var holding : learner.validHoldings(index)) {
            credentials.add(holding.credential());
            courses.add(holding.credential());
            courses.addAll(org.credpath.catalog.snapshot.SameCourse.others(index.catalog(), holding.credential()));
            var offering = index.catalog().offering(holding.credential()).orElseThrow();
            for (var taught : offering.skills()) {
                for (var counted : index.skillCountsFor(taught)) {
                    add(counted, new Evidence(taught, "earned", holding.credential()));
                }
            }
        }
        for (var prior : learner.priorSkills()) {
            for (var counted : index.skillCountsFor(prior.skill())) {
                add(counted, new Evidence(prior.skill(), prior.source() == null ? "prior-learning" : prior.source(), null));
            }
        }
    }

    private void add(String skill, Evidence e) {
        var list = evidence.computeIfAbsent(skill, k -> new ArrayList<>());
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    public boolean holds(String skill) {
        return evidence.containsKey(skill);
    }

    public List<Evidence> evidence(String skill) {
        return evidence.getOrDefault(skill, List.of());
    }

    /** Whether the credential, or another code of the same course (cross-listed), is held and still valid. */
    public boolean holdsCourse(String credential) {
        return courses.contains(credential);
    }

    /** Ids of the credentials held and still valid. */
    public Set<String> credentials() {
        return credentials;
    }
}
