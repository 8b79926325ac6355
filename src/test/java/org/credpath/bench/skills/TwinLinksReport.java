package org.credpath.bench.skills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.credpath.labels.SkillTwins;
import org.credpath.labels.SkillTwins.Skill;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * What counting a knowledge link as teaching its skill twin ({@link SkillTwins}) would gain on the real catalogs, read
 * over Bolt from a running credpath (full ESCO, UT Dallas, Coursera, seed off; docs/skill-matching.md, "Knowledge
 * implies the skill (twins)"): the twin pairs (with a seeded random 20 to read), the inferred links (a credential
 * that teaches K at or above the threshold and has no link to S at or above it), per occupation the essential skills
 * gained, and a seeded random sample of inferred links written as CSV for judging by reading.
 *
 * <p>Arguments: the Bolt URI, the CSV to write the sample to (- for none), the threshold (default 0.5), the sample
 * size (60), the random seed (25), the factor (1: a knowledge link at the threshold counts for its twin; 0.8, the
 * setting's default, counts it from 0.5 / 0.8 = 0.625) and, optionally, earlier samples (CSV files with the columns
 * credential and skill_uri, comma-separated paths) whose links the sample must not draw again, so that it is held out.
 */
public final class TwinLinksReport {

    static final Map<String, String> OCCUPATIONS = new LinkedHashMap<>();

    static {
        OCCUPATIONS.put("http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2", "data analyst");
        OCCUPATIONS.put("http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1", "software developer");
        OCCUPATIONS.put("http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7", "ICT security administrator");
    }

    /** A link to a knowledge concept, and the twin skill it would count for. */
    record Inferred(String credential, String title, String skill, String knowledge, double confidence, String source, String evidence) {
    }

    private TwinLinksReport() {
    }

    public static void main(String[] args) throws IOException {
        var uri = args[0];
        var sampleFile = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : null;
        double threshold = args.length > 2 ? Double.parseDouble(args[2]) : 0.5;
        int size = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 25;
        double factor = args.length > 5 ? Double.parseDouble(args[5]) : 1;
        var drawnBefore = args.length > 6 ? drawn(args[6]) : Set.<String>of();
        try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
            var labels = new HashMap<String, String>();
            var twins = twins(driver, labels);
            System.out.printf("twin pairs: %d (%d knowledge concepts, %d skills)%n", twins.pairs(), twins.knowledge().size(),
                    twins.all().stream().map(p -> p[1]).distinct().count());
            var pairs = new ArrayList<>(twins.all());
            pairs.sort((a, b) -> (a[0] + a[1]).compareTo(b[0] + b[1]));
            Collections.shuffle(pairs, new Random(seed));
            pairs.subList(0, Math.min(20, pairs.size())).forEach(p -> System.out.printf("  pair: %s  <-  %s%n", labels.get(p[1]), labels.get(p[0])));

            var taught = new HashMap<String, Set<String>>(); // credential -> skills it teaches at the threshold
            var inferred = new TreeMap<String, Inferred>(); // credential + skill -> the most confident knowledge link
            var titles = new HashMap<String, String>();
            var knowledgeLinks = new ArrayList<Inferred>();
            driver.executableQuery("""
                    MATCH (c:Credential)-[:HAS_OUTCOME]->()-[a:ALIGNS_TO]->(s:Skill)
                    WHERE a.confidence IS NULL OR a.confidence >= $t
                    RETURN c.id AS credential, c.title AS title, s.uri AS skill, coalesce(a.confidence, 1.0) AS confidence,
                           coalesce(a.source, 'stated') AS source, coalesce(a.evidence, '') AS evidence
                    """).withParameters(Map.of("t", threshold)).execute().records().forEach(r -> {
                var credential = r.get("credential").asString();
                var skill = r.get("skill").asString();
                titles.put(credential, r.get("title").asString(""));
                taught.computeIfAbsent(credential, k -> new HashSet<>()).add(skill);
                twins.skillsOf(skill).forEach(s -> knowledgeLinks.add(new Inferred(credential, r.get("title").asString(""), s, skill,
                        r.get("confidence").asDouble(), r.get("source").asString(), r.get("evidence").asString())));
            });
            for (var link : knowledgeLinks) {
                if (!taught.get(link.credential()).contains(link.skill()) && link.confidence() * factor >= threshold) {
                    inferred.merge(link.credential() + " " + link.skill(), link, (a, b) -> b.confidence() > a.confidence() ? b : a);
                }
            }
            var bySource = new TreeMap<String, Integer>();
            inferred.values().forEach(i -> bySource.merge(i.source(), 1, Integer::sum));
            System.out.printf("knowledge links at >= %.2f with a twin: %d; inferred links (twin not already linked at >= %.2f): %d "
                            + "on %d credentials, by the knowledge link's source %s%n", threshold, knowledgeLinks.size(), threshold, inferred.size(),
                    inferred.values().stream().map(Inferred::credential).distinct().count(), bySource);
            var perSkill = new TreeMap<String, Integer>();
            inferred.values().forEach(i -> perSkill.merge(labels.get(i.skill()) + " <- " + labels.get(i.knowledge()), 1, Integer::sum));
            perSkill.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                    .forEach(e -> System.out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
            occupations(driver, labels, taught, inferred.values());
            if (sampleFile != null) {
                var all = new ArrayList<>(inferred.values().stream().filter(i -> !drawnBefore.contains(i.credential() + " " + i.skill())).toList());
                Collections.shuffle(all, new Random(seed));
                write(sampleFile, all.subList(0, Math.min(size, all.size())), labels);
                System.out.printf("sampled %d of %d inferred links (seed %d; %d drawn before left out) into %s%n", Math.min(size, all.size()),
                        all.size(), seed, inferred.size() - all.size(), sampleFile);
            }
        }
    }

