package org.credpath.bench.scale;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.credpath.bench.CatalogSnapshotOf;
import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.LearnerSpec;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.recommend.engine.Goal;
import org.credpath.recommend.engine.HierarchyRule;
import org.credpath.recommend.engine.LearnerState;
import org.credpath.recommend.engine.GoalProfile;
import org.credpath.recommend.engine.NextStepRanker;
import org.credpath.recommend.engine.SkillData;
import org.credpath.recommend.engine.SkillIndex;
import org.credpath.support.EscoTaxonomy;

/**
 * The in-memory catalog snapshot and skill index alone at growing scale (issue 23, "Scale"): the scale benchmark's
 * generated world on the full ESCO, without the database or HTTP. Per scale: the snapshot's and the skill index's
 * build time and retained heap (bytes per credential), one changed credential applied in place (snapshot and skill
 * index, as a refresh does after reading it), and next steps in-process (one thread; 300 warm-up calls, then 1,000 measured, or as many as 4 minutes allow but at least 50),
 * each request answered by the indexed ranking and by the full scan ({@link NextStepRanker#fullScan}) in turn and the answers compared. Learners are capped at 2,000
 * (only their holdings are used here). Appends one JSON line per scale to the output file.
 *
 * <pre>{@code SnapshotScaleBenchmark <esco-folder> <scales, e.g. 0.1,1,10> <output.jsonl>}</pre>
 */
public final class SnapshotScaleBenchmark {

