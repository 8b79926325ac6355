package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * The skills and occupations a generated catalog aligns to: the full ESCO as imported, read from the
 * database sorted by URI (so the same store gives the same view), or a small synthetic one with local
 * URIs for tests. Occupations refer to skills by index. {@code local} views are written with the catalog.
 */
public record EscoView(List<Skill> skills, List<Occupation> occupations, boolean local) {

    public record Skill(String uri, String label) {
    }

    public record Occupation(String uri, String label, String iscoGroup, int[] essential, int[] optional) {
        int size() {
            return essential.length + optional.length;
        }
    }

    /** A row as read from the database: an occupation with the URIs of its essential and optional skills. */
    public record OccupationRow(String uri, String label, String iscoGroup, List<String> essential, List<String> optional) {
    }

    /** Builds the view from rows in any order; relations to unknown skills are dropped. */
    public static EscoView of(List<Skill> skills, List<OccupationRow> occupations) {
        var sortedSkills = new ArrayList<>(skills);
        sortedSkills.sort(Comparator.comparing(Skill::uri));
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < sortedSkills.size(); i++) {
            index.put(sortedSkills.get(i).uri(), i);
        }
        var sorted = new ArrayList<>(occupations);
        sorted.sort(Comparator.comparing(OccupationRow::uri));
        var result = new ArrayList<Occupation>();
        for (var o : sorted) {
            result.add(new Occupation(o.uri(), o.label(), o.iscoGroup(), indices(o.essential(), index), indices(o.optional(), index)));
        }
        return new EscoView(List.copyOf(sortedSkills), List.copyOf(result), false);
    }

    private static int[] indices(List<String> uris, HashMap<String, Integer> index) {
        return uris.stream().sorted().map(index::get).filter(i -> i != null).mapToInt(Integer::intValue).toArray();
    }

    /**
     * A stand-in for ESCO: {@code skills} local skills and {@code occupations} local occupations, each
     * requiring 5-15 essential and 3-8 optional skills with Zipf-like popularity. URIs start with
     * {@code urn:credpath:gen-} so generated data never mixes with real ESCO concepts.
     */
    public static EscoView synthetic(int skills, int occupations, long seed) {
        var draw = new Draw(seed);
        var skillList = new ArrayList<Skill>();
        for (int i = 0; i < skills; i++) {
            skillList.add(new Skill(String.format("urn:credpath:gen-skill-%05d", i), "generated skill " + i));
        }
        var popularity = Draw.zipf(skills, 0.8);
        var result = new ArrayList<Occupation>();
        for (int i = 0; i < occupations; i++) {
            var chosen = new java.util.LinkedHashSet<Integer>();
            int essential = draw.between(5, 15);
            int optional = draw.between(3, 8);
            while (chosen.size() < Math.min(skills, essential + optional)) {
                chosen.add(draw.weighted(popularity));
            }
            var all = chosen.stream().mapToInt(Integer::intValue).toArray();
            int cut = Math.min(essential, all.length);
            result.add(new Occupation(String.format("urn:credpath:gen-occupation-%04d", i), "generated occupation " + i,
                    String.valueOf(1000 + draw.below(9000)), java.util.Arrays.copyOfRange(all, 0, cut),
                    java.util.Arrays.copyOfRange(all, cut, all.length)));
        }
        return new EscoView(List.copyOf(skillList), List.copyOf(result), true);
    }
}
