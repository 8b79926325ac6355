package org.credpath.bench.skills;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.Random;

import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.Sentences;
import org.credpath.skills.match.SkillMatchers;

import tools.jackson.databind.json.JsonMapper;

/** Prints the matcher's top candidates per sentence of random UT Dallas descriptions (calibrating the import). */
public final class CourseTextProbe {

    private CourseTextProbe() {
    }

    public static void main(String[] args) throws Exception {
        var data = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        var skills = EscoSkillsCsv.read(data.resolve("esco-v1.1.1"));
        var matcher = SkillMatchers.build(skills, new MiniLmEncoder(), Path.of("data/skill-vectors/esco-labels.vec"), x -> { });
        var courses = new ArrayList<tools.jackson.databind.JsonNode>();
        new JsonMapper().readTree(data.resolve("utdallas/courses.json").toFile()).forEach(courses::add);
        Collections.shuffle(courses, new Random(7));
        for (var c : courses.subList(0, n)) {
            var text = org.credpath.imports.utdallas.CourseTextAccess.of(c.path("title").asString(), c.path("description").asString());
            System.out.println("== " + c.path("subject_prefix").asString() + " " + c.path("course_number").asString() + " " + text.replace("\n", " | "));
            for (var piece : Sentences.split(text)) {
                var found = matcher.match(piece.text(), Map.of(), 0.05, 3, 3);
                var line = new StringBuilder("   [" + piece.text().substring(0, Math.min(50, piece.text().length())) + "] ");
                found.forEach(m -> line.append(String.format("%s %.2f; ", m.label(), m.confidence())));
                System.out.println(line);
            }
        }
    }
}
