package org.credpath.imports.utdallas;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Readable text for the prerequisite nodes that are not courses (consent, GPA, major, core, other,
 * limit): they become condition leaves, kept visible and met by an adviser's decision.
 */
final class ConditionText {

    /** Texas Core Curriculum component areas, by the code UT Dallas flags courses with. */
    private static final Map<String, String> CORE_AREAS = Map.of(
            "010", "Communication",
            "020", "Mathematics",
            "030", "Life and Physical Sciences",
            "040", "Language, Philosophy and Culture",
            "050", "Creative Arts",
            "060", "American History",
            "070", "Government/Political Science",
            "080", "Social and Behavioral Sciences",
            "090", "Component Area Option");

    private ConditionText() {
    }

    static String consent(JsonNode node) {
        var granter = Json.text(node, "granter");
        return granter == null ? "Consent required (instructor or department)" : "Consent of the " + granter + " required";
    }

    static String gpa(double minimum, String subset) {
        var scope = subset == null ? "" : " (" + trimPeriod(subset) + ")";
        return "GPA of at least " + Json.number(minimum) + scope;
    }

    static String major(String major) {
        return "Major or standing: " + major;
    }

    static String core(String flag, JsonNode hours) {
        var area = CORE_AREAS.get(flag);
        var text = "Texas core curriculum area " + flag + (area == null ? "" : " (" + area + ")");
        return hours != null && hours.isNumber() ? Rules.hoursText(hours.asDouble()) + " in the " + text : text;
    }

    static String other(JsonNode node) {
        var description = Json.text(node, "description");
        var condition = Json.text(node, "condition");
        if (description == null) {
            return condition == null ? "Unspecified condition" : condition;
        }
        return condition == null ? description : description + " (" + condition + ")";
    }

    static String limit(double maxHours) {
        return "At most " + Rules.hoursText(maxHours) + " (repeat limit)";
    }

    private static String trimPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
