package org.credpath.bench;

import org.credpath.catalog.snapshot.SolveOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.credpath.recommend.engine.Coverage;
import org.credpath.recommend.engine.CoverageAnalysis;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.recommend.engine.Goal;
import org.credpath.recommend.engine.LearnerState;
import org.credpath.recommend.engine.NextSteps;
import org.credpath.recommend.engine.Recommender;
import org.credpath.recommend.engine.Route;
import org.credpath.recommend.engine.SkillIndex;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.CostMetric;

/**
 * The world and the requests the recommendation benchmarks time: full ESCO v1.1.1 (read from ../shared/data, or the
 * {@code credpath.shared-data} property) and 20,000 generated credentials; next steps (top 10 by ECTS), a full route
 * (30 ECTS terms) and employer coverage (all skills, five teachers per skill), no filters, a 10 s solver limit.
 */
final class RecommendRequests {

    final SkillIndex index;
    private final Recommender recommender;

    RecommendRequests() throws Exception {
        var esco = Path.of(System.getProperty("credpath.shared-data", "../shared/data")).resolve("esco-v1.1.1");
        index = GeneratedSkillWorld.build(esco, 20_000, 42);
        recommender = new Recommender(index);
    }

    /** A learner holding five credentials that teach essential skills of the occupation, taken two years ago. */
    LearnerState learnerToward(String occupation) {
        var profile = index.occupation(occupation).orElseThrow();
        var holdings = profile.essential().stream().flatMap(s -> index.teachers(s).stream()).distinct().limit(5)
                .map(o -> new Holding(o.id(), GeneratedSkillWorld.TODAY.minusYears(2), null, true)).toList();
        return new LearnerState("bench", holdings, List.of(), List.of(), GeneratedSkillWorld.TODAY);
    }

    NextSteps nextSteps(LearnerState learner, Goal goal) {
        return recommender.nextSteps(learner, goal, Selection.NONE, 10, CostMetric.ECTS);
    }

    Route route(LearnerState learner, Goal goal) {
        return recommender.route(learner, goal, Selection.NONE, new SolveOptions(CostMetric.ECTS, 30, Duration.ofSeconds(10)));
    }

    Coverage coverage(Goal goal) {
        return recommender.coverage(goal, Selection.NONE, 5, CoverageAnalysis.Scope.ALL, Duration.ofSeconds(10));
    }
}
