package org.credpath.recommend.engine;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Offering;

/**
 * A learner as the recommendations see them: holdings, prior learning ({@code source} self-declared or
 * recognised), the larger credentials they aim at (what a step may stack into), and the reference date
 * for validity. A learner with nothing is a valid state (a newcomer, or an employer's blank profile).
 */
public record LearnerState(String id, List<Holding> holdings, List<PriorSkill> priorSkills, List<String> aims, LocalDate date) {

    public record PriorSkill(String skill, String source) {
    }

    public LearnerState {
        holdings = holdings == null ? List.of() : List.copyOf(holdings);
        priorSkills = priorSkills == null ? List.of() : List.copyOf(priorSkills);
        aims = aims == null ? List.of() : List.copyOf(aims);
        Objects.requireNonNull(date);
    }

    public static LearnerState nobody(LocalDate date) {
        return new LearnerState(null, List.of(), List.of(), List.of(), date);
    }

    /** Holdings still valid on the date (a credential with validity years runs out; an expired one may be retaken). */
    public List<Holding> validHoldings(SkillIndex index) {
        return holdings.stream().filter(h -> index.catalog().offering(h.credential()).filter(o -> !expired(o, h)).isPresent()).toList();
    }

    boolean expired(Offering o, Holding h) {
        return o.validityYears() != null && h.date() != null && h.date().plusYears(o.validityYears()).isBefore(date);
    }

    /** Providers whose enrolled-only credentials the learner may take: those of their holdings and of what they aim at. */
    public Set<String> enrolledAt(SkillIndex index) {
        var providers = new HashSet<String>();
        validHoldings(index).forEach(h -> index.catalog().offering(h.credential()).ifPresent(o -> providers.add(o.provider())));
        aims.forEach(a -> index.catalog().offering(a).ifPresent(o -> providers.add(o.provider())));
        providers.remove(null);
        return providers;
    }
}
