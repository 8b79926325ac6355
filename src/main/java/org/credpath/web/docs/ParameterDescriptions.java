package org.credpath.web.docs;

import java.util.Map;

/**
 * One table of what each query, path and header parameter means, by name (the same names recur across operations:
 * {@code maxPrice}, {@code language}, {@code metric}...), with a few names that mean something else on one path.
 * The OpenAPI document takes a parameter's description from here when its operation gives none.
 */
final class ParameterDescriptions {

    /** "path-prefix name" entries, checked first: the same name meaning something else there. */
    private static final Map<String, String> ON_PATH = Map.ofEntries(
            Map.entry("/api/learners/{id}/export format", "Document format: ob3 (Open Badges 3.0 credentials, default), clr (a CLR 2.0 "
                    + "ClrCredential) or elm (a European Digital Credential, ELM 3)"),
            Map.entry("/api/admin/imports format", "Source format, one of GET /api/admin/imports (esco, utdallas, coursera, ctdl, "
                    + "credentials, transfer)"),
            Map.entry("/api/admin/imports name", "File name of the body, at most 200 bytes without control characters; a name ending "
                    + "in .zip is unpacked"),
            Map.entry("/api/admin/catalog name", "Name of the catalog source in the report and in problems (default: request); "
                    + ".json or .yaml is added when it has no extension"),
            Map.entry("/api/admin/imports/progress id", "The progress id the import was started with (?progress= on the upload)"),
            Map.entry("/api/credentials id", "Credential id"),
            Map.entry("/api/providers id", "Provider id"),
            Map.entry("/api/credentials provider", "Provider id: only this provider's credentials"),
            Map.entry("/api/credentials language", "ISO 639-1 language code: only credentials taught in it"),
            Map.entry("/api/credentials participation", "online, onsite or blended"),
            Map.entry("/api/credentials maxPrice", "Highest price; credentials of unknown price are left out"),
            Map.entry("/api/learners/{id}/consents role", "Revoke only the grant of this role (ADVISER or EMPLOYER); all of the grantee's "
                    + "grants when absent"));

    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("id", "Learner id"),
            Map.entry("target", "Id of the larger credential (degree, certificate) to audit or plan for"),
            Map.entry("program", "Id of the programme (a larger credential) the learner started"),
            Map.entry("exception", "Id of the adviser's exception, as POST /api/learners/{id}/exceptions answered it"),
            Map.entry("q", "Words to search for, at most 200 characters and 32 words: every word must match, as a whole word or the "
                    + "start of one; empty lists all"),
            Map.entry("page", "Page number, from 0; page x size at most 1,000,000"),
            Map.entry("size", "Items per page, 1 to 200 (default 20)"),
            Map.entry("uri", "Concept URI, e.g. http://data.europa.eu/esco/skill/..."),
            Map.entry("kind", "micro-credential, course, certificate, degree or badge"),
            Map.entry("eqfLevel", "EQF level, 1 to 8"),
            Map.entry("country", "ISO 3166-1 alpha-2 country code(s) of the provider, e.g. FI; providers of unknown country do not match"),
            Map.entry("occupation", "Goal: an ESCO occupation URI"),
            Map.entry("credential", "Goal: a credential id"),
            Map.entry("skills", "Goal: ESCO skill URIs, repeated or comma-separated (essential)"),
            Map.entry("optionalSkills", "ESCO skill URIs that are optional for the goal, repeated or comma-separated"),
            Map.entry("scope", "all (default: the bundle covers every taught skill) or essential (only the essential ones)"),
            Map.entry("teachersPerSkill", "How many teaching credentials to list per skill"),
            Map.entry("k", "How many next steps to answer"),
            Map.entry("metric", "Cost to minimise or rank by: ects (default), price or weeks; a credential of unknown cost under the "
                    + "metric ranks after every known one"),
            Map.entry("maxPrice", "Highest price of a credential; credentials of unknown price are excluded"),
            Map.entry("language", "ISO 639-1 language code(s), repeated or comma-separated; credentials of unknown language do not match"),
            Map.entry("participation", "online, onsite or blended, repeated or comma-separated; unknown does not match"),
            Map.entry("provider", "Provider id(s), repeated or comma-separated"),
            Map.entry("minEqfLevel", "Lowest EQF level, 1 to 8; credentials of unknown level do not match"),
            Map.entry("maxEqfLevel", "Highest EQF level, 1 to 8; credentials of unknown level do not match"),
            Map.entry("openAccessOnly", "true: only credentials open to anyone (not enrolled-only)"),
            Map.entry("maxWeeklyHours", "Highest weekly workload in hours; credentials of unknown workload do not match"),
            Map.entry("termCredits", "Workload cap per term in ECTS, more than 0 and at most 120"),
            Map.entry("timeLimitSeconds", "Solver time limit in seconds, more than 0 and at most 60; a cut search says its gap"),
            Map.entry("date", "The day to evaluate on (ISO 8601, e.g. 2026-09-01; default today): validity windows are checked against it"),
            Map.entry("waive", "Rule node ids to treat as met (ADVISER with consent, or ADMIN)"),
            Map.entry("grantee", "Subject of the adviser or employer whose access is revoked"),
            Map.entry("Content-Type", "Media type of the body: application/yaml (or application/x-yaml, text/yaml) or application/json"));

    private ParameterDescriptions() {
    }

    /** The description of parameter {@code name} on {@code path}, or null when the table has none. */
    static String of(String path, String name) {
        return ON_PATH.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey().substring(0, e.getKey().lastIndexOf(' ')))
                        && e.getKey().substring(e.getKey().lastIndexOf(' ') + 1).equals(name))
                .map(Map.Entry::getValue).findFirst()
                .orElse(BY_NAME.get(name));
    }
}
