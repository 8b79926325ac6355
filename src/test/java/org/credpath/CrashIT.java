package org.credpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.credpath.imports.ImportCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kill -9 in the middle of large writes (issue 24): a separate JVM runs an ESCO import (the command-line import) or a
 * catalog load (the start-up seed, from a generated file) on an embedded store of its own and is killed at several
 * points, found by its log; the store is then opened again (Neo4j recovers it) and counted with Cypher. Each write is
 * one transaction, so the store must hold all of it or none of it, and the catalog version must say which. The last
 * point of each write is just after its commit returned (the line that logs its report): there the store must hold all of
 * it, exactly the counts that report states, recovered from the transaction log since the child never closed the store.
 * On a quiet machine each child starts in seconds and the class takes a minute or two; on a loaded one, much longer.
 */
class CrashIT {

    private static final Logger log = LoggerFactory.getLogger(CrashIT.class);
    private static final int SKILLS = 20_000;
    private static final int CREDENTIALS = 1_500;
    private static final Duration CHILD_LIMIT = Duration.ofSeconds(300);

    @TempDir
    Path folder;

    @Test
    @DisplayName("an ESCO import killed while it writes leaves all of it or none of it; killed just after its commit, all of it")
    void escoImportIsAllOrNothing() throws Exception {
        var source = escoSource(folder.resolve("esco"));
        var points = List.<Predicate<String>>of(
                line -> line.contains("merge skills: 0%"),
                line -> line.contains("relations: 0%"),
                line -> line.contains("commit: 0%"),
                line -> line.contains("Imported esco from")); // logged once the commit has returned: the write is acknowledged
        var outcomes = new ArrayList<String>();
        for (int i = 0; i < points.size(); i++) {
            var store = folder.resolve("esco-store-" + i);
            var kill = runAndKill(points.get(i), ImportCommand.class.getName(), "esco", source.toString(),
                    "--credpath.embedded.directory=" + store, "--credpath.embedded.bolt-port=0");
            var counts = count(store, "MATCH (s:Skill) WHERE s.uri STARTS WITH 'urn:test:crash:' RETURN count(s) AS n",
                    "MATCH (:Skill)-[b:BROADER]->(:SkillGroup {uri: 'urn:test:crash:group'}) RETURN count(b) AS n",
                    "OPTIONAL MATCH (v:CatalogVersion) RETURN coalesce(max(v.version), 0) AS n");
            outcomes.add("point " + i + ": " + counts);
            if (i < points.size() - 1) {
                assertThat(counts).as("point %d: skills, broader links, catalog version", i)
                        .isIn(List.of(0L, 0L, 0L), List.of((long) SKILLS, (long) SKILLS, 1L));
            } else {
                var reported = reported(kill.line());
                outcomes.add("report: " + kill.line());
                assertThat(reported).as("the report of the whole import").containsEntry("skills", (long) SKILLS)
                        .containsEntry("broaderRelations", (long) SKILLS);
                assertThat(counts).as("killed after the commit (%s): skills, broader links, catalog version", kill.line())
                        .containsExactly(reported.get("skills"), reported.get("broaderRelations"), 1L);
            }
        }
        log.info("ESCO import kill -9 outcomes: {}", outcomes);
    }

    @Test
    @DisplayName("a catalog load killed while it writes leaves all of it or none of it; killed just after its commit, all of it")
    void catalogLoadIsAllOrNothing() throws Exception {
        var catalog = catalogSource(folder.resolve("crash-catalog.yaml"));
        var points = List.<Predicate<String>>of(
                line -> line.contains("Schema migrations:"),
                line -> line.contains("Schema migrations:") && pause(1_500),
                line -> line.contains("Seeded the empty database from")); // logged once the load's commit has returned
        var outcomes = new ArrayList<String>();
        for (int i = 0; i < points.size(); i++) {
            var store = folder.resolve("catalog-store-" + i);
            var kill = runAndKill(points.get(i), CredpathApplication.class.getName(), "--credpath.embedded.directory=" + store,
                    "--credpath.embedded.bolt-port=0", "--server.port=0", "--credpath.seed.location=file:" + catalog);
            var counts = count(store, "MATCH (c:Credential) WHERE c.id STARTS WITH 'crash-' RETURN count(c) AS n",
                    "MATCH (:Credential)-[o:OFFERED_BY]->(:Provider {id: 'crash-provider'}) RETURN count(o) AS n",
                    "OPTIONAL MATCH (v:CatalogVersion) RETURN coalesce(max(v.version), 0) AS n");
            outcomes.add("point " + i + ": " + counts);
            if (i < points.size() - 1) {
                assertThat(counts).as("point %d: credentials, provider links, catalog version", i)
                        .isIn(List.of(0L, 0L, 0L), List.of((long) CREDENTIALS, (long) CREDENTIALS, 1L));
            } else {
                var reported = reported(kill.line());
                outcomes.add("report: " + kill.line());
                assertThat(reported).as("the report of the whole load").containsEntry("credentials", (long) CREDENTIALS)
                        .containsEntry("providers", 1L);
                assertThat(counts).as("killed after the commit (%s): credentials, provider links, catalog version", kill.line())
                        .containsExactly(reported.get("credentials"), reported.get("credentials"), 1L);
            }
        }
        log.info("catalog load kill -9 outcomes: {}", outcomes);
    }

