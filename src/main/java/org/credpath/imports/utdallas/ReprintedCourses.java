package org.credpath.imports.utdallas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Courses the catalog prints under several departments' codes without saying "Same as": the same title and the same
 * description after its heading ("MIS 6309 - Business Data Warehousing (3 semester credit hours) ...") under codes of
 * different subjects (ACCT 6309 and MIS 6309; ACCT, BUAN, MIS 6320 and OPRE 6393). A group where one subject appears
 * twice is left alone: a department's own listings with one text are a sequence ("AERO 3310" and "AERO 3320",
 * both "Air Force Leadership Studies"), not one course.
 */
final class ReprintedCourses {

    private static final Pattern HEADING = Pattern.compile("^\\S+ \\S+ - ");

    record Listing(String id, String subject, String title, String description) {
    }

    private ReprintedCourses() {
    }

    /** Per listing id, the ids of the other listings of the same course (only listings that have some). */
    static Map<String, List<String>> groups(List<Listing> listings) {
        var byText = new LinkedHashMap<String, List<Listing>>();
        for (var l : listings) {
            if (l.title() != null && !l.title().isBlank() && l.description() != null && !l.description().isBlank()) {
                var body = HEADING.matcher(l.description().strip()).replaceFirst("");
                byText.computeIfAbsent(l.title().strip() + "\n" + body, k -> new ArrayList<>()).add(l);
            }
        }
        var others = new HashMap<String, List<String>>();
        for (var group : byText.values()) {
            var subjects = new HashSet<String>();
            if (group.size() < 2 || !group.stream().allMatch(l -> subjects.add(l.subject()))) {
                continue;
            }
            for (var l : group) {
                others.put(l.id(), group.stream().map(Listing::id).filter(id -> !id.equals(l.id())).toList());
            }
        }
        return others;
    }
}
