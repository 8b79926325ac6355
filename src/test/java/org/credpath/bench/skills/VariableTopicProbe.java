package org.credpath.bench.skills;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.credpath.catalog.model.AlignmentSpec;
import org.credpath.imports.VariableTopic;
import org.credpath.imports.utdallas.CourseTextAccess;
import org.credpath.skills.SkillLinks;
import org.credpath.skills.match.MiniLmEncoder;
import org.credpath.skills.match.SkillMatcher;
import org.credpath.skills.match.SkillMatchers;

import tools.jackson.databind.json.JsonMapper;

/**
 * Before and after reading sections of variable-topic courses by their title ({@code CourseText.read}), and the
 * format sentences dropped from every course, on the UT Dallas catalog: the links at 0.5 of every course whose reading
 * changed, read the old way (the description as {@code CourseText} read it before: {@link #before}) and in each way
 * measured ({@link #VARIANTS}), and the judged links of the given CSVs (column {@code consensus}, else
 * {@code judgement}) at 0.5 or more in each way, by the kind of course. Arguments: the shared data directory, an output
 * directory (changed links per variant as CSV), then the judged CSVs.
 */
public final class VariableTopicProbe {

    private static final double AT = 0.5;

    private record Course(String id, String code, String title, String description, String topic) {
        String kind() {
            return topic != null ? "topic section" : VariableTopic.varies(title, description) ? "variable, no topic"
                    : "other";
        }
    }

    private interface Variant extends BiFunction<SkillLinks, Course, List<AlignmentSpec>> {
    }

