package org.credpath.bench.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scaling curve: per phase, p50 (solid) and p99 (dashed) latency against the scale, on log-log axes,
 * beside the catalog load time and the peak resident memory; a small hand-written SVG, and the table.
 */
final class ScalingPlot {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
            "#7f7f7f", "#bcbd22", "#393b79"};
    private static final int W = 560;
    private static final int H = 360;
    private static final int PAD = 60;

    private ScalingPlot() {
    }

    /** Phases measured at every scale, by key, with their results in scale order. */
    static Map<String, List<ScaleResult.Phase>> series(List<ScaleResult> runs) {
        var series = new LinkedHashMap<String, List<ScaleResult.Phase>>();
        for (var p : runs.get(0).phases()) {
            var all = new ArrayList<ScaleResult.Phase>();
            for (var r : runs) {
                r.phases().stream().filter(q -> q.key().equals(p.key())).findFirst().ifPresent(all::add);
            }
            if (all.size() == runs.size()) {
                series.put(p.key(), all);
            }
        }
        return series;
    }

    static String svg(List<ScaleResult> runs) {
        var series = series(runs);
        var xs = runs.stream().mapToDouble(ScaleResult::scaleFactor).toArray();
        double yMin = Double.MAX_VALUE;
        double yMax = 0;
        for (var s : series.values()) {
            for (var p : s) {
                yMin = Math.min(yMin, Math.max(0.01, p.p50()));
                yMax = Math.max(yMax, p.p99());
            }
        }
        var svg = new StringBuilder();
        svg.append(String.format("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' font-size='11'>%n",
                2 * W + 300, H + 20));
        svg.append("<rect width='100%' height='100%' fill='white'/>\n");
        var latency = new Axes(0, xs, Math.pow(10, Math.floor(Math.log10(yMin))), Math.pow(10, Math.ceil(Math.log10(yMax))), true,
                "latency (ms), p50 solid, p99 dashed");
        latency.draw(svg);
        int c = 0;
        for (var e : series.entrySet()) {
            var colour = COLOURS[c % COLOURS.length];
            latency.line(svg, xs, e.getValue().stream().mapToDouble(p -> Math.max(0.01, p.p50())).toArray(), colour, false);
            latency.line(svg, xs, e.getValue().stream().mapToDouble(ScaleResult.Phase::p99).toArray(), colour, true);
            svg.append(String.format("<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='%s' stroke-width='2'/>", 2 * W + 10, 30 + 16 * c,
                    2 * W + 30, 30 + 16 * c, colour));
            svg.append(String.format("<text x='%d' y='%d'>%s</text>%n", 2 * W + 35, 34 + 16 * c, escape(e.getKey())));
            c++;
        }
        var load = runs.stream().mapToDouble(r -> number(r.load().get("loadSeconds"))).toArray();
        var rss = runs.stream().mapToDouble(r -> r.memory().maxRssBytes() / (double) (1L << 30)).toArray();
        double max = java.util.Arrays.stream(load).max().orElse(1);
        var right = new Axes(W, xs, 0.1, Math.pow(10, Math.ceil(Math.log10(Math.max(max, 10)))), true,
                "catalog load (s, solid), max RSS (GiB, dashed)");
        right.draw(svg);
        right.line(svg, xs, load, "#000000", false);
        right.line(svg, xs, rss, "#000000", true);
        svg.append("</svg>\n");
        return svg.toString();
    }

    static String markdown(List<ScaleResult> runs, String svgName) {
        var md = new StringBuilder("# credpath scaling curve\n\n![scaling curve](" + svgName + ")\n\n");
        md.append("| phase |");
        runs.forEach(r -> md.append(" ").append(r.scale()).append(" p50 / p99 ms |"));
        md.append("\n|---|");
        runs.forEach(r -> md.append("---:|"));
        md.append("\n");
        series(runs).forEach((key, phases) -> {
            md.append("| ").append(key).append(" |");
            phases.forEach(p -> md.append(String.format(" %.2f / %.2f |", p.p50(), p.p99())));
            md.append("\n");
        });
        md.append("| run started (UTC) |");
        runs.forEach(r -> md.append(" ").append(r.started(), 0, Math.min(16, r.started().length())).append(" |"));
        md.append("\n| load average at start |");
        runs.forEach(r -> md.append(" ").append(r.load().getOrDefault("loadAverageBefore", "?")).append(" |"));
        md.append("\n| catalog load (s) |");
        runs.forEach(r -> md.append(" ").append(r.load().get("loadSeconds")).append(" |"));
        md.append("\n| max RSS (GiB) |");
        runs.forEach(r -> md.append(String.format(" %.2f |", r.memory().maxRssBytes() / (double) (1L << 30))));
        md.append("\n");
        return md.toString();
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** A log-log plot area at horizontal offset {@code left}. */
    private record Axes(int left, double[] xs, double yMin, double yMax, boolean logY, String title) {

        double x(double v) {
            double lo = Math.log10(xs[0]);
            double hi = Math.log10(xs[xs.length - 1]);
            return left + PAD + (hi == lo ? 0.5 : (Math.log10(v) - lo) / (hi - lo)) * (W - 2 * PAD);
        }

        double y(double v) {
            double lo = Math.log10(yMin);
            double hi = Math.log10(yMax);
            return H - PAD + 20 - (Math.log10(Math.max(v, yMin)) - lo) / (hi - lo) * (H - 2 * PAD);
        }

        void draw(StringBuilder svg) {
            svg.append(String.format("<text x='%d' y='16' font-size='13'>%s</text>%n", left + PAD, escape(title)));
            svg.append(String.format("<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#888'/>%n", left + PAD, PAD - 20 + 0,
                    W - 2 * PAD, H - 2 * PAD));
            for (double v = yMin; v <= yMax * 1.0001; v *= 10) {
                svg.append(String.format("<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#ddd'/>", left + PAD, left + W - PAD, y(v), y(v)));
                svg.append(String.format("<text x='%d' y='%.1f' text-anchor='end'>%s</text>%n", left + PAD - 4, y(v) + 4, label(v)));
            }
            for (double s : xs) {
                svg.append(String.format("<text x='%.1f' y='%d' text-anchor='middle'>%s</text>%n", x(s), H - PAD + 36, ScaleSpec.label(s)));
            }
        }

        void line(StringBuilder svg, double[] xv, double[] yv, String colour, boolean dashed) {
            var points = new StringBuilder();
            for (int i = 0; i < xv.length; i++) {
                if (!Double.isNaN(yv[i])) {
                    points.append(String.format("%.1f,%.1f ", x(xv[i]), y(yv[i])));
                    svg.append(String.format("<circle cx='%.1f' cy='%.1f' r='2.5' fill='%s'/>", x(xv[i]), y(yv[i]), colour));
                }
            }
            svg.append(String.format("<polyline points='%s' fill='none' stroke='%s' stroke-width='1.6'%s/>%n", points.toString().trim(),
                    colour, dashed ? " stroke-dasharray='5,3'" : ""));
        }

        private static String label(double v) {
            return v >= 1 ? String.valueOf((long) Math.round(v)) : String.valueOf(v);
        }
    }
}
