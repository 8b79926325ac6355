package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.stacking.engine.Offering;

/**
 * A growing list of credentials with their positions by id, so a credential leaf finds the members that
 * count at it by lookup ({@link EntryRules#matching}) instead of by asking every member.
 */
final class Members {

    private final List<Offering> list = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();

    static Members of(Collection<Offering> offerings) {
        var members = new Members();
        offerings.forEach(members::add);
        return members;
    }

    void add(Offering offering) {
        if (positions.putIfAbsent(offering.id(), list.size()) == null) {
            list.add(offering);
        }
    }

    int size() {
        return list.size();
    }

    Offering get(int position) {
        return list.get(position);
    }

    /** The member's position, or -1. */
    int position(String id) {
        return positions.getOrDefault(id, -1);
    }

    List<Offering> list() {
        return list;
    }
}
