package org.credpath.skills;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.context.event.ContextClosedEvent;
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
    private SkillLinks links;

    private final boolean matchImports;

    SkillMatching(GraphReader graph, @Value("${credpath.skills.vector-file:data/skill-vectors/esco-labels.vec}") Path vectorFile,
                  @Value("${credpath.skills.match-imports:true}") boolean matchImports) {
        this.graph = graph;
        this.vectorFile = vectorFile;
        this.matchImports = matchImports;
    }

    /** At a stop (an import command's end, a service shutting down): the description vectors computed since their last save. */
    @EventListener(ContextClosedEvent.class)
    void flush() {
        var current = built;
        if (current != null) {
            current.matcher().flush();
        }
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
        var ready = startBuilding(key);
        if (ready != null) {
            stale = false;
            return ready;
        }
        throw new MatcherNotReady(computed.get(), failure);
    }

    /**
     * For an import: the links over the current skills, waiting while the matcher is built (the first time, the label
     * vectors take about a minute on the full ESCO); empty when no skill is loaded or matching in imports is off
     * ({@code credpath.skills.match-imports}).
     */
    public Optional<SkillLinks> linksForImport() {
        if (!matchImports || ((Number) graph.one("skills/match-vocabulary-size", Map.of()).orElseThrow().get("skills")).longValue() == 0) {
            return Optional.empty();
        }
        while (true) {
            try {
                return Optional.of(links(matcher()));
            } catch (MatcherNotReady e) {
                sleep();
                var failed = failedBuild();
                if (failed != null) {
                    throw failed;
                }
            }
        }
    }

    /**
     * The links over this matcher: the same instance while the matcher stays, so importing a source again in this
     * process matches only the sentences it has not seen (the import stays a no-op, and a quick one).
     */
    private synchronized SkillLinks links(SkillMatcher matcher) {
        if (links == null || links.matcher() != matcher) {
            links = new SkillLinks(matcher);
        }
        return links;
    }

    /** Why the last build failed, once it has ended without a matcher; else null. */
    private synchronized RuntimeException failedBuild() {
        return building != null && !building.isAlive() && failure != null ? failure : null;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the skill matcher was being built", e);
        }
    }

    @EventListener
    void catalogChanged(CatalogChanged event) {
        stale = true;
    }

    /**
     * Starts building unless a build is running; returns the matcher instead when one over these skills was built
     * while the caller read the key (a build ending in that window would otherwise be started again).
     */
    private synchronized SkillMatcher startBuilding(Map<String, Object> key) {
        var current = built;
        if (current != null && current.key().equals(key)) {
            return current.matcher();
        }
        if (building != null && building.isAlive()) {
            return null;
        }
        computed.set(0);
        failure = null;
        building = new Thread(() -> build(key), "skill-matcher-build");
        building.setDaemon(true);
        building.start();
        return null;
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
                        (List<String>) row.get("hiddenLabels"), (String) row.get("skillType"), (String) row.get("reuseLevel"),
                        (String) row.get("description")))
                .toList();
    }
}
