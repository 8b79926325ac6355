package org.credpath.catalog.format;

import java.util.ArrayList;
import java.util.Set;

import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;
import org.credpath.catalog.model.Vocabulary;

/** Reads a rule tree: a group with kind and children, or a credential, filter or condition leaf. */
final class RuleReader {

    private static final Set<String> GROUP_KINDS = Set.of("ALL_OF", "AT_LEAST_K_OF", "AT_LEAST_CREDITS");
    private static final Set<String> GROUP_FIELDS = Set.of("kind", "k", "credits", "label", "children", "maxCountedCredits",
            "maxCountedItems", "maxSharedCredits", "validityYears", "minGrade", "gated", "doubleCount",
            "completeByTerm", "before", "maxSharedWith", "minAreas", "maxPerArea", "areas");
    private static final Set<String> CRITERIA = Set.of("codePrefix", "subject", "skill", "minEqfLevel", "providers",
            "kinds", "minCredits", "areas");
    private static final Set<String> FILTER_FIELDS = union(CRITERIA, Set.of("except"));

    /** How deep in the tree the node being read is (0: the top node). */
    private int depth;

    RuleSpec optional(Fields owner, String field) {
        var rule = owner.object(field);
        if (rule == null) {
            return null;
        }
        var read = read(rule);
        if (read instanceof RuleSpec.Group g && Boolean.TRUE.equals(g.gated())) {
            rule.problem("gated", "the top node of a rule tree has no parent to count toward: gated applies to the nodes below it");
        }
        if ("prerequisites".equals(field)) {
            onlyInRequirements(rule, read);
        }
        return read;
    }

    /**
     * {@code maxSharedWith: {default: 2, <credential id>: 1}}: how many holdings counted toward this credential may also
     * count toward another audited or planned with it (that one, or any other by default); whole numbers 0..1000.
     */
    private static java.util.Map<String, Integer> sharedWith(Fields caps) {
        var read = new java.util.LinkedHashMap<String, Integer>();
        if (caps == null) {
            return read;
        }
        for (var name : caps.names()) {
            var max = caps.integer(name, 0, 1000);
            if (max == null && caps.has(name)) {
                caps.problem(name, "must be a whole number of holdings from 0 to 1000");
            } else if (max != null) {
                read.put(name, max);
            }
        }
        if (read.isEmpty()) {
            caps.problem(null, "names at least one credential id (or default) with the most holdings it may share");
        }
        return read;
    }

    /**
     * Gating, double counting and timing say how progress toward an award adds up; an entry rule is only met or not (and
     * is met before the credential is started by definition).
     */
    private static void onlyInRequirements(Fields root, RuleSpec rule) {
        var found = new ArrayList<String>();
        collectStackingOnly(rule, found);
        if (found.removeIf("minAreas or maxPerArea"::equals)) {
            root.problem(null, "prerequisites take no minAreas or maxPerArea: next steps and routes check entry rules "
                    + "course by course, without choosing areas, so distribution areas belong under requirements");
        }
        if (!found.isEmpty()) {
            root.problem(null, "prerequisites take no " + String.join(" or ", found.stream().distinct().sorted().toList())
                    + ": they say how progress toward an award adds up, so they belong under requirements");
        }
    }

    private static void collectStackingOnly(RuleSpec rule, java.util.List<String> found) {
        if (rule instanceof RuleSpec.Group g) {
            if (g.gated() != null) {
                found.add("gated");
            }
            if (g.doubleCount() != null) {
                found.add("doubleCount");
            }
            if (g.completeByTerm() != null || g.before() != null) {
                found.add(g.completeByTerm() != null ? "completeByTerm" : "before");
            }
            if (!g.maxSharedWith().isEmpty()) {
                found.add("maxSharedWith");
            }
            if (g.minAreas() != null || g.maxPerArea() != null) {
                found.add("minAreas or maxPerArea");
            }
            g.children().forEach(child -> collectStackingOnly(child, found));
        }
    }

