package org.credpath.imports.credentials;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.CatalogService;
import org.credpath.catalog.ImportReport;
import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.LearnerSpec;
import org.credpath.database.CypherQueries;
import org.credpath.imports.Archives;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importer;
import org.credpath.imports.JsonFiles;
import org.credpath.imports.JsonFiles.JsonFile;
import org.credpath.imports.skills.SkillLabels;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Imports issued credentials and achievement specifications: Open Badges 3.0 ({@link Ob3Reader}, also inside a
 * CLR 2.0 {@code ClrCredential}) and European Digital Credentials (ELM, {@link ElmReader}), one JSON file (one document or a list of them), a folder of them or a zip. Every file
 * must be one of the two or the whole source is refused; the credentials, their awarding bodies and the
 * holders' records are loaded through {@link CatalogService} in one transaction.
 */
@Component
class CredentialsImporter implements Importer {

    static final String FORMAT = "credentials";

    private final CatalogService catalog;
    private final Neo4jClient client;

    CredentialsImporter(CatalogService catalog, Neo4jClient client) {
        this.catalog = catalog;
        this.client = client;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "Open Badges 3.0 (OpenBadgeCredential, AchievementCredential, Achievement; CLR 2.0 ClrCredential of them) and ELM European Digital Credentials: "
                + "a JSON file, a folder of them or a zip; issued credentials become the holder's holdings";
    }

    @Override
    public ImportReport importFrom(Path source, ImportProgress progress) {
        return Archives.asFolder(source, "credpath-credentials-", (folder, label) -> importFiles(folder, label, progress));
    }

    private ImportReport importFiles(Path source, String label, ImportProgress progress) {
        long start = System.nanoTime();
        var warnings = new ArrayList<String>();
        var issued = readAll(source, label, progress, warnings);
        return load(issued, label, warnings, start);
    }

    /** Every credential the files describe; a file that is not one is a problem, and any problem refuses the whole source. */
    static List<IssuedCredential> readAll(Path source, String label, ImportProgress progress, List<String> warnings) {
        var files = JsonFiles.read(source, label, "an Open Badges 3.0 or ELM credential (JSON) or a folder of them", progress);
        var problems = new ArrayList<CatalogProblem>();
        var issued = new ArrayList<IssuedCredential>();
        for (var file : files.files()) {
            if (file.root().isArray()) {
                for (int i = 0; i < file.root().size(); i++) {
                    read(new JsonFile(file.name() + " [" + i + "]", file.root().get(i)), issued, problems, warnings);
                }
            } else {
                read(file, issued, problems, warnings);
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogRejectedException(label, problems);
        }
        return issued;
    }

    /** Maps and loads what was read, in one transaction; the report names the source as {@code label}. */
    ImportReport load(List<IssuedCredential> issued, String label, List<String> warnings, long start) {
        var mapping = new CredentialsMapper(SkillLabels.resolver(client), this::storedLearners, this::storedCredentials).map(issued);
        ImportReport loaded;
        try {
            loaded = catalog.load(FORMAT, label, mapping.catalog(), CredentialsImporter::entry);
        } catch (CatalogRejectedException e) {
            throw mapping.origins().located(e);
        }
        var entries = loaded.entriesExcept(Set.of("skills", "occupations"));
        var all = new ArrayList<String>(mapping.warnings());
        all.addAll(warnings);
        return new ImportReport(FORMAT, label, entries, all, Duration.ofNanos(System.nanoTime() - start));
    }

    /** One document: an Open Badge, a CLR of them, or a European Digital Credential. */
    private static void read(JsonFile file, List<IssuedCredential> issued, List<CatalogProblem> problems, List<String> warnings) {
        if (JsonText.hasType(file.root(), "ClrCredential")) {
            var wrapped = JsonText.list(file.root().get("credentialSubject"), "verifiableCredential");
            for (int i = 0; i < wrapped.size(); i++) {
                read(new JsonFile(file.name() + " credentialSubject.verifiableCredential[" + i + "]", wrapped.get(i)), issued, problems, warnings);
            }
        } else if (Ob3Reader.reads(file.root())) {
            var read = Ob3Reader.read(file, problems, warnings);
            if (read != null) {
                issued.add(read);
            }
        } else if (ElmReader.reads(file.root())) {
            issued.addAll(ElmReader.read(file, problems, warnings));
        } else {
            problems.add(new CatalogProblem(file.name() + ": type", "is " + file.root().path("type")
                    + ": neither an Open Badges 3.0 credential or achievement, a CLR of them, nor a European Digital Credential"));
        }
    }

    private static String entry(CredentialSpec credential) {
        return credential.kind().value() + "s";
    }

    Set<String> storedCredentials(Set<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(client.query(CypherQueries.get("catalog/existing-credentials")).bind(List.copyOf(ids)).to("ids")
                .fetchAs(String.class).mappedBy((types, record) -> record.get("id").asString()).all());
    }

    /** The stored records of the learners named, to add holdings to rather than replace them. */
    Map<String, LearnerSpec> storedLearners(Set<String> ids) {
        var learners = new HashMap<String, LearnerSpec>();
        if (ids.isEmpty()) {
            return learners;
        }
        client.query(CypherQueries.get("catalog/stored-learners")).bind(List.copyOf(ids)).to("ids")
                .fetch().all().forEach(row -> {
                    var id = (String) row.get("id");
                    var props = (Map<?, ?>) row.get("props");
                    var earned = new ArrayList<LearnerSpec.Holding>();
                    for (var e : (List<?>) row.get("earned")) {
                        var holding = (Map<?, ?>) e;
                        var hp = (Map<?, ?>) holding.get("props");
                        earned.add(new LearnerSpec.Holding((String) holding.get("credential"), date(hp.get("date")),
                                (String) hp.get("grade"), Boolean.TRUE.equals(hp.get("verified"))));
                    }
                    var skills = new ArrayList<LearnerSpec.PriorSkill>();
                    for (var s : (List<?>) row.get("skills")) {
                        var skill = (Map<?, ?>) s;
                        skills.add(new LearnerSpec.PriorSkill((String) skill.get("skill"), (String) skill.get("source")));
                    }
                    var goals = new ArrayList<LearnerSpec.Goal>();
                    for (var g : (List<?>) row.get("goals")) {
                        var goal = (Map<?, ?>) g;
                        goals.add(new LearnerSpec.Goal((String) goal.get("occupation"), (String) goal.get("credential")));
                    }
                    learners.put(id, new LearnerSpec(id, (String) props.get("name"), earned, skills, goals));
                });
        return learners;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Value v && !v.isNull()) {
            return v.asLocalDate();
        }
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
