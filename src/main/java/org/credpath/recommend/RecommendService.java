package org.credpath.recommend;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.database.GraphReader;
import org.credpath.recommend.engine.Coverage;
import org.credpath.recommend.engine.CoverageAnalysis;
import org.credpath.recommend.engine.Goal;
import org.credpath.recommend.engine.LearnerState;
import org.credpath.recommend.engine.NextSteps;
import org.credpath.recommend.engine.Recommender;
import org.credpath.recommend.engine.Route;
import org.credpath.recommend.engine.SkillGap;
import org.credpath.advising.LearnerExceptions;
import org.credpath.catalog.snapshot.CatalogSnapshots;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.web.BadRequestException;
import org.credpath.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Goal-driven recommendations for learners, advisers and employers. The skill index is a view of the
 * catalog snapshot ({@link RecommenderView}), so it switches with the snapshot when the catalog changes; learner
 * records are read per request. Without a goal in the request, a learner's declared goal is used: their
 * first declared occupation, else their first declared credential.
 */
@Service
public class RecommendService {

    private final CatalogSnapshots snapshots;
    private final GraphReader graph;
    private final Clock clock;
    private final LearnerExceptions exceptions;

    RecommendService(CatalogSnapshots snapshots, GraphReader graph, Clock clock, LearnerExceptions exceptions) {
        this.snapshots = snapshots;
        this.exceptions = exceptions;
        this.graph = graph;
        this.clock = clock;
        snapshots.register(Recommender.class, new RecommenderView(new SkillIndexLoader(graph)));
    }

    Recommender recommender() {
        return snapshots.view(Recommender.class);
    }

    /**
     * The learner's skill gap; with {@code assumed} credentials (a what-if: "if I also took these"), as if they held them at
     * the request's date, unverified. Nothing is stored.
     */
    public SkillGap skillGap(String learnerId, Goal goal, LocalDate date, int teachersPerSkill, List<String> assumed) {
        var learner = learner(learnerId, date);
        var state = learner.state();
        if (!assumed.isEmpty()) {
            var snapshot = snapshots.current();
            var holdings = new ArrayList<>(state.holdings());
            for (int i = 0; i < assumed.size(); i++) {
                if (snapshot.offering(assumed.get(i)).isEmpty()) {
                    throw new BadRequestException("with[" + i + "]", "unknown credential '" + assumed.get(i) + "'");
                }
                holdings.add(new Holding(assumed.get(i), state.date(), null, false));
            }
            state = new LearnerState(state.id(), holdings, state.priorSkills(), state.aims(), state.date());
        }
        return following(recommender(), state).skillGap(state, goal(learner, goal), teachersPerSkill);
    }

    public NextSteps nextSteps(String learnerId, Goal goal, Selection filters, int k, CostMetric metric, LocalDate date) {
        var learner = learner(learnerId, date);
        return following(recommender(), learner.state()).nextSteps(learner.state(), goal(learner, goal), filters, k, metric);
    }

    /** Toward a credential, the learner's stacking plan; toward anything else, the skill cover: both on the learner's rules. */
    public Route route(String learnerId, Goal goal, Selection filters, SolveOptions options, LocalDate date) {
        var learner = learner(learnerId, date);
        return following(recommender(), learner.state()).route(learner.state(), goal(learner, goal), filters, options);
    }

    /** Every learner is looked up before anything is computed, so an unknown id fails the whole call; each row on their own rules. */
    public List<Recommender.BatchItem> batch(List<String> learnerIds, Goal goal, Selection filters, int k, SolveOptions options,
                                            boolean routes, LocalDate date) {
        var states = new ArrayList<LearnerState>();
        learnerIds.forEach(id -> states.add(learner(id, date).state()));
        var recommender = recommender();
        return recommender.batch(states, state -> following(recommender, state), goal, filters, k, options, routes);
    }

    /**
     * The one way every answer about a learner sees the catalog: the rules of the catalog year they follow in each programme
     * they started, with an adviser's exceptions written in and what they waive ({@link LearnerExceptions#advise}).
     */
    private Recommender following(Recommender recommender, LearnerState learner) {
        var advised = exceptions.advise(recommender.index().catalog(), learner.id());
        return recommender.following(advised.snapshot(), advised.waived());
    }

    public Coverage coverage(Goal goal, Selection filters, int teachersPerSkill, CoverageAnalysis.Scope scope, java.time.Duration timeLimit) {
        return recommender().coverage(goal, filters, teachersPerSkill, scope, timeLimit);
    }

    private record Learner(LearnerState state, List<String> occupations, List<String> credentials) {
    }

    record HoldingRow(String credential, LocalDate date, String grade, Boolean verified) {
    }

    record SkillRow(String skill, String source) {
    }

    private Learner learner(String id, LocalDate date) {
        var row = graph.one("recommend/learner-state", Map.of("id", id)).orElseThrow(() -> new NotFoundException("learner", id));
        var holdings = graph.list(row.get("holdings"), HoldingRow.class).stream()
                .map(h -> new Holding(h.credential(), h.date(), h.grade(), Boolean.TRUE.equals(h.verified()))).toList();
        var skills = graph.list(row.get("skills"), SkillRow.class).stream()
                .map(s -> new LearnerState.PriorSkill(s.skill(), s.source())).toList();
        var occupations = graph.list(row.get("occupations"), String.class);
        var credentials = graph.list(row.get("credentials"), String.class);
        return new Learner(new LearnerState(id, holdings, skills, credentials, date == null ? LocalDate.now(clock) : date),
                occupations, credentials);
    }

    private static Goal goal(Learner learner, Goal requested) {
        if (requested != null) {
            return requested;
        }
        if (!learner.occupations().isEmpty()) {
            return Goal.occupation(learner.occupations().get(0));
        }
        if (!learner.credentials().isEmpty()) {
            return Goal.credential(learner.credentials().get(0));
        }
        throw new NoGoalException(learner.state().id());
    }
}
