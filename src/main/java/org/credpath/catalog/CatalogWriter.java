package org.credpath.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.LearnerSpec;
import org.credpath.catalog.model.OccupationSpec;
import org.credpath.catalog.model.ProviderSpec;
import org.credpath.catalog.model.SkillSpec;
import org.credpath.database.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Writes a validated catalog as an upsert, in batches of UNWIND rows, inside the caller's transaction.
 * Owned records (credentials with outcomes, rules, recognitions and suggested order; learners) are replaced whole;
 * shared reference data (skills, occupations) is added to, never pruned. Replaced nodes are retired while writing and
 * deleted last (catalog/sweep-retired), which keeps an update load linear in what it writes.
 */
final class CatalogWriter {

    private static final String DIGEST_VERSION = "credential/2"; // 2: alignments carry source, confidence, evidence

    private final Neo4jClient client;

    CatalogWriter(Neo4jClient client) {
        this.client = client;
    }

    void write(Catalog catalog) {
        run("upsert-providers", "rows", catalog.providers().stream().map(CatalogWriter::provider).toList());
        run("upsert-skills", "rows", catalog.skills().stream().map(CatalogWriter::skill).toList());
        run("upsert-occupations", "rows", catalog.occupations().stream().map(CatalogWriter::occupation).toList());
        writeCredentials(catalog.credentials());
        run("upsert-learners", "rows", catalog.learners().stream().map(CatalogWriter::learner).toList());
        client.query(CypherQueries.get("catalog/sweep-retired")).run(); // last: no index seek after a delete (see the statement)
    }

    private void writeCredentials(List<CredentialSpec> credentials) {
        if (credentials.isEmpty()) {
            return;
        }
        var ids = credentials.stream().map(CredentialSpec::id).toList();
        run("upsert-credentials", "rows", credentials.stream().map(c -> {
            var row = new java.util.HashMap<>(credential(c));
            row.put("digest", digest(c));
            return row;
        }).toList());
        run("retire-outcomes", "credentialIds", ids);
        var outcomes = new ArrayList<Map<String, Object>>();
        var rules = new RuleRows();
        for (var c : credentials) {
            outcomes(c).forEach(o -> {
                var row = new java.util.HashMap<>(o);
                row.put("credential", c.id());
                outcomes.add(row);
            });
            rules.add(c.id(), RuleRows.PREREQUISITES, c.prerequisites());
            rules.add(c.id(), RuleRows.REQUIREMENTS, c.requirements());
        }
        run("create-outcomes", "rows", outcomes);
        run("retire-rules", "credentialIds", ids);
        run("create-rule-nodes", "nodes", rules.nodes);
        run("link-rule-roots", "roots", rules.roots);
        run("link-rule-children", "edges", rules.edges);
        run("replace-recognitions", "rows", credentials.stream().map(c -> Map.<String, Object>of("id", c.id(),
                "recognisedAs", c.recognisedAs().stream().map(r -> Rows.props("credential", r.credential(), "credits", r.credits())).toList()))
                .toList());
        run("replace-same-as", "rows", credentials.stream().map(c -> Map.<String, Object>of("id", c.id(), "sameAs", c.sameAs()))
                .toList());
        run("replace-precedes", "rows", credentials.stream().map(c -> Map.<String, Object>of("id", c.id(), "precedes", c.precedes()))
                .toList());
    }

    /** Stores the digests of credentials found identical to what is stored by reading them back (written before digests). */
    void recordDigests(List<CredentialSpec> credentials) {
        run("set-digests", "rows", credentials.stream().map(c -> Map.<String, Object>of("id", c.id(), "digest", digest(c))).toList());
    }

    private void run(String statement, String parameter, List<?> rows) {
        if (!rows.isEmpty()) {
            client.query(CypherQueries.get("catalog/" + statement)).bind(rows).to(parameter).run();
        }
    }

    // the rows below are also what StoredCatalog compares stored entries with

    static Map<String, Object> provider(ProviderSpec p) {
        return Rows.props("id", p.id(), "name", p.name(), "country", p.country(), "type", p.type(), "url", p.url());
    }

    static Map<String, Object> skill(SkillSpec s) {
        return Map.of("uri", s.uri(), "broader", s.broader(), "props", Rows.props("label", s.label(), "skillType", s.skillType(),
                "altLabels", s.altLabels().isEmpty() ? null : s.altLabels()));
    }