    /** The log line a child was killed at ({@link #runAndKill} has checked that SIGKILL, not the child, ended it). */
    private record Kill(String line) {
    }

    /** What a report line ({@code {skills=Counts[created=20000, updated=0, skipped=0], ...}}) says was created, by entry. */
    private static Map<String, Long> reported(String line) {
        var created = new LinkedHashMap<String, Long>();
        var counts = Pattern.compile("(\\w+)=Counts\\[created=(\\d+), updated=\\d+, skipped=\\d+]").matcher(line);
        while (counts.find()) {
            created.put(counts.group(1), Long.parseLong(counts.group(2)));
        }
        return created;
    }

    /**
     * Starts {@code main} in a JVM of its own and kills it (SIGKILL) at the first log line {@code at} accepts. A child
     * that ends or runs past {@link #CHILD_LIMIT} without that line fails the test with its last lines: a kill point
     * that is never reached tests nothing, and so does one that ends by itself before the kill lands (its store was closed
     * cleanly, so nothing is left to recover).
     */
    private static Kill runAndKill(Predicate<String> at, String main, String... args) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(CHILD_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        var tail = new java.util.ArrayDeque<String>();
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (at.test(line)) {
                    process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the store
                    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed child ended").isTrue();
                    assertThat(process.exitValue()).as("exit status after the kill at: %s", line).isEqualTo(128 + 9);
                    return new Kill(line);
                }
                if (!line.startsWith("\t") && !line.startsWith("    at ")) { // stack frames crowd out the message
                    tail.addLast(line);
                }
                if (tail.size() > 40) {
                    tail.removeFirst();
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        throw new AssertionError("the kill point was never reached (child ended or ran past " + CHILD_LIMIT + "); its last lines:\n"
                + String.join("\n", tail));
    }

    /** Opens the store as a restart does (recovering what the log holds) and runs each count. */
    private static List<Long> count(Path store, String... statements) {
        var service = new DatabaseManagementServiceBuilder(store.toAbsolutePath().normalize())
                .setConfig(BoltConnector.enabled, false).build();
        try {
            var database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var counts = new ArrayList<Long>();
            for (var statement : statements) {
                counts.add(database.executeTransactionally(statement, java.util.Map.of(), r -> (Long) r.next().get("n")));
            }
            return counts;
        } finally {
            service.shutdown();
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    /** An ESCO download (v1.1 layout) of {@value #SKILLS} skills under one skill group, each linked to it. */
    private static Path escoSource(Path folder) throws IOException {
        Files.createDirectories(folder);
        var skills = new StringBuilder("conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,"
                + "modifiedDate,scopeNote,definition,inScheme,description\n");
        var broader = new StringBuilder("conceptType,conceptUri,broaderType,broaderUri\n");
        for (int i = 0; i < SKILLS; i++) {
            skills.append("KnowledgeSkillCompetence,urn:test:crash:skill/").append(i)
                    .append(",skill/competence,sector-specific,crash test skill ").append(i).append(",,,released,,,,,Generated.\n");
            broader.append("KnowledgeSkillCompetence,urn:test:crash:skill/").append(i).append(",SkillGroup,urn:test:crash:group\n");
        }
        var collection = "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,broaderConceptPT\n";
        Files.writeString(folder.resolve("skills_en.csv"), skills);
        Files.writeString(folder.resolve("broaderRelationsSkillPillar.csv"), broader);
        Files.writeString(folder.resolve("skillGroups_en.csv"), "conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,"
                + "modifiedDate,scopeNote,inScheme,description,code\nSkillGroup,urn:test:crash:group,crash tests,,,released,,,,,S9\n");
        Files.writeString(folder.resolve("skillsHierarchy_en.csv"), "Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,"
                + "Level 2 URI,Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Scope note,Level 0 code,Level 1 code,"
                + "Level 2 code,Level 3 code\nurn:test:crash:group,crash tests,,,,,,,,,S9\n");
        Files.writeString(folder.resolve("occupations_en.csv"), "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,"
                + "status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n");
        Files.writeString(folder.resolve("occupationSkillRelations.csv"), "occupationUri,relationType,skillType,skillUri\n");
        Files.writeString(folder.resolve("skillSkillRelations.csv"), "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri\n");
        for (var name : List.of("digitalSkillsCollection_en.csv", "greenSkillsCollection_en.csv", "transversalSkillsCollection_en.csv",
                "languageSkillsCollection_en.csv")) {
            Files.writeString(folder.resolve(name), collection);
        }
        return folder;
    }

    /** A catalog of {@value #CREDENTIALS} badges of one provider. */
    private static Path catalogSource(Path file) throws IOException {
        var yaml = new StringBuilder("""
                format: credpath-catalog/1
                providers:
                  - {id: crash-provider, name: Crash Test Academy, country: FI, type: university}
                credentials:
                """);
        for (int i = 0; i < CREDENTIALS; i++) {
            yaml.append("  - {id: crash-").append(i).append(", kind: badge, title: Crash badge ").append(i)
                    .append(", provider: crash-provider}\n");
        }
        Files.writeString(file, yaml);
        return file;
    }
}