    private RuleSpec read(Fields f) {
        if (f.has("credential")) {
            f.allowOnly(Set.of("credential", "minGrade"));
            return new RuleSpec.CredentialLeaf(f.text("credential"), f.text("minGrade"));
        }
        if (f.has("filter")) {
            f.allowOnly(Set.of("filter", "label"));
            return filter(f.text("label"), f.object("filter"));
        }
        if (f.has("condition")) {
            f.allowOnly(Set.of("condition"));
            return new RuleSpec.ConditionLeaf(f.text("condition"));
        }
        if (!f.has("kind")) {
            f.problem(null, "a rule node needs a kind (ALL_OF, AT_LEAST_K_OF, AT_LEAST_CREDITS) with children, "
                    + "or is a leaf with credential, filter or condition");
            return null;
        }
        return group(f);
    }

    private RuleSpec group(Fields f) {
        f.allowOnly(GROUP_FIELDS);
        var kindText = f.oneOf("kind", GROUP_KINDS);
        var kind = kindText == null ? null : RuleKind.valueOf(kindText);
        var k = f.integer("k", 1, 10_000);
        var credits = f.number("credits", 0.1, 10_000);
        if (kind == RuleKind.AT_LEAST_K_OF && k == null) {
            f.required("k", null);
        }
        if (kind == RuleKind.AT_LEAST_CREDITS && credits == null) {
            f.required("credits", null);
        }
        if (kind != null && kind != RuleKind.AT_LEAST_K_OF && f.has("k")) {
            f.problem("k", "only an AT_LEAST_K_OF node takes k");
        }
        if (kind != null && kind != RuleKind.AT_LEAST_CREDITS && f.has("credits")) {
            f.problem("credits", "only an AT_LEAST_CREDITS node takes credits");
        }
        java.util.Map<String, Integer> sharedWith = null;
        if (depth == 0) {
            sharedWith = sharedWith(f.object("maxSharedWith"));
        } else if (f.has("maxSharedWith")) {
            f.problem("maxSharedWith", "belongs on the top node of the rules: it says what the whole credential may share with another");
        }
        depth++;
        var children = new ArrayList<RuleSpec>(f.objects("children", this::read));
        depth--;
        if (!f.has("children") || children.isEmpty()) {
            f.problem("children", "a rule group needs at least one child");
        } else if (k != null && k > RuleSpec.Group.itemsAvailable(children)) {
            f.problem("k", "k = " + k + " but the node has only " + children.size() + " children");
        }
        var group = new RuleSpec.Group(kind, k, credits, f.text("label"), f.number("maxCountedCredits", 0.1, 10_000),
                f.integer("maxCountedItems", 1, 10_000), f.number("maxSharedCredits", 0, 10_000),
                f.integer("validityYears", 1, 100), f.text("minGrade"), children, f.bool("gated"), f.bool("doubleCount"),
                f.integer("completeByTerm", 1, 100), f.text("before"), sharedWith,
                f.integer("minAreas", 1, 100), f.integer("maxPerArea", 1, 10_000), f.textList("areas"));
        AreaRules.check(f, group);
        return group;
    }

    private RuleSpec filter(String label, Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(FILTER_FIELDS);
        var filter = new RuleSpec.FilterLeaf(label, f.text("codePrefix"), f.text("subject"), f.text("skill"),
                f.integer("minEqfLevel", 1, 8), f.textList("providers"), f.textList("kinds"), f.number("minCredits", 0.1, 360),
                f.textList("except"), f.textList("areas"));
        for (int i = 0; i < filter.kinds().size(); i++) {
            if (!Vocabulary.KINDS.contains(filter.kinds().get(i))) {
                f.problem("kinds[" + i + "]", "'" + filter.kinds().get(i) + "' is not a credential kind");
            }
        }
        if (filter.codePrefix() == null && filter.subject() == null && filter.skill() == null && filter.minEqfLevel() == null
                && filter.providers().isEmpty() && filter.kinds().isEmpty() && filter.minCredits() == null
                && filter.areas().isEmpty()) {
            // exceptions alone would make "any credential but these": too broad to be meant
            f.problem(null, "a filter needs at least one criterion: " + String.join(", ", CRITERIA.stream().sorted().toList()));
        }
        return filter;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
