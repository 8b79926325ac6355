package org.credpath.bench.skills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.credpath.imports.utdallas.CourseTextAccess;
import org.credpath.skills.SkillLinks;
import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.SkillMatchers;


/**
 * The sense check measured on the judged UT Dallas links (issue 20): for each consensus-labelled link, keyed by
 * credential and skill URI, the cosine of the skill's ESCO description vector (label and the description's first one,
 * first two, or all sentences: {@code desc1}, {@code desc2}, {@code descAll}) to the evidence sentence, to the course
 * title and to the course's whole text (title and description), beside the cosine of its preferred label to the same
 * (what the matcher reads today), the judged confidence and the confidence today's code gives the link when it reads
 * the course as the UT Dallas import does (0: no longer linked). bench/skills/sense_summary.py reads the output.
 * Arguments: the shared data directory, the output CSV, then the judged CSVs (column {@code consensus}, or
 * {@code judgement} in a one-reader file; Coursera rows are skipped). Description vectors are kept in
 * data/skill-vectors/esco-labels.descriptions.vec, so a second run encodes only new texts.
 */
public final class SenseCheck {

    private static final int[] VARIANTS = {1, 2, 0};
    private static final String[] VARIANT_NAMES = {"desc1", "desc2", "descAll"};
    private static final String[] TARGETS = {"Evidence", "Title", "Course"};

    private SenseCheck() {
    }

    public static void main(String[] args) throws IOException {
        var data = Path.of(args[0]);
        long start = System.nanoTime();
        var encoder = new MiniLmEncoder();
        var indexes = SkillMatchers.indexes(EscoSkillsCsv.read(data.resolve("esco-v1.1.1")), encoder,
                Path.of("data/skill-vectors/esco-labels.vec"), x -> { });
        var matcher = SkillMatchers.matcher(indexes, encoder, SkillMatchers.weights());
        var links = new SkillLinks(matcher);
        var courses = JudgedLinksRecheck.courses(data);
        System.out.printf("matcher ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
        var header = new ArrayList<>(List.of("file", "sample", "credential", "skill_uri", "skill", "title", "evidence", "judgement",
                "judgedConfidence", "confidence", "evidenceIsTitle", "labelEvidence", "labelTitle", "labelCourse"));
        for (var v : VARIANT_NAMES) {
            for (var t : TARGETS) {
                header.add(v + t);
            }
        }
        int keptBefore = indexes.descriptions().size();
        long descriptionNanos = 0;
        int rows = 0;
        try (var out = new CSVPrinter(Files.newBufferedWriter(Path.of(args[1])), CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (int f = 2; f < args.length; f++) {
                for (var row : judged(Path.of(args[f]))) {
                    var course = courses.get(row.get("credential"));
                    if (course == null) {
                        continue; // a Coursera link: no course description to read
                    }
                    var title = course.path("title").asString();
                    var description = course.path("description").asString();
                    var uri = row.get("skill_uri");
                    var found = links.extract(new SkillLinks.CredentialText(title, CourseTextAccess.body(description)));
                    double today = found.stream().filter(l -> l.skill().equals(uri)).mapToDouble(l -> l.confidence()).findFirst().orElse(0);
                    var evidence = row.get("evidence");
                    float[][] targets = {matcher.encode(evidence), matcher.encode(title), matcher.encode(CourseTextAccess.of(title, description))};
                    var record = new ArrayList<Object>(List.of(Path.of(args[f]).getFileName().toString(), sample(row),
                            row.get("credential"), uri, row.get("skill"), title, evidence, judgement(row), row.get("confidence"),
                            today, isTitle(evidence, title)));
                    for (var target : targets) {
                        record.add(format(matcher.similarity(target, uri)));
                    }
                    long before = System.nanoTime();
                    int skill = indexes.vocabulary().indexOf(uri);
                    for (int variant : VARIANTS) {
                        for (var target : targets) {
                            record.add(format(skill < 0 ? Double.NaN : indexes.descriptions().similarity(target, skill, variant)));
                        }
                    }
                    descriptionNanos += System.nanoTime() - before;
                    out.printRecord(record);
                    rows++;
                }
            }
        }
        indexes.descriptions().flush();
        int encoded = indexes.descriptions().size() - keptBefore;
        System.out.printf("%d judged UT Dallas links written to %s; description cosines took %.1f s in all, %d description texts "
                + "encoded now%s%n", rows, args[1], descriptionNanos / 1e9, encoded,
                encoded == 0 ? "" : String.format(" (at most %.1f ms each)", descriptionNanos / 1e6 / encoded));
    }

    private static List<CSVRecord> judged(Path file) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); var parser = format.parse(reader)) {
            return parser.getRecords();
        }
    }

    private static String judgement(CSVRecord row) {
        return row.isMapped("consensus") ? row.get("consensus") : row.get("judgement");
    }

    /** The sample a row was drawn in (the 200-link consensus file holds two), else none. */
    private static String sample(CSVRecord row) {
        return row.isMapped("sample") ? row.get("sample") : "";
    }

    private static boolean isTitle(String evidence, String title) {
        return evidence.strip().replaceAll("[.!?]$", "").equalsIgnoreCase(title.strip().replaceAll("[.!?]$", ""));
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "" : String.format("%.4f", value);
    }
}
