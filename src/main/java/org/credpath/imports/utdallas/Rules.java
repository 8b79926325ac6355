package org.credpath.imports.utdallas;

import java.util.List;

import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;

/** Shorthands for the rule nodes the UT Dallas mapping builds. */
final class Rules {

    private Rules() {
    }

    static RuleSpec.Group allOf(String label, List<RuleSpec> children) {
        return new RuleSpec.Group(RuleKind.ALL_OF, null, null, label, null, null, null, null, null, children);
    }

    static RuleSpec.Group atLeast(int k, String label, List<RuleSpec> children) {
        return new RuleSpec.Group(RuleKind.AT_LEAST_K_OF, k, null, label, null, null, null, null, null, children);
    }

    /** At least {@code hours} semester credit hours, held as ECTS. */
    static RuleSpec.Group hours(double hours, String label, List<RuleSpec> children) {
        return new RuleSpec.Group(RuleKind.AT_LEAST_CREDITS, null, CreditHours.ects(hours), label, null, null, null, null, null,
                children);
    }

    /** Any course of {@code provider}, optionally of one subject prefix or starting with a code prefix. */
    static RuleSpec.FilterLeaf courses(String provider, String label, String subject, String codePrefix) {
        return courses(provider, label, subject, codePrefix, List.of());
    }

    /** The same, but none of the {@code except} credentials. */
    static RuleSpec.FilterLeaf courses(String provider, String label, String subject, String codePrefix, List<String> except) {
        return new RuleSpec.FilterLeaf(label, codePrefix, subject, null, null, List.of(provider),
                List.of(CredentialKind.COURSE.value()), null, except);
    }

    static String hoursText(double hours) {
        return Json.number(hours) + " semester credit hour" + (hours == 1 ? "" : "s");
    }

    /** "name: detail", or whichever of the two is given. */
    static String label(String name, String detail) {
        if (name == null) {
            return detail;
        }
        return detail == null ? name : name + ": " + detail;
    }
}
