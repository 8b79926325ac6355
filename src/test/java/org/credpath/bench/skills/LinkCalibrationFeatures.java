package org.credpath.bench.skills;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.credpath.imports.utdallas.CourseTextAccess;
import org.credpath.skills.CourseLinkCalibration;
import org.credpath.skills.SkillLinks;
import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.SkillMatchers;

/**
 * The feature dump of the link calibration (docs/skill-matching.md, "Link calibration"): every consensus-labelled UT
 * Dallas link of the judged CSVs read again as the UT Dallas import reads its course ({@link SkillLinks#evidence}), with
 * its label, the confidence it was judged at, its combined confidence under the current matcher, the confidence the
 * current calibration gives it, and every feature of {@link CourseLinkCalibration#FEATURES}. A link the current matcher
 * no longer finds at {@link SkillLinks#FLOOR} is left out and counted; Coursera links (tags) are skipped. Arguments: the
 * shared data directory, the output CSV, then the judged CSVs (a {@code consensus} or {@code judgement} column).
 */
public final class LinkCalibrationFeatures {

    private LinkCalibrationFeatures() {
    }

    public static void main(String[] args) throws Exception {
        var data = Path.of(args[0]);
        var matcher = SkillMatchers.build(EscoSkillsCsv.read(data.resolve("esco-v1.1.1")), new MiniLmEncoder(),
                Path.of("data/skill-vectors/esco-labels.vec"), x -> { });
        var links = new SkillLinks(matcher);
        var courses = JudgedLinksRecheck.courses(data);
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        var left = new TreeMap<String, int[]>(); // file and label -> {read, left out}
        try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("file,sample,credential,skill_uri,label,judged,combined,calibrated,"
                    + CourseLinkCalibration.FEATURES.stream().map(CourseLinkCalibration.Feature::name).collect(Collectors.joining(",")));
            for (int f = 2; f < args.length; f++) {
                var file = Path.of(args[f]).getFileName().toString();
                try (var reader = Files.newBufferedReader(Path.of(args[f]), StandardCharsets.UTF_8); var parser = format.parse(reader)) {
                    for (var row : parser) {
                        var course = courses.get(row.get("credential"));
                        var label = JudgedLinksRecheck.judgement(row);
                        if (course == null || label == null || label.isBlank()) {
                            continue; // a Coursera link (a tag: its own curve), or not read yet
                        }
                        var title = course.path("title").asString();
                        var found = links.evidence(new SkillLinks.CredentialText(title,
                                CourseTextAccess.body(course.path("description").asString()))).get(row.get("skill_uri"));
                        var count = left.computeIfAbsent(file + " " + label, k -> new int[2]);
                        count[0]++;
                        if (found == null) {
                            count[1]++;
                            continue;
                        }
                        var values = java.util.Arrays.stream(CourseLinkCalibration.values(found))
                                .mapToObj(v -> String.format(Locale.ROOT, "%.4f", v)).collect(Collectors.joining(","));
                        out.printf(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%.4f,%.4f,%s%n", file, row.isMapped("sample") ? row.get("sample") : file,
                                row.get("credential"), row.get("skill_uri"), label, row.get("confidence"), found.combined(),
                                CourseLinkCalibration.confidence(found), values);
                    }
                }
            }
        }
        left.forEach((k, c) -> System.out.printf("%s: %d UT Dallas links, %d left out (not found at %.1f now)%n", k, c[0], c[1], SkillLinks.FLOOR));
    }
}
