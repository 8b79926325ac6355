package org.credpath.imports.coursera;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.credpath.labels.LabelKeys;
import org.credpath.imports.skills.LabelResolver;
import org.credpath.catalog.model.AlignmentSpec;
import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.OutcomeSpec;
import org.credpath.catalog.model.ProviderSpec;
import org.credpath.imports.CredentialOrigins;
import org.credpath.imports.CsvFile;
import org.credpath.imports.ImportProblems;
import org.credpath.imports.skills.LabelResolver.Outcome;
import org.credpath.imports.skills.LabelResolver.Resolution;
import org.credpath.skills.SkillLinks;

/**
 * Maps rows of the Coursera catalog CSV onto the catalog model, framework-free. Rows of one partner
 * with the same course name (ignoring case and punctuation) are one offering: the first row that states a
 * certificate type gives its details, every row adds its tags. Each offering becomes a credential offered
 * by its partner, online, open, in English, teaching the skills its tags resolve to ({@link LabelResolver}).
 * The certificate type gives the kind (Course and Guided Project: course; Degree: degree; the rest:
 * certificate); the workload in ECTS is the stated duration at an assumed weekly study load, 25 hours an
 * ECTS credit. A row without partner or course name refuses the file.
 */
final class CourseraMapper {

    static final String PARTNER = "partner";
    static final String COURSE = "course";
    static final String SKILLS = "skills";
    static final String CERTIFICATE_TYPE = "certificatetype";
    static final String DURATION = "duration";
    static final List<String> REQUIRED = List.of(PARTNER, COURSE, SKILLS, CERTIFICATE_TYPE, DURATION);

    /** Study hours a week assumed for a stated calendar duration; degrees are studied part-time at a higher load. */
    static final double WEEKLY_HOURS = 6;
    static final double DEGREE_WEEKLY_HOURS = 15;
    static final double HOURS_PER_ECTS = 25;

    private static final Set<String> NONE = Set.of("", "none", "null", "n/a");
    /** The most comma-separated pieces read together as one tag that holds commas itself. */
    private static final int MAX_PIECES = 4;
    private static final Set<String> COURSE_TYPES = Set.of("course", "guided project", "project");
    private static final Set<String> TYPES = Set.of("course", "guided project", "project", "specialization",
            "professional certificate", "university certificate", "graduate certificate", "mastertrack", "postgraduate diploma", "degree");
    /** What the scrape put in the skills cell of listings without tags: a review count, or "Level · Type · Duration". */
    private static final Pattern LISTING_DETAILS = Pattern.compile("\\(\\d[\\d.,]*k? reviews?\\)|.*·.*");
    private static final Pattern UNIVERSITY = Pattern.compile(
            "(?i).*\\b(universit\\w*|college|institute|school|polytechnic|hochschule|ecole|école|politecnico|academy)\\b.*");

    record Mapping(Catalog catalog, TagReport tags, CredentialOrigins origins, int rows, List<String> warnings) {
    }

    private static final class Offering {
        final String id;
        final String partner;
        final String course;
        final String origin;
        final Set<String> tags = new LinkedHashSet<>();
        CsvFile.Row details;
        int rows;

        Offering(String id, String partner, String course, String origin) {
            this.id = id;
            this.partner = partner;
            this.course = course;
            this.origin = origin;
        }
    }

    Mapping map(List<CsvFile.Row> rows, LabelResolver resolver, ImportProblems problems) {
        return map(rows, resolver, null, problems);
    }

