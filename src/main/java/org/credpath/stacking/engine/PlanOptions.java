package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.CostMetric;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a completion plan minimises and what it may use. Empty sets mean "any". A credential with
 * {@code access: enrolled-only} is usable only at a provider in {@code enrolledAt} (by default the
 * providers of the targets: taking a provider's degree means enrolling there).
 */
public record PlanOptions(CostMetric metric, Set<String> languages, Set<String> participation, Set<String> providers,
                          Double maxPrice, Set<String> enrolledAt, double termCredits, LocalDate referenceDate,
                          Duration timeLimit, Set<String> waivedConditions) {

    public PlanOptions {
        Objects.requireNonNull(metric);
        Objects.requireNonNull(referenceDate);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        participation = participation == null ? Set.of() : Set.copyOf(participation);
        providers = providers == null ? Set.of() : Set.copyOf(providers);
        enrolledAt = enrolledAt == null ? Set.of() : Set.copyOf(enrolledAt);
        waivedConditions = waivedConditions == null ? Set.of() : Set.copyOf(waivedConditions);
        timeLimit = timeLimit == null ? Duration.ofSeconds(10) : timeLimit;
        if (termCredits <= 0) {
            throw new IllegalArgumentException("termCredits must be positive");
        }
    }

    public static PlanOptions defaults(CostMetric metric, LocalDate referenceDate) {
        return new PlanOptions(metric, null, null, null, null, null, 30, referenceDate, null, null);
    }

    /** Why the options rule an offering out, or null when it may be planned. */
    String excludes(Offering o, Set<String> enrolled) {
        if (!languages.isEmpty() && !languages.contains(o.language())) {
            return "language " + o.language() + " not among " + languages;
        }
        if (!participation.isEmpty() && !participation.contains(o.participation())) {
            return "participation " + o.participation() + " not among " + participation;
        }
        if (!providers.isEmpty() && !providers.contains(o.provider())) {
            return "provider " + o.provider() + " not among " + providers;
        }
        if (maxPrice != null && o.price() > maxPrice) {
            return "price " + o.price() + " above " + maxPrice;
        }
        if ("enrolled-only".equals(o.access()) && !enrolled.contains(o.provider())) {
            return "open only to students enrolled at " + o.provider();
        }
        return null;
    }
}