    static SkillTwins twins(Driver driver, Map<String, String> labels) {
        var groups = new HashMap<String, Set<String>>();
        driver.executableQuery("""
                MATCH (s:Skill {skillType: 'skill/competence'})-[:BROADER*1..8]->(g:SkillGroup) WHERE g.code IS NOT NULL
                RETURN s.uri AS skill, collect(DISTINCT g.code) AS groups""").execute().records()
                .forEach(r -> groups.put(r.get("skill").asString(), Set.copyOf(r.get("groups").asList(v -> v.asString()))));
        var concepts = new ArrayList<Skill>();
        driver.executableQuery("MATCH (s:Skill) RETURN s.uri AS uri, s.label AS label, coalesce(s.altLabels, []) AS altLabels, s.skillType AS skillType")
                .execute().records().forEach(r -> {
                    concepts.add(new Skill(r.get("uri").asString(), r.get("label").asString(""), r.get("altLabels").asList(v -> v.asString()),
                            r.get("skillType").asString(null), groups.getOrDefault(r.get("uri").asString(), Set.of())));
                    labels.put(r.get("uri").asString(), r.get("label").asString(""));
                });
        var related = new HashSet<String>();
        driver.executableQuery("MATCH (a:Skill)-[:RELATED]->(b:Skill) RETURN a.uri AS a, b.uri AS b").execute().records()
                .forEach(r -> related.add(SkillTwins.relation(r.get("a").asString(), r.get("b").asString())));
        var occupations = new HashMap<String, Set<String>>();
        driver.executableQuery("MATCH (o:Occupation)-[:REQUIRES]->(s:Skill) RETURN s.uri AS skill, o.uri AS occupation").execute().records()
                .forEach(r -> occupations.computeIfAbsent(r.get("skill").asString(), k -> new HashSet<>()).add(r.get("occupation").asString()));
        return new SkillTwins(concepts, related, occupations);
    }

    private static void occupations(Driver driver, Map<String, String> labels, Map<String, Set<String>> taught, java.util.Collection<Inferred> inferred) {
        var taughtSkills = new HashSet<String>();
        taught.values().forEach(taughtSkills::addAll);
        var gained = new HashMap<String, List<Inferred>>();
        inferred.forEach(i -> gained.computeIfAbsent(i.skill(), k -> new ArrayList<>()).add(i));
        for (var occupation : OCCUPATIONS.entrySet()) {
            var essential = driver.executableQuery("MATCH (:Occupation {uri: $o})-[r:REQUIRES]->(s:Skill) WHERE r.essential RETURN s.uri AS uri")
                    .withParameters(Map.of("o", occupation.getKey())).execute().records().stream().map(r -> r.get("uri").asString()).toList();
            var before = essential.stream().filter(taughtSkills::contains).count();
            var added = essential.stream().filter(s -> !taughtSkills.contains(s) && gained.containsKey(s)).toList();
            System.out.printf("%s: %d of %d essential skills linked directly at the threshold; with twins %d (+%d)%n", occupation.getValue(),
                    before, essential.size(), before + added.size(), added.size());
            for (var s : added) {
                var links = gained.get(s);
                var best = links.stream().max((a, b) -> Double.compare(a.confidence(), b.confidence())).orElseThrow();
                System.out.printf("  + %s <- %s (%d credentials; e.g. %s %s, %.2f)%n", labels.get(s), labels.get(best.knowledge()), links.size(),
                        best.credential(), best.title(), best.confidence());
            }
            essential.stream().filter(s -> taughtSkills.contains(s) && gained.containsKey(s))
                    .forEach(s -> System.out.printf("  (already linked, inferred too: %s, %d credentials)%n", labels.get(s), gained.get(s).size()));
        }
    }

    /** The links (credential and skill URI) of earlier samples, comma-separated CSV files with those columns. */
    private static Set<String> drawn(String files) throws IOException {
        var keys = new HashSet<String>();
        for (var file : files.split(",")) {
            try (var in = Files.newBufferedReader(Path.of(file))) {
                for (var row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    keys.add(row.get("credential") + " " + row.get("skill_uri"));
                }
            }
        }
        return keys;
    }

    private static void write(Path file, List<Inferred> sample, Map<String, String> labels) throws IOException {
        var lines = new ArrayList<String>();
        lines.add("credential,title,skill,skill_uri,confidence,evidence,knowledge,knowledge_uri,knowledge_source,judgement,note");
        for (var i : sample) {
            lines.add(String.join(",", csv(i.credential()), csv(i.title()), csv(labels.get(i.skill())), csv(i.skill()),
                    String.valueOf(Math.round(i.confidence() * 1000) / 1000.0), csv(i.evidence()), csv(labels.get(i.knowledge())),
                    csv(i.knowledge()), csv(i.source()), "", ""));
        }
        Files.write(file, lines);
    }

    private static String csv(String value) {
        return "\"" + (value == null ? "" : value).replace("\"", "\"\"").replace("\n", " ") + "\"";
    }
}
