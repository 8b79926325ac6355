package org.credpath.bench.skills;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.credpath.imports.utdallas.CourseTextAccess;
import org.credpath.skills.SkillLinks;
import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.SkillMatcher;
import org.credpath.skills.match.SkillMatchers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The judged UT Dallas links of docs/skill-links-judged*.csv read again by the matcher as the UT Dallas import reads a
 * course ({@link SkillLinks#extract(SkillLinks.CredentialText)} of what {@code CourseText.read} gives: the title and the
 * description's teaching part, a section of a variable-topic course by its title alone): for each
 * judged link, the confidence the current code gives it (0 when no longer linked), and the cosine of the skill to
 * the course's title, to its whole text (title and description) and to its subject (the mean of the titles of every
 * course of its subject prefix): what a course-coherence or subject guard would weigh. Shows what a change of the matcher
 * does to the links read by hand: how many wrong ones fall under 0.5, how many right ones are lost. Arguments: the shared
 * data directory, the output CSV, then the judged CSVs (the label in column {@code consensus} where a file has one, else
 * {@code judgement}).
 */
public final class JudgedLinksRecheck {

    private JudgedLinksRecheck() {
    }

    public static void main(String[] args) throws Exception {
        var data = Path.of(args[0]);
        var skills = EscoSkillsCsv.read(data.resolve("esco-v1.1.1"));
        var matcher = SkillMatchers.build(skills, new MiniLmEncoder(), Path.of("data/skill-vectors/esco-labels.vec"), x -> { });
        var links = new SkillLinks(matcher);
        var courses = courses(data);
        var subjects = subjectCentroids(courses, matcher);
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        var counts = new HashMap<String, int[]>(); // judgement -> {judged, still at 0.5}
        try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("file,credential,skill,judgement,before,after,titleCosine,courseCosine,subjectCosine");
            for (int f = 2; f < args.length; f++) {
                try (var reader = Files.newBufferedReader(Path.of(args[f]), StandardCharsets.UTF_8); var parser = format.parse(reader)) {
                    for (var row : parser) {
                        var course = courses.get(row.get("credential"));
                        if (course == null) {
                            continue; // a Coursera link: read by the tag curve, which this work leaves alone
                        }
                        var title = course.path("title").asString();
                        var found = links.extract(CourseTextAccess.read(title, course.path("description").asString()));
                        var whole = CourseTextAccess.of(title, course.path("description").asString());
                        double after = found.stream().filter(l -> l.skill().equals(row.get("skill_uri")))
                                .mapToDouble(l -> l.confidence()).findFirst().orElse(0);
                        var judgement = judgement(row);
                        var c = counts.computeIfAbsent(judgement, j -> new int[2]);
                        c[0]++;
                        c[1] += after >= 0.5 ? 1 : 0;
                        out.printf("%s,%s,\"%s\",%s,%s,%.3f,%.3f,%.3f,%.3f%n", Path.of(args[f]).getFileName(), row.get("credential"),
                                row.get("skill"), judgement, row.get("confidence"), after,
                                matcher.similarity(matcher.encode(title), row.get("skill_uri")),
                                matcher.similarity(matcher.encode(whole), row.get("skill_uri")),
                                matcher.similarity(subjects.get(course.path("subject_prefix").asString()), row.get("skill_uri")));
                    }
                }
            }
        }
        counts.forEach((j, c) -> System.out.printf("%s: %d judged UT Dallas links, %d still at 0.5 or more%n", j, c[0], c[1]));
    }

    /** The UT Dallas courses of the shared data by credential id: {@code utd-CS-6360} (the first of that code) and with its id. */
    static Map<String, JsonNode> courses(Path data) {
        var courses = new HashMap<String, JsonNode>();
        for (var c : new JsonMapper().readTree(data.resolve("utdallas/courses.json").toFile())) {
            var code = "utd-" + c.path("subject_prefix").asString() + "-" + c.path("course_number").asString();
            courses.putIfAbsent(code, c);
            courses.put(code + "-" + c.path("id").asString(), c);
        }
        return courses;
    }

    /** A judged link's label: the {@code consensus} column of a consensus file, else the {@code judgement} of one reader. */
    static String judgement(org.apache.commons.csv.CSVRecord row) {
        return row.isMapped("consensus") ? row.get("consensus") : row.get("judgement");
    }

    /** Per subject prefix (CS, MATH...), the unit-length mean of its course titles' vectors (the subject as context). */
    private static Map<String, float[]> subjectCentroids(Map<String, JsonNode> courses, SkillMatcher matcher) {
        var sums = new HashMap<String, float[]>();
        var seen = new java.util.HashSet<String>();
        for (var c : courses.values()) {
            if (!seen.add(c.path("id").asString())) {
                continue;
            }
            var v = matcher.encode(c.path("title").asString());
            var sum = sums.computeIfAbsent(c.path("subject_prefix").asString(), s -> new float[v.length]);
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        sums.values().forEach(sum -> {
            double norm = 0;
            for (var x : sum) {
                norm += x * x;
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] /= (float) Math.sqrt(norm);
            }
        });
        return sums;
    }
}