    /**
     * {@code links}: the skill matcher's links (null: label resolution only, every resolved tag stated and unassessed).
     * With it, a resolved tag is stated with the confidence the course title and the tag's place in the offering's list
     * bear it out, an ambiguous one is stated
     * as the candidate nearest the title, and an unresolved one is read by the matcher near the title (extracted).
     */
    Mapping map(List<CsvFile.Row> rows, LabelResolver resolver, SkillLinks links, ImportProblems problems) {
        var offerings = new LinkedHashMap<String, Offering>();
        var providers = new LinkedHashMap<String, ProviderSpec>();
        var listingDetails = new ArrayList<Long>();
        for (var row : rows) {
            var partner = row.get(PARTNER);
            var course = row.get(COURSE);
            if (isNone(partner)) {
                problems.add(row.file(), row.line(), PARTNER, "is empty: every offering needs the partner that gives it");
            }
            if (isNone(course)) {
                problems.add(row.file(), row.line(), COURSE, "is empty: every offering needs a name");
            }
            if (isNone(partner) || isNone(course)) {
                continue;
            }
            var providerId = "coursera-partner:" + slug(partner);
            providers.putIfAbsent(providerId, new ProviderSpec(providerId, partner, null,
                    UNIVERSITY.matcher(partner).matches() ? "university" : "company", null));
            var id = "coursera:" + slug(partner) + ":" + slug(course);
            var offering = offerings.computeIfAbsent(id, k -> new Offering(k, providerId, course, row.file() + ": line " + row.line()));
            offering.rows++;
            if (offering.details == null && !isNone(type(row))) {
                offering.details = row;
            }
            if (isListingDetails(row.get(SKILLS))) {
                listingDetails.add(row.line());
            } else {
                offering.tags.addAll(tags(row.get(SKILLS), resolver));
            }
        }
        var report = new TagReport();
        var warnings = new ArrayList<String>();
        var credentials = new ArrayList<CredentialSpec>();
        var origins = new ArrayList<String>();
        for (var offering : offerings.values()) {
            credentials.add(credential(offering, alignments(offering, resolver, links, report), warnings));
            origins.add(offering.origin);
        }
        if (!listingDetails.isEmpty()) {
            warnings.add(0, ("%d row(s) hold a review count or the listing's level, type and duration in the skills column, "
                    + "not tags: read as untagged (lines %s)").formatted(listingDetails.size(), listingDetails));
        }
        var merged = rows.size() - offerings.size();
        if (merged > 0) {
            warnings.add(0, "%d row(s) repeat an offering of the same partner and name and were merged into it (their tags added)".formatted(merged));
        }
        var catalog = new Catalog(List.copyOf(providers.values()), List.of(), List.of(), credentials, List.of());
        return new Mapping(catalog, report, new CredentialOrigins(origins), rows.size(), warnings);
    }

    /** The links the offering's tags make, each tag's resolution and link counted in the report. */
    private static List<AlignmentSpec> alignments(Offering offering, LabelResolver resolver, SkillLinks links, TagReport report) {
        var alignments = new ArrayList<AlignmentSpec>();
        int index = 0;
        for (var tag : offering.tags) {
            var resolution = resolver.resolve(tag);
            report.used(resolution);
            double place = SkillLinks.place(index++, offering.tags.size());
            link(offering, tag, place, resolution, links).ifPresent(a -> {
                alignments.add(a);
                report.linked(a);
            });
        }
        return alignments;
    }

    /**
     * The link a tag makes for the offering, if any (see {@link #map(List, LabelResolver, SkillLinks, ImportProblems)});
     * {@code place}: where the offering lists the tag (0 first, 1 last), which weighs in its trust.
     */
    private static Optional<AlignmentSpec> link(Offering offering, String tag, double place, Resolution resolution, SkillLinks links) {
        var evidence = "Coursera tag: " + tag;
        if (resolution.outcome() == Outcome.RESOLVED) {
            var skill = resolution.skills().get(0);
            return Optional.of(links == null ? AlignmentSpec.stated(skill) : links.stated(skill, evidence, offering.course, place));
        }
        if (links == null) {
            return Optional.empty();
        }
        if (resolution.outcome() == Outcome.AMBIGUOUS) {
            return resolution.skills().stream().map(skill -> links.stated(skill, evidence, offering.course, place))
                    .max(java.util.Comparator.comparing(AlignmentSpec::confidence));
        }
        return links.tag(tag, evidence, offering.course, place);
    }

