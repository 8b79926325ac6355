package org.credpath.catalog.snapshot;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.credpath.catalog.model.Vocabulary;

/**
 * What plans, next steps, routes, coverage and batches may use: the one filter set of every request. Empty sets
 * mean "any". A credential (or its provider) that does not state an attribute does not match a filter on that
 * attribute: unknown is not a match ({@link Exclusion#unknown} says when that was the reason). Weekly hours are
 * the credential's notional workload, {@value #HOURS_PER_ECTS} hours per ECTS (the ECTS Users' Guide's lower
 * bound), spread over its duration in weeks. A credential with {@code access: enrolled-only} is open only to
 * learners enrolled at its provider, and to nobody when {@code openAccessOnly} is set.
 *
 * <p>Adding a filter: a component here with its check in the constructor and its test in {@link #excludes}, the same
 * component in the request edge's {@code SelectionParams}, and a line in the README.
 */
public record Selection(Double maxPrice, Set<String> languages, Set<String> participation, Set<String> providers,
                        Set<String> countries, Integer minEqfLevel, Integer maxEqfLevel, boolean openAccessOnly,
                        Double maxWeeklyHours) {

    public static final double HOURS_PER_ECTS = 25;
    public static final Selection NONE = new Selection(null, null, null, null, null, null, null, false, null);

    /** Why a credential was ruled out; {@code unknown} when it does not state the attribute filtered on. */
    public record Exclusion(String reason, boolean unknown) {
    }

    /** Normalises (sets never null, countries in upper case) and rejects values out of range or contradicting each other. */
    public Selection {
        languages = clean(languages, false);
        participation = clean(participation, false);
        providers = clean(providers, false);
        countries = clean(countries, true);
        if (maxPrice != null && (maxPrice.isNaN() || maxPrice < 0)) {
            throw new InvalidRequestException("maxPrice", "must be 0 or more (was " + maxPrice + ")");
        }
        if (maxWeeklyHours != null && (maxWeeklyHours.isNaN() || maxWeeklyHours <= 0)) {
            throw new InvalidRequestException("maxWeeklyHours", "must be more than 0 (was " + maxWeeklyHours + ")");
        }
        participation.stream().filter(p -> !Vocabulary.PARTICIPATION.contains(p)).findFirst().ifPresent(p -> {
            throw new InvalidRequestException("participation", "'" + p + "' is not one of online, onsite, blended");
        });
        checkEqf("minEqfLevel", minEqfLevel);
        checkEqf("maxEqfLevel", maxEqfLevel);
        if (minEqfLevel != null && maxEqfLevel != null && minEqfLevel > maxEqfLevel) {
            throw new InvalidRequestException("minEqfLevel", "minimum EQF level " + minEqfLevel + " is above the maximum " + maxEqfLevel);
        }
    }

    private static Set<String> clean(Set<String> values, boolean upper) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> upper ? v.strip().toUpperCase(Locale.ROOT) : v.strip()).collect(Collectors.toUnmodifiableSet());
    }

    private static void checkEqf(String name, Integer level) {
        if (level != null && (level < 1 || level > 8)) {
            throw new InvalidRequestException(name, "must be an EQF level from 1 to 8 (was " + level + ")");
        }
    }

    /** Rejects providers none of which is in the countries (by the countries of the providers' offerings in the catalog). */
    public Selection checkAgainst(CatalogSnapshot catalog) {
        if (!providers.isEmpty() && !countries.isEmpty() && catalog.offerings().values().stream()
                .noneMatch(o -> providers.contains(o.provider()) && o.country() != null && countries.contains(o.country()))) {
            throw new InvalidRequestException("country", "none of the providers " + new TreeSet<>(providers) + " is in "
                    + new TreeSet<>(countries) + ": the filters exclude each other");
        }
        return this;
    }

    /** Why the filters (or access) rule the credential out, or null when it may be used; {@code enrolled}: the providers the learner is enrolled at. */
    public Exclusion excludes(Offering o, Set<String> enrolled) {
        if (maxPrice != null && (o.price() == null || o.price() > maxPrice)) {
            return o.price() == null ? unknown("price") : new Exclusion("price " + o.price() + " above " + maxPrice, false);
        }
        if (!languages.isEmpty() && !in(languages, o.language())) {
            return o.language() == null ? unknown("language") : new Exclusion("language " + o.language() + " not among " + sorted(languages), false);
        }
        if (!participation.isEmpty() && !in(participation, o.participation())) {
            return o.participation() == null ? unknown("participation")
                    : new Exclusion("participation " + o.participation() + " not among " + sorted(participation), false);
        }
        if (!providers.isEmpty() && !in(providers, o.provider())) {
            return o.provider() == null ? unknown("provider") : new Exclusion("provider " + o.provider() + " not among " + sorted(providers), false);
        }
        if (!countries.isEmpty() && !in(countries, o.country())) {
            return o.country() == null ? unknown("provider country") : new Exclusion("provider country " + o.country() + " not among "
                    + sorted(countries), false);
        }
        var eqf = eqf(o);
        if (eqf != null) {
            return eqf;
        }
        if (maxWeeklyHours != null && (o.weeklyHours() == null || o.weeklyHours() > maxWeeklyHours + 1e-9)) {
            return o.weeklyHours() == null ? unknown("weekly hours (ECTS or weeks)")
                    : new Exclusion("about " + Math.round(o.weeklyHours()) + " hours a week", false);
        }
        if (!accessible("enrolled-only".equals(o.access()), o.provider() != null && enrolled.contains(o.provider()))) {
            return new Exclusion("open only to students enrolled at " + o.provider(), false);
        }
        if (openAccessOnly && o.access() == null) {
            return unknown("access");
        }
        return null;
    }

    private Exclusion eqf(Offering o) {
        if ((minEqfLevel != null || maxEqfLevel != null) && o.eqfLevel() == null) {
            return unknown("EQF level");
        }
        if (maxEqfLevel != null && o.eqfLevel() > maxEqfLevel) {
            return new Exclusion("EQF level " + o.eqfLevel() + " above " + maxEqfLevel, false);
        }
        if (minEqfLevel != null && o.eqfLevel() < minEqfLevel) {
            return new Exclusion("EQF level " + o.eqfLevel() + " below " + minEqfLevel, false);
        }
        return null;
    }

    /** The access rule: an enrolled-only credential is open to learners enrolled at its provider, unless only open access is wanted. */
    public boolean accessible(boolean enrolledOnly, boolean enrolledAtProvider) {
        return !enrolledOnly || !openAccessOnly && enrolledAtProvider;
    }

    /** Whether only the access rule can rule a credential out (no price, language, provider, EQF, workload or access criterion). */
    public boolean onlyAccess() {
        return maxPrice == null && languages.isEmpty() && participation.isEmpty() && providers.isEmpty() && countries.isEmpty()
                && minEqfLevel == null && maxEqfLevel == null && maxWeeklyHours == null && !openAccessOnly;
    }

    private static boolean in(Set<String> allowed, String value) {
        return value != null && allowed.contains(value); // Set.copyOf sets throw on contains(null)
    }

    private static Exclusion unknown(String attribute) {
        return new Exclusion(attribute + " unknown", true);
    }

    private static TreeSet<String> sorted(Set<String> values) {
        return new TreeSet<>(values);
    }
}