    /** The readings measured: the chosen one ({@code after}) and the others tried. */
    private static final Map<String, Variant> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("format only", (links, c) -> links.extract(new SkillLinks.CredentialText(c.title(), CourseTextAccess.body(c.description()))));
        VARIANTS.put("after: topic sections by their title", (links, c) -> links.extract(CourseTextAccess.read(c.title(), c.description())));
        VARIANTS.put("umbrella confirms the title's skills", (links, c) -> {
            var all = links.extract(new SkillLinks.CredentialText(c.title(), CourseTextAccess.body(c.description())));
            if (c.topic() == null) {
                return all;
            }
            var titled = links.extract(new SkillLinks.CredentialText(c.title(), "")).stream().map(AlignmentSpec::skill)
                    .collect(Collectors.toSet());
            return all.stream().filter(l -> titled.contains(l.skill())).toList();
        });
        VARIANTS.put("topic sections by their topic alone", (links, c) -> c.topic() == null
                ? links.extract(new SkillLinks.CredentialText(c.title(), CourseTextAccess.body(c.description())))
                : links.extract(new SkillLinks.CredentialText(c.topic(), "")));
    }

    private VariableTopicProbe() {
    }

    public static void main(String[] args) throws Exception {
        var data = Path.of(args[0]);
        var out = Path.of(args[1]);
        Files.createDirectories(out);
        var skills = EscoSkillsCsv.read(data.resolve("esco-v1.1.1"));
        var matcher = SkillMatchers.build(skills, new MiniLmEncoder(), Path.of("data/skill-vectors/esco-labels.vec"), x -> { });
        var links = new SkillLinks(matcher);
        var byId = new HashMap<String, Course>();
        var courses = new java.util.ArrayList<Course>();
        for (var n : new JsonMapper().readTree(data.resolve("utdallas/courses.json").toFile())) {
            var code = "utd-" + n.path("subject_prefix").asString() + "-" + n.path("course_number").asString();
            var title = n.path("title").asString();
            var description = n.path("description").asString();
            var c = new Course(code + "-" + n.path("id").asString(), code, title, description,
                    CourseTextAccess.sectionTopic(title, description).orElse(null));
            courses.add(c);
            byId.putIfAbsent(code, c);
            byId.put(c.id(), c);
        }
        catalog(courses, links, matcher, out);
        for (int f = 2; f < args.length; f++) {
            judged(Path.of(args[f]), byId, links);
        }
    }

    /** Every course whose reading changed: its links at 0.5 before and in each variant. */
    private static void catalog(List<Course> courses, SkillLinks links, SkillMatcher matcher, Path out) throws Exception {
        var kinds = new TreeMap<String, Integer>();
        courses.forEach(c -> kinds.merge(c.kind(), 1, Integer::sum));
        System.out.println("courses by kind: " + kinds);
        var changed = courses.stream().filter(c -> c.topic() != null
                || !before(c.description()).equals(CourseTextAccess.body(c.description()))).toList();
        System.out.printf("courses whose reading changes: %d (%d topic sections)%n", changed.size(),
                changed.stream().filter(c -> c.topic() != null).count());
        var old = new HashMap<String, List<AlignmentSpec>>();
        changed.forEach(c -> old.put(c.id(), links.extract(new SkillLinks.CredentialText(c.title(), before(c.description())))));
        for (var variant : VARIANTS.entrySet()) {
            var tally = new TreeMap<String, int[]>(); // kind -> links at 0.5 before, after, lost, gained, courses with one before, after
            try (var csv = new PrintWriter(Files.newBufferedWriter(out.resolve(variant.getKey().replaceAll("\\W+", "-") + ".csv")))) {
                csv.println("credential,title,kind,skill,before,after,evidence");
                for (var c : changed) {
                    var now = at(variant.getValue().apply(links, c));
                    var then = at(old.get(c.id()));
                    var t = tally.computeIfAbsent(c.kind(), k -> new int[6]);
                    t[0] += then.size();
                    t[1] += now.size();
                    t[4] += then.isEmpty() ? 0 : 1;
                    t[5] += now.isEmpty() ? 0 : 1;
                    for (var skill : union(then.keySet(), now.keySet())) {
                        var a = then.get(skill);
                        var b = now.get(skill);
                        if (a == null || b == null) {
                            t[a == null ? 3 : 2]++;
                            csv.printf("%s,\"%s\",%s,\"%s\",%.3f,%.3f,\"%s\"%n", c.id(), c.title().replace("\"", "\"\""), c.kind(),
                                    label(matcher, skill), a == null ? 0 : a.confidence(), b == null ? 0 : b.confidence(),
                                    (a == null ? b : a).evidence().replace("\"", "\"\""));
                        }
                    }
                }
            }
            tally.forEach((kind, t) -> System.out.printf("[%s] %s: links at %.1f %d -> %d (lost %d, gained %d); courses with one %d -> %d%n",
                    variant.getKey(), kind, AT, t[0], t[1], t[2], t[3], t[4], t[5]));
        }
    }

    /** The judged links of one file at 0.5 or more, before and in each variant, by judgement and kind of course. */
    private static void judged(Path file, Map<String, Course> courses, SkillLinks links) throws Exception {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        var counts = new TreeMap<String, int[]>(); // kind / judgement -> judged, before, then one per variant
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); var parser = format.parse(reader)) {
            boolean consensus = parser.getHeaderMap().containsKey("consensus");
            for (var row : parser) {
                var c = courses.get(row.get("credential"));
                if (c == null) {
                    continue;
                }
                var judgement = row.get(consensus ? "consensus" : "judgement");
                var t = counts.computeIfAbsent(c.kind() + " / " + judgement, k -> new int[2 + VARIANTS.size()]);
                var skill = row.get("skill_uri");
                t[0]++;
                t[1] += at(links.extract(new SkillLinks.CredentialText(c.title(), before(c.description())))).containsKey(skill) ? 1 : 0;
                int i = 2;
                for (var v : VARIANTS.values()) {
                    boolean kept = at(v.apply(links, c)).containsKey(skill);
                    t[i++] += kept ? 1 : 0;
                }
                if (c.topic() != null) {
                    System.out.printf("  %s %s: %s | %s (judged %s at %s)%n", file.getFileName(), c.id(), c.title(), row.get("skill"),
                            judgement, row.get("confidence"));
                }
            }
        }
        System.out.println(file.getFileName() + ": kind / judgement: judged, at 0.5 before, then " + VARIANTS.keySet());
        counts.forEach((k, t) -> System.out.println("  " + k + ": " + java.util.Arrays.toString(t)));
    }

    private static Map<String, AlignmentSpec> at(List<AlignmentSpec> links) {
        return links.stream().filter(l -> l.confidence() >= AT).collect(Collectors.toMap(AlignmentSpec::skill, l -> l, (a, b) -> a));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String label(SkillMatcher matcher, String uri) {
        var vocabulary = matcher.vocabulary();
        return vocabulary.skill(vocabulary.indexOf(uri)).label();
    }

    // CourseText as it was before this change (for the "before" column): heading, schedule, rules, admin, assumed.
    private static final Pattern HEADING = Pattern.compile("^.*?\\(\\[?[0-9.\\-]+]?(-[0-9]+)? semester credit hours?\\)\\s*");
    private static final Pattern RULES = Pattern.compile(
            "\\s*(Recommended:|Recommended (pre|co)requisites?|Prerequisites?|Corequisites?|Co-requisites?|Prerequisite or corequisite|"
                    + "Credit cannot be received|Cross-listed)(\\b|(?<=:)).*$", Pattern.DOTALL);
    private static final Pattern SCHEDULE = Pattern.compile("\\s*\\(\\[?[0-9.\\-]+]?-\\[?[0-9.\\-]+]?\\)\\s*[A-Z]?\\s*$");
    private static final Pattern ADMIN = Pattern.compile("(?i)[^.]*\\b(may be repeated|consent required|credit/no credit|pass/fail|"
            + "semester credit hours maximum|instructor consent|department consent)\\b[^.]*\\.?\\s*");

    static String before(String description) {
        var body = description == null ? "" : description;
        body = HEADING.matcher(body).replaceFirst("");
        body = SCHEDULE.matcher(body).replaceFirst("");
        body = RULES.matcher(body).replaceFirst("");
        body = ADMIN.matcher(body).replaceAll("");
        return CourseTextAccess.assumed(body).strip();
    }
}