    static Map<String, Object> occupation(OccupationSpec o) {
        var requires = new ArrayList<Map<String, Object>>();
        o.essentialSkills().forEach(s -> requires.add(Map.of("skill", s, "essential", true)));
        o.optionalSkills().forEach(s -> requires.add(Map.of("skill", s, "essential", false)));
        return Map.of("uri", o.uri(), "requires", requires,
                "props", Rows.props("label", o.label(), "iscoGroup", o.iscoGroup(), "code", o.code()));
    }

    static Map<String, Object> credential(CredentialSpec c) {
        var props = Rows.props("id", c.id(), "kind", c.kind().value(), "title", c.title(), "description", c.description(),
                "code", c.code(), "subject", c.subject(), "ects", c.ects(), "creditHours", c.creditHours(), "eqfLevel", c.eqfLevel(),
                "assessment", c.assessment(), "participation", c.participation(), "qualityAssurance", c.qualityAssurance(),
                "language", c.language(), "durationWeeks", c.durationWeeks(), "price", c.price(), "currency", c.currency(),
                "access", c.access(), "validityYears", c.validityYears(), "url", c.url(),
                "sourceCredits", c.sourceCredits(), "sourceCreditUnit", c.sourceCreditUnit(),
                "areas", c.areas().isEmpty() ? null : c.areas());
        if (c.catalogYear() != null) { // which program's rules, effective when: read by the learner's audits (advising.CatalogYears)
            props.putAll(Rows.props("catalogYearOf", c.catalogYear().programOr(c.id()), "effective", c.catalogYear().effective()));
        }
        return Map.of("id", c.id(), "label", c.kind().label(), "provider", c.provider(), "props", props);
    }

    /**
     * A digest of everything written for the credential (properties, kind, provider, outcomes, rules, recognitions,
     * suggested order, the codes it is the same course as), stored with it: equal digests mean the stored entry is
     * what this one would write. Nothing but
     * this writer writes a credential's owned record, so the digest cannot go stale behind its back; the version
     * changes whenever what is written changes shape.
     */
    static String digest(CredentialSpec c) {
        var rules = new RuleRows();
        rules.add(c.id(), RuleRows.PREREQUISITES, c.prerequisites());
        rules.add(c.id(), RuleRows.REQUIREMENTS, c.requirements());
        var content = new java.util.ArrayList<Object>(List.of(DIGEST_VERSION, credential(c), outcomes(c), rules.nodes, rules.roots,
                rules.edges, recognitions(c), c.precedes()));
        if (!c.sameAs().isEmpty()) { // only then: the digests of credentials stored before sameAs existed stay the same
            content.add(List.of("sameAs", c.sameAs()));
        }
        try {
            var bytes = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(StoredCatalog.norm(content)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Each outcome with its alignments, one row per skill (source, and confidence and evidence where known). */
    static List<Map<String, Object>> outcomes(CredentialSpec c) {
        return c.outcomes().stream().map(o -> Rows.props("id", o.id(), "statement", o.statement(), "alignments", alignments(o))).toList();
    }

    static List<Map<String, Object>> alignments(org.credpath.catalog.model.OutcomeSpec o) {
        return o.alignments().stream().map(a -> Rows.props("skill", a.skill(), "source", a.source(), "confidence", a.confidence(),
                "evidence", a.evidence())).toList();
    }

    static List<Map<String, Object>> recognitions(CredentialSpec c) {
        return c.recognisedAs().stream().map(r -> Rows.props("credential", r.credential(), "credits", r.credits())).toList();
    }

    static Map<String, Object> learner(LearnerSpec l) {
        return Map.of("id", l.id(), "props", Rows.props("id", l.id(), "name", l.name()),
                "earned", l.earned().stream().map(h -> Map.of("credential", h.credential(),
                        "props", Rows.props("date", h.date(), "grade", h.grade(), "verified", h.verified()))).toList(),
                "skills", l.skills().stream().map(s -> Map.of("skill", s.skill(), "source", s.source())).toList(),
                "goals", l.goals().stream().map(g -> Rows.props("occupation", g.occupation(), "credential", g.credential())).toList());
    }
}
