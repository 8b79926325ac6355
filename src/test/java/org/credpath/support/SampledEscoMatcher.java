package org.credpath.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;

import org.credpath.bench.skills.EscoSkillsCsv;
import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.SkillConcept;
import org.credpath.skills.match.SkillMatcher;
import org.credpath.skills.match.SkillMatchers;

/**
 * A skill matcher over a sample of the full ESCO (every 20th skill) plus the skills a test names: real labels and
 * vectors at a fraction of the build time. Uses the label vectors of {@code data/skill-vectors/} when there, else its
 * own file under {@code target/}. Needs ../shared/data (skips the test where it is absent).
 */
public final class SampledEscoMatcher {

    private SampledEscoMatcher() {
    }

    public static SkillMatcher with(Set<String> named) {
        var all = EscoSkillsCsv.read(SharedData.require("esco-v1.1.1"));
        var skills = new ArrayList<SkillConcept>();
        for (int i = 0; i < all.size(); i++) {
            if (i % 20 == 0 || named.contains(all.get(i).uri())) {
                skills.add(all.get(i));
            }
        }
        var shared = Path.of("data/skill-vectors/esco-labels.vec");
        var file = Files.exists(shared) ? shared : Path.of("target/skill-match-tests.vec");
        return SkillMatchers.build(skills, new MiniLmEncoder(), file, n -> { });
    }
}
