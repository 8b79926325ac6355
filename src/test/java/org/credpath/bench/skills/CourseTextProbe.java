package org.credpath.bench.skills;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.credpath.imports.utdallas.CourseTextAccess;
import org.credpath.skills.SkillLinks;
import org.credpath.skills.match.Calibration;
import org.credpath.skills.match.Mentions;
import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.Sentences;
import org.credpath.skills.match.SkillMatcher;
import org.credpath.skills.match.SkillMatchers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints what the UT Dallas import reads in course descriptions (calibrating it): per course, its pieces (sentences,
 * and the mentions of each topic list) with the matcher's top candidates, then the links the import writes (of the
 * title alone for a section of a variable-topic course)
 * ({@link SkillLinks#extract}, at {@link SkillLinks#FLOOR} or more). Arguments: the shared data directory, then
 * either a number of random courses (seed 7) or course codes ({@code "CS 3354" "CS 4347"}).
 */
public final class CourseTextProbe {

    private CourseTextProbe() {
    }

    public static void main(String[] args) throws Exception {
        var data = Path.of(args[0]);
        var skills = EscoSkillsCsv.read(data.resolve("esco-v1.1.1"));
        var matcher = SkillMatchers.build(skills, new MiniLmEncoder(), Path.of("data/skill-vectors/esco-labels.vec"), x -> { });
        var links = new SkillLinks(matcher);
        var courses = new ArrayList<JsonNode>();
        new JsonMapper().readTree(data.resolve("utdallas/courses.json").toFile()).forEach(courses::add);
        List<JsonNode> chosen;
        if (args[1].matches("\\d+")) {
            Collections.shuffle(courses, new Random(7));
            chosen = courses.subList(0, Integer.parseInt(args[1]));
        } else {
            var codes = List.of(args).subList(1, args.length);
            chosen = courses.stream().filter(c -> codes.contains(code(c))).toList();
        }
        for (var c : chosen) {
            print(c, matcher, links);
        }
    }

    private static String code(JsonNode c) {
        return c.path("subject_prefix").asString() + " " + c.path("course_number").asString();
    }

    private static void print(JsonNode c, SkillMatcher matcher, SkillLinks links) {
        var title = c.path("title").asString();
        var body = CourseTextAccess.body(c.path("description").asString());
        var about = matcher.encode(title);
        System.out.println("== " + code(c) + " " + title + " | " + body);
        for (var piece : Sentences.split(body)) {
            System.out.println("   [" + piece.text() + "] " + candidates(matcher, piece.text(), SkillMatchers.COURSE_TEXT, about));
            for (var mention : Mentions.of(piece)) {
                System.out.println("      - [" + mention.text() + "] text: " + candidates(matcher, mention.text(), SkillMatchers.COURSE_TEXT, about)
                        + "| as a mention: " + links.mention(mention.text(), piece.text(), title)
                                .map(l -> String.format("%s %.2f", label(matcher, l.skill()), l.confidence())).orElse("none"));
            }
        }
        var read = CourseTextAccess.read(title, c.path("description").asString());
        if (!read.body().equals(body)) {
            System.out.println("   (a section of a variable-topic course: read by its title alone)");
        }
        for (var link : links.extract(read)) {
            System.out.printf("   LINK %.3f %s <- %s%n", link.confidence(), label(matcher, link.skill()), link.evidence());
        }
    }

    private static String candidates(SkillMatcher matcher, String text, Calibration curve, float[] about) {
        var line = new StringBuilder();
        matcher.match(text, Map.of(), curve, about, 0.05, 3, 3).forEach(m -> line.append(String.format("%s %.2f; ", m.label(), m.confidence())));
        return line.toString();
    }

    private static String label(SkillMatcher matcher, String uri) {
        var vocabulary = matcher.vocabulary();
        return vocabulary.skill(vocabulary.indexOf(uri)).label();
    }
}
