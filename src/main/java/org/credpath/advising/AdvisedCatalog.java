package org.credpath.advising;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;

/**
 * The catalog as one learner's audits and plans see it: the rules of the catalog year they follow in each programme they
 * started ({@code followed}), with their exceptions written in ({@link TreeRewrite}), the rule nodes they waive, and
 * which exception shows where. Without either it is the catalog itself.
 */
public record AdvisedCatalog(CatalogSnapshot snapshot, Set<String> waived, Map<String, Map<String, List<String>>> shownAt,
                             List<RuleException> exceptions, Map<String, FollowedYear> followed) {

    public static AdvisedCatalog none(CatalogSnapshot snapshot) {
        return new AdvisedCatalog(snapshot, Set.of(), Map.of(), List.of(), Map.of());
    }

    AdvisedCatalog following(Map<String, FollowedYear> years) {
        return new AdvisedCatalog(snapshot, waived, shownAt, exceptions, years);
    }

    /** The catalog year the learner follows in the target, or null when they recorded no start for it. */
    public FollowedYear yearOf(String target) {
        return followed.get(target);
    }

    /** The request's waivers (an adviser's, checked) and the exceptions' ones. */
    public Set<String> waivedWith(Set<String> requested) {
        if (waived.isEmpty()) {
            return requested == null ? Set.of() : requested;
        }
        var all = new HashSet<>(waived);
        if (requested != null) {
            all.addAll(requested);
        }
        return all;
    }

    /**
     * The exceptions an audit of the target shows: those made for it (applied or, when the rules changed since, not),
     * and the equivalences that changed its rules.
     */
    public List<AuditException> exceptionsFor(String target) {
        var here = shownAt.getOrDefault(target, Map.of());
        var shown = new ArrayList<AuditException>();
        for (var e : exceptions) {
            var at = here.get(e.id());
            boolean everyTarget = e.kind() == ExceptionKind.EQUIVALENT && e.target() == null;
            if (e.concerns(target) && (at != null || !everyTarget)) {
                shown.add(AuditException.of(e, at));
            }
        }
        return shown;
    }
}
