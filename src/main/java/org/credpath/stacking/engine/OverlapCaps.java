package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Rule;

/**
 * How many holdings may count toward two targets at once, per pair of targets audited or planned together. A pair's cap
 * comes from, in order: the request (an adviser's what-if), else the targets' rules ({@code maxSharedWith} on a target's
 * top rule node, named or by its {@code default}; when both targets state one, the smaller holds; a target that states
 * only {@code maxSharedCredits} allows sharing within those credits), else none may be shared: each holding counts toward
 * one target only. A cap of {@link #UNLIMITED} allows any number.
 */
public final class OverlapCaps {

    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** The key of a {@code maxSharedWith} entry that applies to every target not named. */
    public static final String DEFAULT = "default";

    /** One pair's cap and where it comes from ({@code request}, {@code rules of <id>}, or {@code no rule allows sharing}). */
    public record Cap(String target, String other, int max, String source) {
        public boolean limited() {
            return max != UNLIMITED;
        }
    }

    /** A cap a request sets for a pair of targets ({@code max}: null for no limit). */
    public record Requested(String target, String other, Integer max) {
    }

    private final List<String> targets;
    private final Map<String, Cap> caps = new LinkedHashMap<>();
    private final Map<String, Double> creditCaps = new LinkedHashMap<>();

    private OverlapCaps(List<String> targets) {
        this.targets = List.copyOf(targets);
    }

    /** The caps between {@code targets} as their rules state them, the request's overriding. */
    public static OverlapCaps of(List<String> targets, CatalogSnapshot catalog, List<Requested> requested) {
        var caps = new OverlapCaps(targets);
        for (var t : targets) {
            var limits = limits(catalog, t);
            if (limits != null && limits.maxSharedCredits() != null) {
                caps.creditCaps.put(t, limits.maxSharedCredits());
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            for (int j = i + 1; j < targets.size(); j++) {
                var a = targets.get(i);
                var b = targets.get(j);
                caps.caps.put(key(a, b), stated(a, b, limits(catalog, a), limits(catalog, b)));
            }
        }
        for (var r : requested == null ? List.<Requested>of() : requested) {
            caps.caps.put(key(r.target(), r.other()), new Cap(r.target(), r.other(), r.max() == null ? UNLIMITED : r.max(), "request"));
        }
        return caps;
    }

    /** Every pair with the same cap (tests, and "audit them independently" or "disjoint" as a what-if). */
    public static OverlapCaps uniform(List<String> targets, int max) {
        var caps = new OverlapCaps(targets);
        for (int i = 0; i < targets.size(); i++) {
            for (int j = i + 1; j < targets.size(); j++) {
                caps.caps.put(key(targets.get(i), targets.get(j)), new Cap(targets.get(i), targets.get(j), max, "request"));
            }
        }
        return caps;
    }

    /** The same caps with one pair's set as given. */
    public OverlapCaps with(String a, String b, int max) {
        var copy = new OverlapCaps(targets);
        copy.caps.putAll(caps);
        copy.creditCaps.putAll(creditCaps);
        copy.caps.put(key(a, b), new Cap(a, b, max, "request"));
        return copy;
    }

    private static Rule.Limits limits(CatalogSnapshot catalog, String target) {
        return catalog.requirements(target).filter(Rule.Group.class::isInstance).map(r -> ((Rule.Group) r).limits()).orElse(null);
    }

    private static Cap stated(String a, String b, Rule.Limits la, Rule.Limits lb) {
        Integer fromA = statedFor(la, b);
        Integer fromB = statedFor(lb, a);
        if (fromA != null || fromB != null) {
            boolean aDecides = fromB == null || (fromA != null && fromA <= fromB);
            return new Cap(a, b, aDecides ? fromA : fromB, "rules of " + (aDecides ? a : b));
        }
        if ((la != null && la.maxSharedCredits() != null) || (lb != null && lb.maxSharedCredits() != null)) {
            return new Cap(a, b, UNLIMITED, "rules of " + (la != null && la.maxSharedCredits() != null ? a : b) + " (maxSharedCredits)");
        }
        return new Cap(a, b, 0, "no rule allows sharing");
    }

    private static Integer statedFor(Rule.Limits limits, String other) {
        if (limits == null || limits.maxSharedWith().isEmpty()) {
            return null;
        }
        var named = limits.maxSharedWith().get(other);
        return named != null ? named : limits.maxSharedWith().get(DEFAULT);
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    public List<String> targets() {
        return targets;
    }

    /** The most holdings that may count toward both (0 when the pair is not among the targets). */
    public int max(String a, String b) {
        var cap = caps.get(key(a, b));
        return cap == null ? 0 : cap.max();
    }

    public Cap cap(String a, String b) {
        return Objects.requireNonNull(caps.get(key(a, b)), () -> a + " and " + b + " are not targets audited together");
    }

    /** The pairs' caps in target order. */
    public List<Cap> caps() {
        return new ArrayList<>(caps.values());
    }

    /** A target's {@code maxSharedCredits}: the credits of its holdings that may also count toward another (null: no limit). */
    public Double maxSharedCredits(String target) {
        return creditCaps.get(target);
    }

    /** Whether nothing limits sharing: every pair unlimited and no credit cap. */
    public boolean unlimited() {
        return creditCaps.isEmpty() && caps.values().stream().noneMatch(Cap::limited);
    }
}
