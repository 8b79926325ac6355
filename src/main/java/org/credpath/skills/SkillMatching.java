package org.credpath.skills;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.credpath.catalog.CatalogChanged;
import org.credpath.database.GraphReader;
import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.SkillConcept;
import org.credpath.skills.match.SkillMatcher;
import org.credpath.skills.match.SkillMatchers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The skill matcher over the skills in the database. Built on first use, in the background: the label vectors come
 * from {@code credpath.skills.vector-file} (next to the store) and only labels it lacks are computed, which for a
 * first full ESCO is minutes. Until it is ready, callers get {@link MatcherNotReady} with the progress. An import
 * (a {@link CatalogChanged}) makes it check whether the skills changed, and rebuild if so.
 */
@Component
public class SkillMatching {

    private static final Logger log = LoggerFactory.getLogger(SkillMatching.class);

    private record Built(SkillMatcher matcher, Map<String, Object> key) {
    }

    private final GraphReader graph;
    private final Path vectorFile;
    private final AtomicInteger computed = new AtomicInteger();
    private volatile Built built;
    private volatile boolean stale = true;
    private Thread building;
    private MiniLmEncoder encoder;
    private volatile RuntimeException failure;

    SkillMatching(GraphReader graph, @Value("${credpath.skills.vector-file:data/skill-vectors/esco-labels.vec}") Path vectorFile) {
        this.graph = graph;
        this.vectorFile = vectorFile;
    }

    /** The matcher over the current skills, or {@link MatcherNotReady} while it is being built. */
    public SkillMatcher matcher() {
        var current = built;
        if (current != null && !stale) {
            return current.matcher();
        }
        var key = graph.one("skills/match-vocabulary-size", Map.of()).orElseThrow();
        if (current != null && current.key().equals(key)) {
            stale = false;
            return current.matcher();
        }
        startBuilding(key);
        throw new MatcherNotReady(computed.get(), failure);
    }

    @EventListener
    void catalogChanged(CatalogChanged event) {
        stale = true;
    }

    private synchronized void startBuilding(Map<String, Object> key) {
        if (building != null && building.isAlive()) {
            return;
        }
        computed.set(0);
        failure = null;
        building = new Thread(() -> build(key), "skill-matcher-build");
        building.setDaemon(true);
        building.start();
    }

    private void build(Map<String, Object> key) {
        try {
            long started = System.nanoTime();
            var skills = vocabulary();
            var matcher = SkillMatchers.build(skills, encoder(), vectorFile, computed::set);
            // not marked fresh here: an import during the build leaves it stale, and the next call compares the key
            built = new Built(matcher, key);
            log.info("Skill matcher ready: {} skills, {} label vectors computed now, in {} ms", skills.size(), computed.get(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            failure = e;
            log.error("Skill matcher could not be built", e);
        }
    }

    private synchronized MiniLmEncoder encoder() {
        if (encoder == null) {
            encoder = new MiniLmEncoder();
        }
        return encoder;
    }

    @SuppressWarnings("unchecked")
    private List<SkillConcept> vocabulary() {
        return graph.all("skills/match-vocabulary", Map.of()).stream()
                .map(row -> new SkillConcept((String) row.get("uri"), (String) row.get("label"), (List<String>) row.get("altLabels"),
                        (List<String>) row.get("hiddenLabels"), (String) row.get("skillType"), (String) row.get("reuseLevel")))
                .toList();
    }
}
