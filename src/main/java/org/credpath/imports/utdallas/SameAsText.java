package org.credpath.imports.utdallas;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The codes a UT Dallas description says the course is cross-listed as: "(Same as CS 2305 and TE 2305)". The list is
 * joined by "and" (a few say "or", which the catalog means the same way: one course under each code), and a few
 * descriptions end before the closing parenthesis ("(Same as EE 1202").
 */
final class SameAsText {

    private static final Pattern SAME_AS = Pattern.compile("\\(Same as ([^()]*?)(?:\\)|$)");
    private static final Pattern CODE = Pattern.compile("\\b([A-Z]{2,4}) ([0-9][0-9V][0-9]{2})\\b");

    private SameAsText() {
    }

    /** The course codes ("TE 2305") the description names as the same course, in its order; empty when it names none. */
    static List<String> codes(String description) {
        var codes = new ArrayList<String>();
        if (description == null) {
            return codes;
        }
        var same = SAME_AS.matcher(description.strip());
        while (same.find()) {
            var code = CODE.matcher(same.group(1));
            while (code.find()) {
                codes.add(code.group(1) + " " + code.group(2));
            }
        }
        return codes;
    }
}
