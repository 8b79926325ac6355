package org.credpath.recommend.engine;

import java.util.Set;

import org.credpath.catalog.snapshot.Offering;

/**
 * What a recommendation may use. Empty sets mean "any". Weekly hours are the credential's notional
 * workload, {@value #HOURS_PER_ECTS} hours per ECTS (the ECTS Users' Guide's lower bound), spread over its
 * duration in weeks; a credential without a duration passes that filter. A credential with
 * {@code access: enrolled-only} is open only to learners enrolled at its provider, and to nobody when
 * {@code openAccessOnly} is set.
 */
public record Filters(Double maxPrice, Set<String> languages, Set<String> participation, Set<String> providers,
                      Set<String> countries, Integer minEqfLevel, Integer maxEqfLevel, boolean openAccessOnly,
                      Double maxWeeklyHours) {

    public static final double HOURS_PER_ECTS = 25;
    public static final Filters NONE = new Filters(null, null, null, null, null, null, null, false, null);

    public Filters {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        participation = participation == null ? Set.of() : Set.copyOf(participation);
        providers = providers == null ? Set.of() : Set.copyOf(providers);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
    }

    /** Rejects filters that are out of range or contradict each other, naming the parameter. */
    public Filters validate(SkillIndex index) {
        if (maxPrice != null && (maxPrice.isNaN() || maxPrice < 0)) {
            throw new InvalidFilterException("maxPrice", "must be 0 or more (was " + maxPrice + ")");
        }
        if (maxWeeklyHours != null && (maxWeeklyHours.isNaN() || maxWeeklyHours <= 0)) {
            throw new InvalidFilterException("maxWeeklyHours", "must be more than 0 (was " + maxWeeklyHours + ")");
        }
        checkEqf("minEqfLevel", minEqfLevel);
        checkEqf("maxEqfLevel", maxEqfLevel);
        if (minEqfLevel != null && maxEqfLevel != null && minEqfLevel > maxEqfLevel) {
            throw new InvalidFilterException("minEqfLevel", "minimum EQF level " + minEqfLevel + " is above the maximum " + maxEqfLevel);
        }
        if (!providers.isEmpty() && !countries.isEmpty() && providers.stream()
                .noneMatch(p -> index.provider(p).map(i -> countries.contains(i.country())).orElse(false))) {
            throw new InvalidFilterException("country", "none of the providers " + providers.stream().sorted().toList()
                    + " is in " + countries.stream().sorted().toList() + ": the filters exclude each other");
        }
        return this;
    }

    private static void checkEqf(String name, Integer level) {
        if (level != null && (level < 1 || level > 8)) {
            throw new InvalidFilterException(name, "must be an EQF level from 1 to 8 (was " + level + ")");
        }
    }

    /** Why the filters (or access) rule the credential out, or null when it may be recommended. */
    public String excludes(Offering o, SkillIndex index, Set<String> enrolled) {
        if (maxPrice != null && o.price() > maxPrice) {
            return "price " + o.price() + " above " + maxPrice;
        }
        if (!languages.isEmpty() && !languages.contains(o.language())) {
            return "language " + o.language();
        }
        if (!participation.isEmpty() && !participation.contains(o.participation())) {
            return "participation " + o.participation();
        }
        if (!providers.isEmpty() && !providers.contains(o.provider())) {
            return "provider " + o.provider();
        }
        if (!countries.isEmpty() && index.provider(o.provider()).map(p -> !countries.contains(p.country())).orElse(true)) {
            return "provider country";
        }
        if (maxEqfLevel != null && o.eqfLevel() != null && o.eqfLevel() > maxEqfLevel) {
            return "EQF level " + o.eqfLevel() + " above " + maxEqfLevel;
        }
        if (minEqfLevel != null && (o.eqfLevel() == null || o.eqfLevel() < minEqfLevel)) {
            return "EQF level below " + minEqfLevel;
        }
        if (maxWeeklyHours != null && o.durationWeeks() > 0 && weeklyHours(o) > maxWeeklyHours + 1e-9) {
            return "about " + Math.round(weeklyHours(o)) + " hours a week";
        }
        if (!accessible("enrolled-only".equals(o.access()), openAccessOnly, enrolled.contains(o.provider()))) {
            return "open only to students enrolled at " + o.provider();
        }
        return null;
    }

    /** The access rule: an enrolled-only credential is open to learners enrolled at its provider, unless only open access is wanted. */
    static boolean accessible(boolean enrolledOnly, boolean openAccessOnly, boolean enrolledAtProvider) {
        return !enrolledOnly || !openAccessOnly && enrolledAtProvider;
    }

    /** Whether only the access rule can rule a credential out (no price, language, provider, EQF or workload criterion). */
    public boolean onlyAccess() {
        return maxPrice == null && languages.isEmpty() && participation.isEmpty() && providers.isEmpty() && countries.isEmpty()
                && minEqfLevel == null && maxEqfLevel == null && maxWeeklyHours == null;
    }

    public static double weeklyHours(Offering o) {
        return o.durationWeeks() <= 0 ? 0 : o.ects() * HOURS_PER_ECTS / o.durationWeeks();
    }
}
