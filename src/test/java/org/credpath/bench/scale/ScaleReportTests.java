package org.credpath.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScaleReportTests {

    private static ScaleResult.Phase phase(String endpoint, String side, String mode, double p50, double p99, String target, Boolean met) {
        return new ScaleResult.Phase(endpoint, side, "GET /x", mode, 100, 100, 0, 0, 50, p50, p50 * 1.5, p99, p99 * 2, p50, target, met,
                null, 1L << 30, 1L << 29, 1.2, 0.2, 0.3, "1.0", null, 0, 1);
    }

    private static ScaleResult run(double scale, double factor) {
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("loadSeconds", 10 * factor);
        load.put("loadAverageBefore", "0.5");
        var phases = List.of(phase("next step", "ENGINE", "open 200/s", 5 * factor, 40 * factor, "p99 < 50 ms", 40 * factor < 50),
                phase("next step", "ENGINE", "closed 1 client", 3 * factor, 9 * factor, null, null),
                phase("next step", "BASELINE", "closed 1 client", 60 * factor, 200 * factor, null, null));
        var result = new ScaleResult(ScaleSpec.label(scale), scale, 1, "now", "test machine", "test", load, Map.of(), List.of(), phases,
                new ScaleResult.Memory(3L << 30, 1L << 29, 1L << 28, 1L << 30, "1g"), Verdicts.ratios(phases), List.of(), Map.of());
        return Verdicts.withChecks(result);
    }

    @Test
    void checksTheTargetsAndSaysByHowMuchOneIsMissed() {
        var r = run(1, 2);
        assertThat(r.ratios()).singleElement().satisfies(x -> assertThat(x.p50Ratio()).isEqualTo(20.0));
        assertThat(r.checks()).extracting(ScaleResult.Check::met).containsExactly(false, true, false);
        assertThat(r.checks().get(0).note()).isEqualTo("over by 30.0 ms (1.6x the target)");
        assertThat(r.checks().get(2).note()).isEqualTo("over by 1.00 GiB");
        var md = ScaleReport.markdown(r);
        assertThat(md).contains("| next step | engine | open 200/s | 100 | 50.0 | 10.00 | 15.00 | 80.00 | 160.00 | 0 | 0 | p99 < 50 ms | **no** |");
        assertThat(md).contains("| next step | 6.00 | 120.00 | 20.0x |");
    }

    @Test
    void plotsTheScalingCurveAsWellFormedSvg() throws Exception {
        var runs = List.of(run(0.1, 1), run(1, 2), run(5, 4));
        var svg = ScalingPlot.svg(runs);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(3 * 2 + 2);
        assertThat(ScalingPlot.markdown(runs, "curve.svg")).contains("| next step (open 200/s) | 5.00 / 40.00 | 10.00 / 80.00 | 20.00 / 160.00 |");
    }

    @Test
    void readsDurationsAndScalesFromTheCommandLine() {
        var o = BenchOptions.parse("--scale", "0.1,1,5", "--duration=45s", "--warmup", "2m", "--only", "audit,next step", "--profile");
        assertThat(o.scales()).containsExactly(0.1, 1.0, 5.0);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(45));
        assertThat(o.warmup()).isEqualTo(Duration.ofMinutes(2));
        assertThat(o.only()).containsExactly("audit", "next step");
        assertThat(o.profile()).isTrue();
        assertThat(ScaleSpec.label(0.1)).isEqualTo("x0.1");
        assertThat(ScaleSpec.label(5)).isEqualTo("x5");
    }

    @Test
    @DisplayName("The JIT is idle only when jcmd Compiler.queue shows no compile running and both queues empty")
    void readsTheCompilerQueue() {
        var busy = "10025:\nCurrent compiles: \nC2 CompilerThread0  3786       4       a.B::c (1032 bytes)\n\nC1 compile queue:\nEmpty\n\n"
                + "C2 compile queue:\nEmpty\n";
        var queued = "10025:\nCurrent compiles: \n\nC1 compile queue:\nEmpty\n\nC2 compile queue:\n3295       4       java.lang.Long::bitCount (61 bytes)\n";
        var idle = "10025:\nCurrent compiles: \n\nC1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty\n\n";
        assertThat(Service.compilerIdle(busy)).isFalse();
        assertThat(Service.compilerIdle(queued)).isFalse();
        assertThat(Service.compilerIdle(idle)).isTrue();
        assertThat(Service.compilerIdle("10025:\ncom.sun.tools.attach.AttachNotSupportedException")).isFalse();
    }
}
