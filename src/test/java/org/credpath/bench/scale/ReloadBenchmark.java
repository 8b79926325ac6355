package org.credpath.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.credpath.CredpathApplication;
import org.credpath.catalog.CatalogService;
import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialSpec;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A catalog load that rewrites credentials already stored (issue 23): per size N, on a fresh embedded store (no ESCO:
 * a synthetic skill set written with the catalog), N generated credentials with their rules and recognitions are created
 * in one load, then loaded again in one load with every title changed, so every digest differs and each credential is
 * written again whole (properties, outcomes, rule trees, recognitions, same-as and suggested order). Prints a line per
 * run and the medians per size; the update should take about as long as the creation, at every size.
 *
 * <pre>{@code ReloadBenchmark [sizes, default 2500,5000,10000,25000] [runs per size, default 1]}</pre>
 */
public final class ReloadBenchmark {

    private static final long SEED = ScaleSpec.DEFAULT_SEED;
    private static final EscoView SKILLS = EscoView.synthetic(2_000, 200, SEED);

    private ReloadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var sizes = args.length > 0 ? args[0].split(",") : new String[] {"2500", "5000", "10000", "25000"};
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        var results = new TreeMap<Integer, List<double[]>>();
        for (var size : sizes) {
            for (int run = 0; run < runs; run++) {
                var timing = run(Integer.parseInt(size.trim()));
                results.computeIfAbsent(Integer.parseInt(size.trim()), k -> new ArrayList<>()).add(timing);
            }
        }
        results.forEach((size, timings) -> print("median of " + timings.size() + ", " + size + " credentials: create / update / ratio",
                "%.1f s / %.1f s / %.2f".formatted(median(timings, 0), median(timings, 1), median(timings, 1) / median(timings, 0))));
        System.exit(0);
    }

    /** One fresh store: the seconds of the creating load and of the updating load. */
    private static double[] run(int size) throws Exception {
        var generated = ScaleGenerator.generate(SKILLS, ScaleSpec.of(size / 20_500.0, SEED).withLearners(0));
        var created = generated.credentialsPart();
        var changed = new Catalog(created.providers(), created.skills(), created.occupations(),
                revised(created.credentials()), List.of());
        var store = Files.createTempDirectory("reload-bench");
        String load = loadAverage();
        try (var context = new SpringApplicationBuilder(CredpathApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).run("--credpath.seed.enabled=false", "--credpath.embedded.directory=" + store,
                        "--credpath.embedded.bolt-port=0", "--credpath.catalog.serving=false")) {
            var catalog = context.getBean(CatalogService.class);
            long t0 = System.nanoTime();
            catalog.load("generated credentials", created);
            double create = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            var report = catalog.load("generated credentials, revised", changed);
            double update = (System.nanoTime() - t0) / 1e9;
            if (report.entry("credentials").updated() != created.credentials().size()) {
                throw new IllegalStateException("the revised load did not update every credential: " + report.entries());
            }
            print(created.credentials().size() + " credentials (" + count(created, c -> c.requirements() != null) + " with stacking rules, "
                    + count(created, c -> !c.recognisedAs().isEmpty()) + " with recognitions): create / update / ratio (load average " + load + ")",
                    "%.1f s / %.1f s / %.2f".formatted(create, update, update / create));
            return new double[] {create, update};
        } finally {
            deleteTree(store);
        }
    }

    /** Every credential with another title: a changed digest, so the load writes each one again whole. */
    private static List<CredentialSpec> revised(List<CredentialSpec> credentials) throws Exception {
        var result = new ArrayList<CredentialSpec>();
        for (var c : credentials) {
            result.add(RefreshBenchmark.with(c, "title", c.title() + " (revised)"));
        }
        return result;
    }

    private static long count(Catalog catalog, java.util.function.Predicate<CredentialSpec> which) {
        return catalog.credentials().stream().filter(which).count();
    }

    private static double median(List<double[]> timings, int which) {
        var values = timings.stream().mapToDouble(t -> t[which]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static String loadAverage() throws Exception {
        var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void print(String what, String value) {
        System.out.println("RELOAD-BENCH " + what + ": " + value);
    }
}
