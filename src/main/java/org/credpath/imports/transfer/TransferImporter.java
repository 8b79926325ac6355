package org.credpath.imports.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.credpath.catalog.CatalogVersion;
import org.credpath.catalog.ImportReport;
import org.credpath.database.CypherQueries;
import org.credpath.imports.CsvFile;
import org.credpath.imports.ImportProblems;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importer;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports transfer equivalency tables (CSV: {@code from_provider, from_code, from_title, credits, to_provider} and one of
 * {@code to_credential} or {@code to_subject}, optionally {@code eqf_level}; one file, or every {@code .csv} of a folder): each external course
 * counts as the internal credential for the credits given (a recognition the audit and the plan use, with the row it
 * came from as its {@code source}), or as credits in a subject. All or nothing: a problem anywhere rejects the import,
 * naming file, line and field. See {@code docs/import-transfer.md}.
 */
@Component
class TransferImporter implements Importer {

    static final String FORMAT = "transfer";

    private final Neo4jClient client;

    TransferImporter(Neo4jClient client) {
        this.client = client;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "transfer equivalency tables (CSV: from_provider, from_code, from_title, credits, to_provider, and to_credential or "
                + "to_subject): external courses count as internal ones, or as credits in a subject, in audits and plans";
    }

    @Override
    @Transactional
    public ImportReport importFrom(Path source, ImportProgress progress) {
        long start = System.nanoTime();
        var problems = new ImportProblems();
        var rows = new ArrayList<CsvFile.Row>();
        var files = csvFiles(source);
        if (files.isEmpty()) {
            problems.add(source.getFileName().toString(), "holds no .csv file");
        }
        files.forEach(file -> CsvFile.read(file, TransferTable.REQUIRED, problems, progress, rows::add));
        problems.throwIfAny(source.toString());
        var transfers = new TransferTable(known(rows), problems).check(rows);
        problems.throwIfAny(source.toString());
        progress.step("writing", 0, 1);
        var courses = write(transfers);
        progress.step("writing", 1, 1);
        var entries = new LinkedHashMap<String, ImportReport.Counts>();
        entries.put("courses", new ImportReport.Counts(courses, 0, transfers.stream().map(TransferRow::course).distinct().count() - courses));
        entries.put("equivalencies", new ImportReport.Counts(transfers.size(), 0, 0));
        return new ImportReport(FORMAT, source.toString(), entries,
                List.of("read %d row(s) from %d file(s)".formatted(rows.size(), files.size())), Duration.ofNanos(System.nanoTime() - start));
    }

    private TransferTable.Known known(List<CsvFile.Row> rows) {
        var providers = new HashSet<String>();
        var credentials = new HashSet<String>();
        for (var row : rows) {
            providers.add(row.get("from_provider"));
            providers.add(row.get("to_provider"));
            credentials.add(row.get(TransferTable.TO_CREDENTIAL));
        }
        var found = client.query(CypherQueries.get("imports/transfer/known"))
                .bindAll(Map.of("providers", List.copyOf(providers), "credentials", List.copyOf(credentials))).fetch().one().orElseThrow();
        var credentialProviders = new HashMap<String, String>();
        list(found.get("credentials")).forEach(c -> credentialProviders.put((String) c.get("id"), (String) c.get("provider")));
        var courses = new HashMap<String, String>();
        var tableCourses = new HashSet<String>();
        list(found.get("courses")).forEach(c -> {
            courses.putIfAbsent(TransferTable.Known.key((String) c.get("provider"), (String) c.get("code")), (String) c.get("id"));
            if (Boolean.TRUE.equals(c.get("table"))) {
                tableCourses.add((String) c.get("id"));
            }
        });
        @SuppressWarnings("unchecked")
        var known = new HashSet<>((List<String>) found.get("providers"));
        return new TransferTable.Known(known, credentialProviders, courses, tableCourses);
    }

    /** Writes the courses and recognitions and advances the catalog version; answers how many courses it created. */
    private long write(List<TransferRow> transfers) {
        var courses = new LinkedHashMap<String, Map<String, Object>>();
        var recognitions = new ArrayList<Map<String, Object>>();
        for (var t : transfers) {
            if (t.newCourse()) {
                var props = courses.computeIfAbsent(t.course(), id -> course(t));
                if (t.toSubject() != null) {
                    props.put("subject", t.toSubject());
                    props.put("transferSource", source(t) + ", credits in " + t.toSubject());
                }
            }
            if (t.toCredential() != null) {
                recognitions.add(Map.of("from", t.course(), "to", t.toCredential(), "credits", t.credits(), "source", source(t)));
            }
        }
        var rows = courses.values().stream().map(props -> Map.of("id", props.get("id"), "provider", props.remove("provider"), "props", props))
                .toList();
        var created = client.query(CypherQueries.get("imports/transfer/write")).bindAll(Map.of("courses", rows, "recognitions", recognitions))
                .fetchAs(Long.class).mappedBy((types, record) -> record.get("created").asLong()).one().orElse(0L);
        var written = transfers.stream().map(TransferRow::course).distinct().toList();
        client.query(CypherQueries.get(CatalogVersion.STATEMENT)).bindAll(CatalogVersion.parameters(written, false)).run();
        return created;
    }

    private static String source(TransferRow t) {
        return "transfer table " + t.source() + " (" + t.fromProvider() + " -> " + t.toProvider() + ")";
    }

    /** The external course as the import creates it: kind course, the table's title, code and credits (its provider until written). */
    private static Map<String, Object> course(TransferRow t) {
        var props = new HashMap<String, Object>();
        props.put("id", t.course());
        props.put("provider", t.fromProvider());
        props.put("kind", "course");
        props.put("title", t.fromTitle());
        props.put("code", t.fromCode());
        props.put("ects", t.credits());
        if (t.eqfLevel() != null) {
            props.put("eqfLevel", t.eqfLevel());
        }
        props.put("description", "External course brought in by " + source(t));
        props.put("transferCourse", true);
        return props;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<Path> csvFiles(Path source) {
        if (!Files.isDirectory(source)) {
            return List.of(source);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
