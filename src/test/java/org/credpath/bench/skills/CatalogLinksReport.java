package org.credpath.bench.skills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

/**
 * The real-catalog side of the skill-matching measurements (docs/skill-matching.md), read over Bolt from a running
 * credpath whose store holds the full ESCO, UT Dallas and Coursera (seed off): per provider family the share of
 * credentials with at least one skill at or above the threshold, the links by source, and a seeded random sample of
 * extracted links at or above the threshold written as CSV for judging by reading. Run by bench/skill-catalogs.sh.
 *
 * <p>Arguments: the Bolt URI, the CSV to write the sample to (none: no sample), the threshold (default 0.5), the
 * sample size (100) and the random seed (20).
 */
public final class CatalogLinksReport {

    private CatalogLinksReport() {
    }

    public static void main(String[] args) throws IOException {
        var uri = args[0];
        var sampleFile = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : null;
        double threshold = args.length > 2 ? Double.parseDouble(args[2]) : 0.5;
        int size = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20;
        try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
            for (var family : List.of("utd-", "coursera:")) {
                var row = driver.executableQuery("""
                        MATCH (c:Credential) WHERE c.id STARTS WITH $prefix
                        WITH c, [(c)-[:HAS_OUTCOME]->()-[a:ALIGNS_TO]->(s:Skill) | a] AS links
                        RETURN count(c) AS credentials,
                               count(CASE WHEN size(links) > 0 THEN 1 END) AS anyLink,
                               count(CASE WHEN any(a IN links WHERE a.confidence IS NULL OR a.confidence >= $t) THEN 1 END) AS taught,
                               sum(size([a IN links WHERE a.source = 'stated'])) AS stated,
                               sum(size([a IN links WHERE a.source = 'stated' AND (a.confidence IS NULL OR a.confidence >= $t)])) AS statedAbove,
                               sum(size([a IN links WHERE a.source = 'extracted'])) AS extracted,
                               sum(size([a IN links WHERE a.source = 'extracted' AND a.confidence >= $t])) AS extractedAbove
                        """).withParameters(Map.of("prefix", family, "t", threshold)).execute().records().get(0);
                System.out.printf("%s credentials: %d; with a link: %d; with a skill at >= %.2f: %d (%.1f %%); links stated %d (%d at >= %.2f), "
                                + "extracted %d (%d at >= %.2f)%n", family, row.get("credentials").asLong(), row.get("anyLink").asLong(), threshold,
                        row.get("taught").asLong(), 100.0 * row.get("taught").asLong() / Math.max(1, row.get("credentials").asLong()),
                        row.get("stated").asLong(), row.get("statedAbove").asLong(), threshold, row.get("extracted").asLong(),
                        row.get("extractedAbove").asLong(), threshold);
            }
            if (sampleFile != null) {
                var links = new ArrayList<>(driver.executableQuery("""
                        MATCH (c:Credential)-[:HAS_OUTCOME]->()-[a:ALIGNS_TO]->(s:Skill)
                        WHERE a.source = 'extracted' AND a.confidence >= $t
                        RETURN c.id AS credential, c.title AS title, s.label AS skill, s.uri AS uri, a.confidence AS confidence,
                               a.evidence AS evidence
                        ORDER BY credential, uri
                        """).withParameters(Map.of("t", threshold)).execute().records());
                System.out.printf("extracted links at >= %.2f: %d; sampling %d (seed %d) into %s%n", threshold, links.size(), size, seed, sampleFile);
                Collections.shuffle(links, new Random(seed));
                write(sampleFile, links.subList(0, Math.min(size, links.size())));
            }
        }
    }

    private static void write(Path file, List<Record> sample) throws IOException {
        var lines = new ArrayList<String>();
        lines.add("credential,title,skill,skill_uri,confidence,evidence,judgement,note");
        for (var r : sample) {
            lines.add(String.join(",", csv(r.get("credential").asString()), csv(r.get("title").asString()), csv(r.get("skill").asString()),
                    csv(r.get("uri").asString()), String.valueOf(r.get("confidence").asDouble()), csv(r.get("evidence").asString("")), "", ""));
        }
        Files.write(file, lines);
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"").replace("\n", " ") + "\"";
    }
}
