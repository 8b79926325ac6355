package org.credpath.imports.coursera;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.model.AlignmentSpec;
import org.credpath.imports.skills.LabelResolver;
import org.credpath.imports.skills.LabelResolver.Match;
import org.credpath.imports.skills.LabelResolver.Outcome;
import org.credpath.imports.skills.LabelResolver.Resolution;

/**
 * How the distinct tags of a source resolved, and how often each is used (by how many offerings): the
 * resolution rate counted both ways, what matched how, and every ambiguous and unresolved tag.
 */
final class TagReport {

    /** The confidence the report counts links at (the answers' default threshold, credpath.skills.min-confidence). */
    static final double REPORTED_CONFIDENCE = 0.5;

    private final Map<String, Resolution> byTag = new LinkedHashMap<>();
    private final Map<String, Integer> uses = new LinkedHashMap<>();
    private final List<Double> stated = new ArrayList<>();
    private final List<Double> extracted = new ArrayList<>();

    void used(Resolution resolution) {
        byTag.putIfAbsent(resolution.tag(), resolution);
        uses.merge(resolution.tag(), 1, Integer::sum);
    }

    /** One tag use made a link (by label: stated; by the matcher: extracted). */
    void linked(AlignmentSpec link) {
        (link.stated() ? stated : extracted).add(link.confidence() == null ? 1 : link.confidence());
    }

    int distinct() {
        return byTag.size();
    }

    int distinct(Outcome outcome) {
        return (int) byTag.values().stream().filter(r -> r.outcome() == outcome).count();
    }

    int uses() {
        return uses.values().stream().mapToInt(Integer::intValue).sum();
    }

    int uses(Outcome outcome) {
        return byTag.values().stream().filter(r -> r.outcome() == outcome).mapToInt(r -> uses.get(r.tag())).sum();
    }

    Map<Match, Integer> resolvedBy() {
        var counts = new EnumMap<Match, Integer>(Match.class);
        byTag.values().stream().filter(r -> r.outcome() == Outcome.RESOLVED).forEach(r -> counts.merge(r.match(), 1, Integer::sum));
        return counts;
    }

    Resolution resolution(String tag) {
        return byTag.get(tag);
    }

    /** The rate line, then each resolved tag, each ambiguous tag with its candidates, and the unresolved ones, most used first. */
    List<String> lines(LabelResolver resolver) {
        var lines = new ArrayList<String>();
        lines.add(("tag resolution against %d ESCO skills: %d of %d distinct tags resolved (%s), %d ambiguous, %d unresolved; "
                + "%d of %d tag uses resolved (%s); resolved by %s")
                .formatted(resolver.concepts(), distinct(Outcome.RESOLVED), distinct(), percent(distinct(Outcome.RESOLVED), distinct()),
                        distinct(Outcome.AMBIGUOUS), distinct(Outcome.UNRESOLVED), uses(Outcome.RESOLVED), uses(),
                        percent(uses(Outcome.RESOLVED), uses()), resolvedBy()));
        if (!extracted.isEmpty() || stated.stream().anyMatch(c -> c < 1)) {
            lines.add(("with the skill matcher: %d of %d tag uses linked (%s): %d stated (by label; %d of them at a confidence "
                    + "of %.1f or more against the course title and the tag's place), %d extracted (read by the matcher; %d at %.1f or more)")
                    .formatted(stated.size() + extracted.size(), uses(), percent(stated.size() + extracted.size(), uses()), stated.size(),
                            atLeast(stated, REPORTED_CONFIDENCE), REPORTED_CONFIDENCE, extracted.size(),
                            atLeast(extracted, REPORTED_CONFIDENCE), REPORTED_CONFIDENCE));
        }
        for (var r : mostUsed(Outcome.RESOLVED)) {
            lines.add("tag resolved: '%s' (%d uses) -> %s (%s) by %s".formatted(r.tag(), uses.get(r.tag()),
                    resolver.label(r.skills().get(0)), r.skills().get(0), r.match()));
        }
        for (var r : mostUsed(Outcome.AMBIGUOUS)) {
            lines.add("tag ambiguous, left out: '%s' (%d uses) matches %d skills by %s: %s".formatted(r.tag(), uses.get(r.tag()),
                    r.skills().size(), r.match(), r.skills().stream().map(s -> resolver.label(s) + " (" + s + ")").toList()));
        }
        var unresolved = mostUsed(Outcome.UNRESOLVED);
        if (!unresolved.isEmpty()) {
            lines.add("tags unresolved, left out (uses): " + String.join(", ",
                    unresolved.stream().map(r -> "'" + r.tag() + "' (" + uses.get(r.tag()) + ")").toList()));
        }
        return lines;
    }

    private static long atLeast(List<Double> confidences, double threshold) {
        return confidences.stream().filter(c -> c >= threshold).count();
    }

    private List<Resolution> mostUsed(Outcome outcome) {
        return byTag.values().stream().filter(r -> r.outcome() == outcome)
                .sorted(Comparator.comparing((Resolution r) -> -uses.get(r.tag())).thenComparing(Resolution::tag)).toList();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : "%.1f %%".formatted(100.0 * part / whole);
    }
}
