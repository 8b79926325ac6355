package org.credpath.learner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.credpath.advising.RuleException;
import org.credpath.database.GraphReader;
import org.credpath.learner.LearnerRecord.Goal;
import org.credpath.learner.LearnerRecord.HeldCredential;
import org.credpath.learner.LearnerRecord.PriorSkill;
import org.credpath.web.PageRequest;
import org.credpath.web.PageResult;
import org.springframework.stereotype.Component;

@Component
class LearnerQueries {

    private final GraphReader graph;
    private final Clock clock;

    LearnerQueries(GraphReader graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /** One page of the learners a caller may see; {@code visibility} from {@link org.credpath.security.LearnerAccess#visibility}. */
    PageResult<LearnerRecord.Summary> list(Map<String, Object> visibility, PageRequest page) {
        return graph.page("learner/search-learners", visibility, page, LearnerRecord.Summary.class);
    }

    Optional<LearnerRecord> record(String id) {
        var today = LocalDate.now(clock);
        return graph.one("learner/learner-record", Map.of("id", id)).map(row -> {
            @SuppressWarnings("unchecked")
            var learner = (Map<String, Object>) row.get("learner");
            var earned = graph.list(row.get("earned"), StoredHolding.class).stream().map(h -> h.withValidity(today)).toList();
            return new LearnerRecord((String) learner.get("id"), (String) learner.get("name"), earned,
                    graph.list(row.get("skills"), PriorSkill.class), graph.list(row.get("goals"), Goal.class),
                    graph.list(row.get("exceptions"), RuleException.class));
        });
    }

    /** A holding as stored; its validity follows from the date and the credential's validity years. */
    record StoredHolding(HeldCredential credential, LocalDate date, String grade, Boolean verified) {
        LearnerRecord.Holding withValidity(LocalDate today) {
            var years = credential.validityYears();
            var validUntil = years == null || date == null ? null : date.plusYears(years);
            return new LearnerRecord.Holding(credential, date, grade, verified, validUntil, validUntil != null && validUntil.isBefore(today));
        }
    }
}
