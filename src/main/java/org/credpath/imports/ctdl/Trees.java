package org.credpath.imports.ctdl;

import java.util.List;

import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;

/** Building rule trees without needless nesting: a single part stands for itself. */
final class Trees {

    private Trees() {
    }

    /** ALL_OF the parts; one part stands for itself (taking the label when it is an unlabelled group). */
    static RuleSpec all(List<RuleSpec> parts, String label) {
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            var only = parts.get(0);
            if (label == null) {
                return only;
            }
            if (only instanceof RuleSpec.Group g && g.label() == null) {
                return relabel(g, label);
            }
        }
        return group(RuleKind.ALL_OF, null, parts, label);
    }

    static RuleSpec group(RuleKind kind, Integer k, List<RuleSpec> children, String label) {
        return new RuleSpec.Group(kind, k, null, label, null, null, null, null, null, children);
    }

    private static RuleSpec relabel(RuleSpec.Group g, String label) {
        return new RuleSpec.Group(g.kind(), g.k(), g.credits(), label, g.maxCountedCredits(), g.maxCountedItems(),
                g.maxSharedCredits(), g.validityYears(), g.minGrade(), g.children());
    }

    static String first(String a, String b) {
        return a != null ? a : b;
    }
}
