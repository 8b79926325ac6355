package org.credpath.bench.scale;

import java.util.Map;

/** The markdown table of one run (the JSON beside it has the same numbers). */
final class ScaleReport {

    private static final double GIB = 1L << 30;

    private ScaleReport() {
    }

    static String markdown(ScaleResult r) {
        var md = new StringBuilder();
        md.append("# credpath at scale ").append(r.scale()).append("\n\n");
        md.append("Started ").append(r.started()).append(" on ").append(r.machine()).append(". Service: ").append(r.service())
                .append(". Generator seed ").append(r.seed()).append(". The machine is shared: load average (1 min) ")
                .append(r.load().get("loadAverageBefore")).append(" before the service started; what other processes used during each phase"
                + " is in the table.\n\n");
        md.append("## Data and import\n\n| what | value |\n|---|---|\n");
        if (r.load().get("counts") instanceof Map<?, ?> counts) {
            counts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        }
        row(md, "ESCO v1.1.1 import (s)", r.load().get("escoImportSeconds"));
        row(md, "generate the catalog (s)", r.load().get("generateSeconds"));
        row(md, "load providers and credentials, CatalogService.load x " + r.load().getOrDefault("credentialLoads", 1) + " (s)",
                r.load().get("loadCredentialsSeconds"));
        row(md, "load learners, CatalogService.load per " + r.load().get("learnersPerLoad") + " (s)", r.load().get("loadLearnersSeconds"));
        row(md, "catalog load total (s)", r.load().get("loadSeconds"));
        row(md, "fill check", r.load().getOrDefault("fillCheck", "not checked"));
        r.coldCallsMillis().forEach((k, v) -> row(md, "cold " + k + " (ms)", v));
        md.append("\n## Latency and throughput\n\n");
        md.append("Latencies in ms, measured by the client over loopback (HdrHistogram; open loop from each request's due time).\n\n");
        md.append("CPU in cores over each phase: the service / this benchmark / every other process on the machine.\n\n");
        md.append("| endpoint | side | mode | requests | req/s | p50 | p95 | p99 | max | 4xx | errors | target | met | CPU service / bench / others"
                + " | max RSS GiB |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|\n");
        for (var p : r.phases()) {
            md.append(String.format("| %s | %s | %s%s | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %d | %d | %s | %s | %.2f / %.2f / %.2f | %.2f |%n",
                    p.endpoint(), p.side().toLowerCase(), p.mode(), p.overloadedAfter() == null ? ""
                            : String.format(" (stopped after %.0f s: not sustained)", p.overloadedAfter()),
                    p.requests(), p.throughput(), p.p50(), p.p95(), p.p99(), p.max(), p.clientErrors(), p.errors(),
                    p.target() == null ? "" : p.target(), p.met() == null ? "" : p.met() ? "yes" : "**no**", p.cpuService(), p.cpuBenchmark(),
                    p.cpuOthers(), p.maxRssBytes() / GIB));
        }
        if (!r.ratios().isEmpty()) {
            md.append("\n## Engine vs plain Cypher (one client each, same requests)\n\n");
            md.append("| endpoint | engine p50 | baseline p50 | engine faster (p50) | engine p99 | baseline p99 | engine faster (p99) |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|\n");
            r.ratios().forEach(x -> md.append(String.format("| %s | %.2f | %.2f | %.1fx | %.2f | %.2f | %.1fx |%n", x.endpoint(), x.engineP50(),
                    x.baselineP50(), x.p50Ratio(), x.engineP99(), x.baselineP99(), x.p99Ratio())));
        }
        var m = r.memory();
        md.append(String.format("%n## Memory%n%nService heap limit %s; max heap in use %.2f GiB; live heap after a full GC at the end %.2f GiB;"
                + " max RSS %.2f GiB; RSS at the end %.2f GiB.%n", m.serviceHeapLimit(), m.maxHeapBytes() / GIB, m.liveHeapAfterGcBytes() / GIB,
                m.maxRssBytes() / GIB, m.rssAtEndBytes() / GIB));
        md.append("\n## Targets (issue 6; stated for x1 on 2 cores)\n\n| target | measured | met | note |\n|---|---|---|---|\n");
        r.checks().forEach(c -> md.append("| ").append(c.target()).append(" | ").append(c.measured()).append(" | ")
                .append(c.met() ? "yes" : "**no**").append(" | ").append(c.note()).append(" |\n"));
        var failures = r.phases().stream().filter(p -> p.firstFailure() != null).toList();
        if (!r.notes().isEmpty() || !failures.isEmpty()) {
            md.append("\n## Notes\n\n");
            r.notes().forEach(n -> md.append("- ").append(n).append("\n"));
            failures.forEach(p -> md.append("- ").append(p.key()).append(", first answer other than 2xx: `")
                    .append(p.firstFailure().replace('`', '\'').replace('\n', ' ')).append("`\n"));
        }
        if (!r.profile().isEmpty()) {
            md.append("\n## Where the time goes (JFR execution samples of the service, per phase)\n");
            r.profile().forEach((phase, lines) -> {
                md.append("\n**").append(phase).append("**\n\n```\n");
                lines.forEach(l -> md.append(l).append("\n"));
                md.append("```\n");
            });
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String what, Object value) {
        if (value != null) {
            md.append("| ").append(what).append(" | ").append(value).append(" |\n");
        }
    }
}