    private SnapshotScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var esco = Path.of(args[0]);
        var taxonomy = EscoTaxonomy.read(esco);
        var view = view(taxonomy, iscoGroups(esco));
        for (var scale : args[1].split(",")) {
            var line = run(taxonomy, view, Double.parseDouble(scale));
            System.out.println("SNAPSHOT-SCALE " + line);
            Files.writeString(Path.of(args[2]), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        System.exit(0);
    }

    private static String run(EscoTaxonomy taxonomy, EscoView view, double scale) {
        var full = ScaleSpec.of(scale, ScaleSpec.DEFAULT_SEED);
        var spec = new ScaleSpec(full.seed(), scale, full.asOf(), full.providers(), full.microCredentials(), full.largerCredentials(),
                Math.min(full.learners(), 2_000));
        long t0 = System.nanoTime();
        var catalog = ScaleGenerator.generate(view, spec).catalog();
        long generated = millis(t0);
        var providers = new HashMap<String, SkillData.ProviderInfo>();
        catalog.providers().forEach(p -> providers.put(p.id(), new SkillData.ProviderInfo(p.id(), p.name(), p.country())));
        var data = taxonomy.skillData(providers);
        long heap0 = usedHeap();
        t0 = System.nanoTime();
        var snapshot = CatalogSnapshotOf.of(catalog).prepared();
        long snapshotMillis = millis(t0);
        long heap1 = usedHeap();
        t0 = System.nanoTime();
        var index = new SkillIndex(snapshot, data, HierarchyRule.DEFAULT);
        long indexMillis = millis(t0);
        long heap2 = usedHeap();
        int n = snapshot.size();
        var update = oneChanged(catalog, index);
        var steps = nextSteps(catalog, update.index());
        long heap3 = usedHeap(); // the score orders the requests built, with the index
        return ("{\"scale\": %s, \"credentials\": %d, \"generateMs\": %d, \"snapshotBuildMs\": %d, \"skillIndexBuildMs\": %d, "
                + "\"snapshotBytesPerCredential\": %d, \"snapshotAndIndexBytesPerCredential\": %d, \"heapSnapshotAndIndexMiB\": %d, "
                + "\"oneChangedP50Ms\": %.2f, \"oneChangedMaxMs\": %.2f, \"oneChangedSnapshotPartP50Ms\": %.2f, \"nextStepP50Ms\": %.2f, \"nextStepP99Ms\": %.2f, "
                + "\"fullScanNextStepP50Ms\": %.2f, \"fullScanNextStepP99Ms\": %.2f, \"nextStepCalls\": %d, \"nextStepAnswersDiffering\": %d, "
                + "\"afterRequestsBytesPerCredential\": %d, \"maxHeapMiB\": %d, \"loadAverage\": \"%s\"}").formatted(scale, n, generated, snapshotMillis,
                indexMillis, (heap1 - heap0) / n, (heap2 - heap0) / n, (heap2 - heap0) >> 20, update.p50(), update.max(), update.snapshotP50(),
                steps.p50(), steps.p99(), steps.fullScanP50(), steps.fullScanP99(), steps.calls(), steps.differing(), (heap3 - heap0) / n,
                Runtime.getRuntime().maxMemory() >> 20, loadAverage());
    }

    private record Update(SkillIndex index, double p50, double max, double snapshotP50) {
    }

    /** One micro-credential's title and first skill changed, 21 times (the first a warm-up): snapshot and skill index in place. */
    private static Update oneChanged(Catalog catalog, SkillIndex index) {
        var micro = catalog.credentials().stream().filter(c -> c.requirements() == null).toList();
        var times = new double[20];
        var snapshotTimes = new double[20];
        for (int i = -1; i < times.length; i++) {
            var spec = micro.get((i + 1) * 7919 % micro.size());
            var part = CatalogSnapshotOf.of(new Catalog(catalog.providers(), List.of(), List.of(), List.of(changed(spec, i)), List.of()));
            long t = System.nanoTime();
            var ids = Set.of(spec.id());
            CatalogSnapshot next = index.catalog().withChanges(ids, part).prepared();
            long snapshotDone = System.nanoTime();
            index = SkillIndex.updated(next, index, ids);
            if (i >= 0) {
                times[i] = (System.nanoTime() - t) / 1e6;
                snapshotTimes[i] = (snapshotDone - t) / 1e6;
            }
        }
        Arrays.sort(times);
        Arrays.sort(snapshotTimes);
        return new Update(index, times[times.length / 2], times[times.length - 1], snapshotTimes[times.length / 2]);
    }

    private static CredentialSpec changed(CredentialSpec c, int i) {
        try {
            return RefreshBenchmark.with(c, "title", "Changed " + i + " " + c.title());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Next-step p50 and p99 (ms) of the indexed ranking and the full scan, and how many answers differed. */
    private record Steps(double p50, double p99, double fullScanP50, double fullScanP99, int calls, int differing) {
    }

    /**
     * Next steps toward random occupations for learners holding the generated learners' holdings and aiming at their
     * credential goals (as the service's learners do), each request answered by
     * the indexed ranking and by the full scan in turn (the same load on both) and the answers compared; with
     * {@code -Dcredpath.bench.full-scan=false} the indexed ranking alone (to profile it: no answer is compared, the full
     * scan's figures are 0).
     */
    private static Steps nextSteps(Catalog catalog, SkillIndex index) {
        var random = new Random(7);
        var occupations = Workload.sample(catalog, ScaleSpec.DEFAULT_SEED, 20).occupations();
        var learners = catalog.learners().stream().limit(200).map(l -> new LearnerState(l.id(),
                l.earned().stream().map(h -> new Holding(h.credential(), h.date(), h.grade(), h.verified())).toList(),
                List.of(), l.goals().stream().map(LearnerSpec.Goal::credential).filter(java.util.Objects::nonNull).toList(),
                ScaleSpec.AS_OF)).toList(); // their credential goals as aims, as the service's learners have them
        boolean compare = !"false".equals(System.getProperty("credpath.bench.full-scan"));
        var indexed = new ArrayList<Double>();
        var fullScan = new ArrayList<Double>();
        int differing = 0;
        long end = System.nanoTime() + 240_000_000_000L; // at most 4 minutes (x50 under load)
        for (int i = 0; i < 1_300 && (i < 350 || System.nanoTime() < end); i++) {
            var learner = learners.get(random.nextInt(learners.size()));
            var goal = GoalProfile.resolve(index, Goal.occupation(occupations.get(random.nextInt(occupations.size()))));
            long t = System.nanoTime();
            var a = new NextStepRanker(index, CostMetric.ECTS).rank(learner, goal, Selection.NONE, 5);
            long t1 = System.nanoTime();
            var b = compare ? NextStepRanker.fullScan(index, CostMetric.ECTS).rank(learner, goal, Selection.NONE, 5) : a;
            long t2 = System.nanoTime();
            differing += a.equals(b) ? 0 : 1;
            if (i >= 300) {
                indexed.add((t1 - t) / 1e6);
                fullScan.add((t2 - t1) / 1e6);
            }
        }
        return new Steps(percentile(indexed, 0.5), percentile(indexed, 0.99), percentile(fullScan, 0.5), percentile(fullScan, 0.99),
                indexed.size(), differing);
    }

    private static double percentile(List<Double> times, double q) {
        var sorted = times.stream().sorted().toList();
        return q == 0.5 ? sorted.get(sorted.size() / 2) : sorted.get((int) Math.ceil(q * sorted.size()) - 1);
    }

    private static EscoView view(EscoTaxonomy taxonomy, Map<String, String> isco) {
        var skills = taxonomy.labels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new EscoView.Skill(e.getKey(), e.getValue())).toList();
        var occupations = taxonomy.occupations().stream().map(o -> new EscoView.OccupationRow(o.uri(), o.label(), isco.get(o.uri()),
                o.essential(), o.optional())).toList();
        return EscoView.of(skills, occupations);
    }

    private static Map<String, String> iscoGroups(Path esco) throws IOException {
        var groups = new HashMap<String, String>();
        try (Reader in = Files.newBufferedReader(esco.resolve("occupations_en.csv"), StandardCharsets.UTF_8)) {
            for (var r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                groups.put(r.get("conceptUri"), r.get("iscoGroup"));
            }
        }
        return groups;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
