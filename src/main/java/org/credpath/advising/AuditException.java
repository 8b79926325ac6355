package org.credpath.advising;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An adviser's exception as an audit or plan shows it: the stored exception, the marker its nodes carry
 * ("counted by exception of anna on 2026-12-07: ..."), the ids of the audit tree's nodes it put there ({@code shownAt}:
 * the waived node, or the extra leaves that let its credential count), and, when it did not apply, why ({@code note}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditException(String id, ExceptionKind kind, String node, String credential, String equivalentTo,
                             String reason, String madeBy, String madeAt, String marker, boolean applied, List<String> shownAt,
                             String note) {

    static AuditException of(RuleException e, List<String> shownAt) {
        boolean applied = shownAt != null && !shownAt.isEmpty();
        return new AuditException(e.id(), e.kind(), e.node(), e.credential(), e.equivalentTo(), e.reason(), e.madeBy(), e.madeAt(),
                e.marker(), applied, applied ? List.copyOf(shownAt) : List.of(), applied ? null : note(e));
    }

    private static String note(RuleException e) {
        return switch (e.kind()) {
            case WAIVE -> "node '" + e.node() + "' is no longer in the target's rules";
            case COUNT_TOWARD -> "node '" + e.node() + "' is no longer in the target's rules, or no longer takes another credential";
            case EQUIVALENT -> "no rule of this target names " + e.equivalentTo() + " or matches it where " + e.credential() + " does not already";
        };
    }
}
