package org.credpath.bench.skills;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.credpath.imports.coursera.CourseraCatalog;
import org.credpath.imports.skills.LabelResolver;
import org.credpath.skills.SkillLinks;
import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.SkillMatchers;
import org.credpath.support.EscoSkillLabels;

/**
 * Every Coursera tag use linked as the import links it with the skill matcher, without a database: one row per link
 * (the offering, its title, the tag, the tag's place in the offering's list, the skill, stated or extracted, the
 * confidence and the cosine of the title to the skill), and the import report's lines on the tags on stderr (tag uses linked at
 * 0.3, stated and extracted, and how many at 0.5; the unresolved tags by use). What docs/import-coursera.md reports as before and after; the stated-tag sample
 * ({@code docs/coursera-stated-tags-judged.csv}) is drawn from these rows. Arguments: the shared data directory, the
 * output CSV, and optionally a number n: then the n most used unresolved tags are printed with the matcher's best 5 skills
 * for each (the tag curve, no title).
 */
public final class CourseraTagUses {

    private static final String PREFIX = "Skills Coursera tags it with: ";

    private CourseraTagUses() {
    }

    public static void main(String[] args) throws Exception {
        var data = Path.of(args[0]);
        var esco = data.resolve("esco-v1.1.1");
        var csv = data.resolve("coursera/coursera_2024_partner_skills.csv");
        var encoder = new MiniLmEncoder();
        var matcher = SkillMatchers.build(EscoSkillsCsv.read(esco), encoder, Path.of("data/skill-vectors/esco-labels.vec"), x -> { });
        var resolver = new LabelResolver(EscoSkillLabels.read(esco));
        var linked = CourseraCatalog.read(csv, resolver, new SkillLinks(matcher));
        try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("credential,title,tag,position,tags,skill,label,source,confidence,titleCosine");
            for (var credential : linked.catalog().credentials()) {
                var titleVector = matcher.encode(credential.title());
                for (var outcome : credential.outcomes()) {
                    List<String> tags = Arrays.stream(outcome.statement().substring(PREFIX.length()).split(", ")).toList();
                    for (var link : outcome.alignments()) {
                        var tag = link.evidence().substring("Coursera tag: ".length());
                        out.println(String.join(",", q(credential.id()), q(credential.title()), q(tag),
                                String.valueOf(tags.indexOf(tag) + 1), String.valueOf(tags.size()), link.skill(),
                                q(matcher.vocabulary().skill(matcher.vocabulary().indexOf(link.skill())).label()), link.source(),
                                "%.3f".formatted(link.confidence()), "%.4f".formatted(matcher.similarity(titleVector, link.skill()))));
                    }
                }
            }
        }
        linked.report().forEach(System.err::println);
        if (args.length > 2) {
            probe(matcher, linked.report(), Integer.parseInt(args[2]));
        }
    }

    /** The {@code n} most used unresolved tags, each with the matcher's best 5 skills read with the tag curve. */
    private static void probe(org.credpath.skills.match.SkillMatcher matcher, List<String> report, int n) {
        var line = report.stream().filter(l -> l.startsWith("tags unresolved")).findFirst().orElse("");
        var tags = java.util.regex.Pattern.compile("'(.*?)' \\((\\d+)\\)").matcher(line).results().limit(n).toList();
        for (var tag : tags) {
            var found = matcher.match(tag.group(1), java.util.Map.of(), SkillMatchers.TAG, null, 0, 5, 5);
            var out = new StringBuilder("%s (%s uses):".formatted(tag.group(1), tag.group(2)));
            found.forEach(m -> out.append(" %s %.2f;".formatted(m.label(), m.confidence())));
            System.out.println(out);
        }
    }

    private static String q(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
