package org.credpath.recommend.engine;

import java.util.Comparator;
import java.util.List;

import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.SameCourse;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A credential that teaches a skill, as shown beside the skill: where, how much work, what it costs (null: not stated,
 * and said as null) and, listed for one skill, why it is taken to teach it: {@code source} (stated by the provider or extracted from its
 * text), {@code confidence} (null: stated, not assessed) and {@code evidence} (the tag or sentence). {@code seed}: the
 * credential or its provider is a fictional example of the seed catalog, not real data. {@code alsoOfferedAs}: the other
 * codes of the same course (cross-listed), which the answer does not list again (absent when there are none).
 */
public record Teacher(String id, String title, String provider, String providerName, String country, Double ects,
                      Double price, Integer eqfLevel, String language, String participation, boolean seed,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String source,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String evidence,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<OtherCode> alsoOfferedAs) {

    /** Another code of the same course: its credential id and catalog code. */
    public record OtherCode(String id, String code) {
    }

    public static Teacher of(Offering o, SkillIndex index) {
        var provider = index.provider(o.provider());
        return new Teacher(o.id(), o.title(), o.provider(), provider.map(SkillData.ProviderInfo::name).orElse(null),
                o.country(), o.ects(), o.price(), o.eqfLevel(), o.language(), o.participation(),
                o.seed() || provider.map(SkillData.ProviderInfo::seed).orElse(false), null, null, null, otherCodes(o, index));
    }

    private static List<OtherCode> otherCodes(Offering o, SkillIndex index) {
        return SameCourse.others(index.catalog(), o.id()).stream()
                .map(id -> new OtherCode(id, index.catalog().offering(id).map(Offering::code).orElse(null))).toList();
    }

    /** The credential as a teacher of the skill, with its link to it. */
    public static Teacher of(Offering o, SkillIndex index, String skill) {
        var t = of(o, index);
        var link = index.link(o, skill);
        return link == null ? t : new Teacher(t.id, t.title, t.provider, t.providerName, t.country, t.ects, t.price, t.eqfLevel,
                t.language, t.participation, t.seed, link.source(), link.confidence(), link.evidence(), t.alsoOfferedAs);
    }

    /**
     * The first {@code limit} teachers of the skill to show: the most trusted links first (confidence to one decimal;
     * a stated, unassessed link counts as 1), then in the index's order (fewest ECTS first); a cross-listed course once,
     * under its first code so ordered (the others in {@code alsoOfferedAs}).
     */
    public static List<Teacher> listed(List<Offering> teachers, SkillIndex index, String skill, int limit) {
        record Keyed(Offering offering, double weight, int position) {
        }
        var courses = new java.util.HashSet<String>();
        return java.util.stream.IntStream.range(0, teachers.size())
                .mapToObj(i -> new Keyed(teachers.get(i), Math.round(index.weight(teachers.get(i), skill) * 10) / 10.0, i))
                .sorted(Comparator.comparingDouble(Keyed::weight).reversed().thenComparingInt(Keyed::position))
                .filter(k -> {
                    var course = SameCourse.crossListedKey(index.catalog(), k.offering().id());
                    return course == null || courses.add(course);
                })
                .limit(limit).map(k -> of(k.offering(), index, skill)).toList();
    }
}
