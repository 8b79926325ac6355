package org.credpath.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.RuleKind;
import org.credpath.catalog.model.RuleSpec;

/**
 * Generates majors shaped like real published requirement files at their largest: 1,000-2,000 rule
 * nodes made of long explicit course lists (what wildcards with exclusions expand to) under k-of-n and
 * credit sums, nested tracks of which some must be finished, and courses shared between lists (a core
 * course that is also an elective), over a UT Dallas-size catalog (3,000 courses of 1-4 credit hours in
 * 40 subjects). Seeded, so every run sees the same programs; transcripts are drawn mostly from the
 * program's own lists, as a student's would be.
 */
public final class LargePrograms {

    public static final String PROVIDER = "large-u";
    private static final int SUBJECTS = 40;
    private static final int COURSES_PER_SUBJECT = 75;

    private final Random random;
    private final List<String> courses = new ArrayList<>();
    private final List<CredentialSpec> credentials = new ArrayList<>();

    private final int breadth;

    private LargePrograms(long seed, int breadth) {
        this.random = new Random(seed);
        this.breadth = breadth;
    }

    /** A catalog with {@code programs} majors over 3,000 courses; the majors are {@code major-0}, {@code major-1} ... */
    public static Catalog catalog(long seed, int programs) {
        return catalog(seed, programs, 1);
    }

    /**
     * The same with every long list (electives, credit areas, track electives) {@code breadth} times as long: breadth 1
     * gives majors of 830-1,040 rule nodes, breadth 2 of about 1,500-2,000 (the same random draws, so the same shapes).
     */
    public static Catalog catalog(long seed, int programs, int breadth) {
        var generator = new LargePrograms(seed, breadth);
        generator.courses();
        for (int p = 0; p < programs; p++) {
            generator.credentials.add(generator.major("major-" + p));
        }
        return new Catalog(List.of(), List.of(), List.of(), generator.credentials, List.of());
    }

    /** A transcript of {@code size} course ids for {@code major}: most from its rule tree, the rest anywhere. */
    public static List<String> transcript(Catalog catalog, String major, int size, long seed) {
        var random = new Random(seed);
        var named = new ArrayList<>(new LinkedHashSet<>(courseLeaves(catalog.credentials().stream()
                .filter(c -> c.id().equals(major)).findFirst().orElseThrow().requirements(), new ArrayList<>())));
        var chosen = new LinkedHashSet<String>();
        while (chosen.size() < size) {
            if (random.nextDouble() < 0.85) {
                chosen.add(named.get(random.nextInt(named.size())));
            } else {
                chosen.add(courseId(random.nextInt(SUBJECTS), random.nextInt(COURSES_PER_SUBJECT)));
            }
        }
        return List.copyOf(chosen);
    }

    /** Rule nodes of a tree (groups and leaves). */
    public static int size(RuleSpec rule) {
        return rule instanceof RuleSpec.Group g ? 1 + g.children().stream().mapToInt(LargePrograms::size).sum() : 1;
    }

    private static List<String> courseLeaves(RuleSpec rule, List<String> into) {
        if (rule instanceof RuleSpec.Group g) {
            g.children().forEach(c -> courseLeaves(c, into));
        } else if (rule instanceof RuleSpec.CredentialLeaf leaf) {
            into.add(leaf.credential());
        }
        return into;
    }

    private void courses() {
        for (int s = 0; s < SUBJECTS; s++) {
            for (int n = 0; n < COURSES_PER_SUBJECT; n++) {
                var id = courseId(s, n);
                double hours = new double[] {3, 3, 3, 3, 4, 2, 1}[random.nextInt(7)];
                courses.add(id);
                credentials.add(new CredentialSpec(id, CredentialKind.COURSE, "Course " + id, PROVIDER, null, id.replace('-', ' '),
                        subject(s), hours * 2, hours, 6, "Exams", "onsite", "Accredited", "en", 15.0, null, null, "open",
                        null, null, List.of(), null, null, List.of()));
            }
        }
    }

    private static String courseId(int subject, int number) {
        return subject(subject) + "-" + (1000 + 1000 * (number % 4) + number);
    }

    private static String subject(int s) {
        return "S" + (char) ('A' + s / 26) + (char) ('A' + s % 26);
    }

    /** A major: core, several "pick k of a long list", credit sums over long lists, a track choice, a capstone. */
    private CredentialSpec major(String id) {
        int home = random.nextInt(SUBJECTS);
        var parts = new ArrayList<RuleSpec>();
        var core = sample(home, 14, 0.2);
        parts.add(group(RuleKind.ALL_OF, null, null, "Core", leaves(core)));
        for (int i = 0; i < 4; i++) {
            var list = sample(home, breadth * (40 + random.nextInt(60)), 0.5);
            list.addAll(core.subList(0, 2)); // core courses that also count as electives
            parts.add(group(RuleKind.AT_LEAST_K_OF, 3 + random.nextInt(4), null, "Electives " + (i + 1), leaves(list)));
        }
        for (int i = 0; i < 3; i++) {
            parts.add(group(RuleKind.AT_LEAST_CREDITS, null, 9.0 + 3 * random.nextInt(6), "Credit area " + (i + 1),
                    leaves(sample(home, breadth * (80 + random.nextInt(120)), 0.6))));
        }
        var tracks = new ArrayList<RuleSpec>();
        for (int t = 0; t < 5; t++) {
            tracks.add(group(RuleKind.ALL_OF, null, null, "Track " + (t + 1), List.of(
                    group(RuleKind.ALL_OF, null, null, "Track " + (t + 1) + " core", leaves(sample(home, 3, 0.3))),
                    group(RuleKind.AT_LEAST_K_OF, 2, null, "Track " + (t + 1) + " electives", leaves(sample(home, breadth * 25, 0.4))))));
        }
        parts.add(group(RuleKind.AT_LEAST_K_OF, 2, null, "Two tracks", tracks));
        parts.add(group(RuleKind.AT_LEAST_K_OF, 1, null, "Capstone", leaves(sample(home, 4, 0))));
        var root = group(RuleKind.ALL_OF, null, null, "Major " + id, parts);
        return new CredentialSpec(id, CredentialKind.DEGREE, "Major " + id, PROVIDER, null, null, null, 240.0, 120.0, 6,
                "Programme", "onsite", "Accredited", "en", null, null, null, "enrolled-only", null, null, List.of(), null, root,
                List.of());
    }

    /** {@code n} distinct courses, mostly from the home subject, a share {@code elsewhere} from others. */
    private List<String> sample(int home, int n, double elsewhere) {
        var chosen = new LinkedHashSet<String>();
        while (chosen.size() < n) {
            int subject = random.nextDouble() < elsewhere ? random.nextInt(SUBJECTS) : home;
            chosen.add(courseId(subject, random.nextInt(COURSES_PER_SUBJECT)));
        }
        return new ArrayList<>(chosen);
    }

    private static List<RuleSpec> leaves(List<String> ids) {
        return ids.stream().<RuleSpec>map(c -> new RuleSpec.CredentialLeaf(c, null)).toList();
    }

    private static RuleSpec group(RuleKind kind, Integer k, Double credits, String label, List<RuleSpec> children) {
        return new RuleSpec.Group(kind, k, credits, label, null, null, null, null, null, children);
    }
}
