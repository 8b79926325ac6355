package org.credpath.bench.skills;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.credpath.imports.utdallas.CourseTextAccess;
import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.Reranker;
import org.credpath.skills.match.Retrieval;
import org.credpath.skills.match.Sentences;
import org.credpath.skills.match.SkillMatchers;
import org.credpath.skills.match.Terms;

import tools.jackson.databind.json.JsonMapper;

/**
 * The course-text calibration set's items and their candidates (docs/skill-matching.md, "Course-text calibration"):
 * a seeded random sample of UT Dallas course titles and description sentences (as the import reads them,
 * {@code CourseText}) and of Coursera tag uses with their course's title, each with the matcher's top candidates, their
 * re-ranker score and features, and the cosine of the course title and of the course's whole text (title and
 * description; a tag's course: its title) to the skill. The items are labelled by reading
 * ({@code bench/skills/course-calibration.csv}); {@code bench/skills/fit_course_calibration.py} fits the confidence
 * curves on the two files. Arguments: the shared data directory, the output CSV, the seed (default 2020), and how
 * many UT Dallas courses and Coursera tag uses to draw (default 60 and 60).
 */
public final class CourseCalibrationSample {

    static final int CANDIDATES = 8;
    private static final java.util.regex.Pattern LISTING_DETAILS = java.util.regex.Pattern.compile("\\(\\d[\\d.,]*k? reviews?\\)|.*·.*");

    private CourseCalibrationSample() {
    }

    public static void main(String[] args) throws Exception {
        var data = Path.of(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2020;
        int courses = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int tags = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        var encoder = new MiniLmEncoder();
        var indexes = SkillMatchers.indexes(EscoSkillsCsv.read(data.resolve("esco-v1.1.1")), encoder,
                Path.of("data/skill-vectors/esco-labels.vec"), x -> { });
        var retrieval = new Retrieval(indexes.lexical(), indexes.dense());
        var reranker = SkillMatchers.reranker(indexes, SkillMatchers.weights());
        var items = new ArrayList<String[]>(); // kind, source id, title, text, the course's whole text
        var random = new Random(seed);
        var all = new ArrayList<tools.jackson.databind.JsonNode>();
        new JsonMapper().readTree(data.resolve("utdallas/courses.json").toFile()).forEach(all::add);
        Collections.shuffle(all, random);
        for (var c : all.subList(0, courses)) {
            var title = c.path("title").asString();
            var id = "utd-" + c.path("subject_prefix").asString() + "-" + c.path("course_number").asString();
            var whole = CourseTextAccess.of(title, c.path("description").asString());
            var pieces = Sentences.split(whole);
            items.add(new String[] {"title", id, title, pieces.get(0).text(), whole});
            var body = pieces.subList(1, pieces.size());
            if (!body.isEmpty()) {
                items.add(new String[] {"description", id, title, body.get(random.nextInt(body.size())).text(), whole});
            }
        }
        var uses = new ArrayList<String[]>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = Files.newBufferedReader(data.resolve("coursera/coursera_2024_partner_skills.csv"), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            for (var row : parser) {
                var cell = row.get("skills");
                if (LISTING_DETAILS.matcher(cell.strip()).matches() || cell.strip().equalsIgnoreCase("none")) {
                    continue; // a review count or "Level · Type · Duration", not tags (as the importer reads them)
                }
                for (var tag : cell.split(",")) {
                    if (!tag.isBlank()) {
                        uses.add(new String[] {"tag", "coursera:" + row.get("partner"), row.get("course"), tag.strip(), row.get("course")});
                    }
                }
            }
        }
        Collections.shuffle(uses, random);
        items.addAll(uses.subList(0, tags));
        try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("item,kind,source,title,text,rank,uri,label,skillType,reuseLevel,score,confidence,titleCosine,"
                    + "courseCosine," + String.join(",", Reranker.featureNames()));
            for (int i = 0; i < items.size(); i++) {
                var item = items.get(i);
                var titleVector = encoder.encode(item[2]);
                var courseVector = encoder.encode(item[4]);
                var ranked = reranker.rank(retrieval.candidates(Terms.of(item[3]), encoder.encode(item[3]), Map.of()));
                for (int r = 0; r < Math.min(CANDIDATES, ranked.size()); r++) {
                    var s = ranked.get(r);
                    var skill = indexes.vocabulary().skill(s.candidate().skill());
                    var row = new ArrayList<>(List.of(String.valueOf(i + 1), item[0], csv(item[1]), csv(item[2]), csv(item[3]),
                            String.valueOf(r + 1), skill.uri(), csv(skill.label()), String.valueOf(skill.skillType()),
                            String.valueOf(skill.reuseLevel()), "%.4f".formatted(s.score()), "%.4f".formatted(s.confidence()),
                            "%.4f".formatted(indexes.dense().similarity(titleVector, s.candidate().skill())),
                            "%.4f".formatted(indexes.dense().similarity(courseVector, s.candidate().skill()))));
                    for (var f : reranker.features(s.candidate())) {
                        row.add("%.4f".formatted(f));
                    }
                    out.println(String.join(",", row));
                }
            }
        }
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"").replace("\n", " ") + "\"";
    }
}
