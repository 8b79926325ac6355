package org.credpath.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.credpath.CredpathApplication;
import org.credpath.catalog.CatalogService;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importers;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fills a fresh store for a benchmark, the way a user would: the service without its web server imports
 * the full ESCO, then the generated catalog goes through {@link CatalogService#load} (validated, written
 * in one transaction per load): providers and every credential in one load, learners in batches. Writes
 * the timings and counts ({@code bench-load.json}) and the requests to send ({@code bench-workload.json})
 * into the store folder, so a kept store can be measured again ({@code --store}).
 *
 * <pre>{@code ScaleLoad <store> <esco-folder> <scale> <seed> [learners-per-load] [learners, default by scale]}</pre>
 */
public final class ScaleLoad {

    static final String LOAD_FILE = "bench-load.json";
    static final String WORKLOAD_FILE = "bench-workload.json";
    static final int LEARNERS_PER_LOAD = 10_000;
    /**
     * Credentials per load: x1 (20,500) stays one load; at x10 one load of 205,000 credentials kept 4-5 GB of Neo4j
     * transaction state on the heap beside the generated world and pushed an 8 GB fill JVM into a 58 s full GC.
     */
    static final int CREDENTIALS_PER_LOAD = 25_000;

    private ScaleLoad() {
    }

    public static void main(String[] args) throws Exception {
        var store = Path.of(args[0]).toAbsolutePath().normalize();
        var esco = Path.of(args[1]).toAbsolutePath().normalize();
        var byScale = ScaleSpec.of(Double.parseDouble(args[2]), Long.parseLong(args[3]));
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : LEARNERS_PER_LOAD;
        var spec = args.length > 5 ? byScale.withLearners(Integer.parseInt(args[5])) : byScale;
        var report = new LinkedHashMap<String, Object>();
        try (var context = new SpringApplicationBuilder(CredpathApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).run("--credpath.seed.enabled=false", "--credpath.embedded.directory=" + store,
                        "--credpath.embedded.bolt-port=0", "--credpath.catalog.serving=false")) {
            long t0 = System.nanoTime();
            var escoReport = context.getBean(Importers.class).run("esco", esco, ImportProgress.NONE);
            report.put("escoImportSeconds", seconds(t0));
            report.put("escoEntries", escoReport.entries().toString());
            t0 = System.nanoTime();
            var generated = ScaleGenerator.generate(EscoViews.read(context.getBean(Neo4jClient.class)), spec);
            report.put("generateSeconds", seconds(t0));
            report.putAll(load(context, generated, batch, CREDENTIALS_PER_LOAD));
            Workload.sample(generated.catalog(), spec.seed(), 2_000).write(store.resolve(WORKLOAD_FILE));
            FillCheck.write(store, generated, counts(generated));
        }
        Files.writeString(store.resolve(LOAD_FILE), JsonMapper.builder().build().writeValueAsString(report));
        System.exit(0);
    }

    /**
     * Loads a generated catalog through the catalog service: credentials {@code credentialsPerLoad} per load
     * ({@link GeneratedCatalog#credentialParts}), learners {@code batch} per load; returns the timings.
     */
    static Map<String, Object> load(ApplicationContext context, GeneratedCatalog generated, int batch, int credentialsPerLoad) {
        var catalog = context.getBean(CatalogService.class);
        var label = generated.spec().label();
        var report = new LinkedHashMap<String, Object>();
        report.put("counts", counts(generated));
        long t0 = System.nanoTime();
        var parts = generated.credentialParts(credentialsPerLoad);
        for (int i = 0; i < parts.size(); i++) {
            catalog.load("generated " + label + " credentials " + (i + 1) + "/" + parts.size(), parts.get(i));
            progress("credentials " + (i + 1) + "/" + parts.size() + " loaded at " + seconds(t0) + " s");
        }
        report.put("loadCredentialsSeconds", seconds(t0));
        report.put("credentialLoads", parts.size());
        long t1 = System.nanoTime();
        var batches = generated.learnerBatches(batch);
        for (int i = 0; i < batches.size(); i++) {
            catalog.load("generated " + label + " learners " + (i + 1) + "/" + batches.size(), batches.get(i));
            progress("learners " + (i + 1) + "/" + batches.size() + " loaded at " + seconds(t1) + " s");
        }
        report.put("loadLearnersSeconds", seconds(t1));
        report.put("loadSeconds", seconds(t0));
        report.put("learnersPerLoad", batch);
        return report;
    }

    private static void progress(String message) {
        System.out.println("[fill] " + message);
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }

    static Map<String, Object> counts(GeneratedCatalog g) {
        var c = g.catalog();
        var m = new LinkedHashMap<String, Object>();
        m.put("providers", c.providers().size());
        m.put("credentials", c.credentials().size());
        m.put("withStackingRules", c.credentials().stream().filter(x -> x.requirements() != null).count());
        m.put("withPrerequisites", c.credentials().stream().filter(x -> x.prerequisites() != null).count());
        m.put("recognitions", c.credentials().stream().mapToInt(x -> x.recognisedAs().size()).sum());
        m.put("learners", c.learners().size());
        m.put("holdings", c.learners().stream().mapToInt(l -> l.earned().size()).sum());
        m.put("priorSkills", c.learners().stream().mapToInt(l -> l.skills().size()).sum());
        m.put("goals", c.learners().stream().mapToInt(l -> l.goals().size()).sum());
        return m;
    }
}
