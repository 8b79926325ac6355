package org.credpath.bench.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the service spends its CPU in each phase, from its flight recording ({@code --profile}): the hottest
 * methods by own samples, and by the first credpath frame on the stack (so the engine's share shows
 * beside Neo4j's, the web layer's and JSON's).
 */
final class JfrProfile {

    private static final int TOP = 12;

    private JfrProfile() {
    }

    /** One execution sample, reduced to what the summary needs (a long recording does not fit in memory whole). */
    private record Sample(long millis, String top, String credpath) {
    }

    static Map<String, List<String>> summarise(Path recording, List<ScaleResult.Phase> phases) throws IOException {
        var samples = new ArrayList<Sample>();
        try (var file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                var e = file.readEvent();
                if (e.getEventType().getName().equals("jdk.ExecutionSample") && e.getStackTrace() != null
                        && !e.getStackTrace().getFrames().isEmpty()) {
                    var frames = e.getStackTrace().getFrames();
                    samples.add(new Sample(e.getStartTime().toEpochMilli(), name(frames.get(0)), frames.stream().map(JfrProfile::name)
                            .filter(n -> n.startsWith("org.credpath.")).findFirst().orElse("(no credpath frame: " + area(frames) + ")")));
                }
            }
        }
        var result = new LinkedHashMap<String, List<String>>();
        for (var phase : phases) {
            var self = new HashMap<String, Integer>();
            var credpath = new HashMap<String, Integer>();
            int total = 0;
            for (var sample : samples) {
                if (sample.millis() >= phase.startEpochMillis() && sample.millis() <= phase.endEpochMillis()) {
                    total++;
                    self.merge(sample.top(), 1, Integer::sum);
                    credpath.merge(sample.credpath(), 1, Integer::sum);
                }
            }
            var lines = new ArrayList<String>();
            lines.add(total + " samples; by first credpath frame on the stack:");
            top(credpath, total, lines);
            lines.add("by own (top) frame:");
            top(self, total, lines);
            result.put(phase.key(), lines);
        }
        return result;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    /** A coarse owner of a stack without credpath code: the library of the top-most frame outside the JDK. */
    private static String area(List<RecordedFrame> frames) {
        for (var f : frames) {
            var n = name(f);
            if (n.startsWith("org.neo4j.driver.") || n.startsWith("io.netty.") || n.startsWith("org.neo4j.bolt.")) {
                return "Bolt driver and server";
            }
            if (n.startsWith("org.neo4j.") || n.startsWith("scala.")) {
                return "Neo4j";
            }
            if (n.startsWith("tools.jackson.")) {
                return "Jackson";
            }
            if (n.startsWith("org.springframework.")) {
                return "Spring";
            }
            if (n.startsWith("org.apache.catalina.") || n.startsWith("org.apache.coyote.") || n.startsWith("org.apache.tomcat.")) {
                return "Tomcat";
            }
            if (n.startsWith("io.micrometer.") || n.startsWith("ch.qos.")) {
                return "metrics and logging";
            }
        }
        return "JVM";
    }

    private static void top(Map<String, Integer> counts, int total, List<String> lines) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> lines.add(String.format("  %5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, total), e.getKey())));
    }
}