    private static CredentialSpec credential(Offering offering, List<AlignmentSpec> alignments, List<String> warnings) {
        var row = offering.details;
        var type = row == null ? "" : type(row);
        var kind = kind(type);
        var durationText = row == null ? "" : row.get(DURATION);
        var duration = isNone(durationText) ? Optional.<StatedDuration>empty() : StatedDuration.parse(durationText);
        if (duration.isEmpty() && !isNone(durationText)) {
            warnings.add("%s: duration '%s' of '%s' is no duration credpath can read; its workload is left unstated"
                    .formatted(offering.origin, durationText, offering.course));
        }
        Double weeks = null;
        Double ects = null;
        if (duration.isPresent()) {
            var d = duration.get();
            var weeklyHours = kind == CredentialKind.DEGREE ? DEGREE_WEEKLY_HOURS : WEEKLY_HOURS;
            var hours = d.unit() == StatedDuration.Unit.HOURS ? d.middle() : d.middle() * weeklyHours;
            weeks = round(d.unit() == StatedDuration.Unit.HOURS ? hours / weeklyHours : d.middle(), 1);
            ects = Math.max(0.1, round(hours / HOURS_PER_ECTS, 1));
        }
        var outcomes = alignments.isEmpty() ? List.<OutcomeSpec>of()
                : List.of(new OutcomeSpec(offering.id + "#skills", "Skills Coursera tags it with: " + String.join(", ", offering.tags),
                        List.of(), alignments));
        return new CredentialSpec(offering.id, kind, offering.course, offering.partner, description(offering, type, durationText),
                null, null, ects, null, null, null, "online", null, "en", weeks, null, null, "open", null, null, outcomes,
                null, null, List.of());
    }

    private static String description(Offering offering, String type, String duration) {
        var parts = new ArrayList<String>();
        parts.add("Coursera " + (isNone(type) ? "offering" : type));
        var row = offering.details;
        if (row != null) {
            if (!isNone(row.get("level")) && !TYPES.contains(row.get("level").toLowerCase(Locale.ROOT))) {
                parts.add("level " + row.get("level"));
            }
            if (!isNone(duration)) {
                parts.add("stated duration " + duration);
            }
            if (!isNone(row.get("rating"))) {
                parts.add("rated " + row.get("rating") + (isNone(row.get("reviewcount")) ? "" : " by " + row.get("reviewcount").replace(".0", "") + " reviewers"));
            }
            if ("true".equalsIgnoreCase(row.get("crediteligibility"))) {
                parts.add("eligible for academic credit");
            }
        }
        return String.join("; ", parts);
    }

    /** The certificate type; where the scrape left it out, the level column holding a type instead. */
    private static String type(CsvFile.Row row) {
        var type = row.get(CERTIFICATE_TYPE);
        if (isNone(type) && TYPES.contains(row.get("level").toLowerCase(Locale.ROOT))) {
            return row.get("level");
        }
        return type;
    }

    static boolean isListingDetails(String cell) {
        return TYPES.contains(cell.strip().toLowerCase(Locale.ROOT)) || LISTING_DETAILS.matcher(cell.strip()).matches();
    }

    static CredentialKind kind(String certificateType) {
        var type = certificateType.strip().toLowerCase(Locale.ROOT);
        if (isNone(type) || COURSE_TYPES.contains(type)) {
            return CredentialKind.COURSE;
        }
        return type.equals("degree") ? CredentialKind.DEGREE : CredentialKind.CERTIFICATE;
    }

    /**
     * The tags of a cell: comma-separated, blanks and "None" left out; where a run of pieces joined again with their
     * commas is a skill's label that holds commas ("Extract, Transform, Load" is one of ESCO's), it is one tag.
     */
    static List<String> tags(String cell, LabelResolver resolver) {
        var pieces = new ArrayList<String>();
        for (var piece : cell.split(",")) {
            if (!isNone(piece.strip())) {
                pieces.add(piece.strip());
            }
        }
        var tags = new ArrayList<String>();
        for (int i = 0; i < pieces.size(); i++) {
            int end = i + 1;
            for (int j = Math.min(pieces.size(), i + MAX_PIECES); j > i + 1; j--) {
                if (resolver.isLabelWithCommas(String.join(", ", pieces.subList(i, j)))) {
                    end = j;
                    break;
                }
            }
            tags.add(String.join(", ", pieces.subList(i, end)));
            i = end - 1;
        }
        return tags;
    }

    static String slug(String text) {
        return String.join("-", LabelKeys.words(text));
    }

    private static boolean isNone(String value) {
        return NONE.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static double round(double value, int decimals) {
        var scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
