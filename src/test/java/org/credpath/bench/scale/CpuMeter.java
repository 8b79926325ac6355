package org.credpath.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU used during a phase, from {@code /proc} (Linux): by the service, by this benchmark process, and by
 * everything else on the machine, in cores (1.0 = one core busy the whole phase). The machine is shared,
 * so this says how much of it the service really had. Zero where {@code /proc} is absent.
 */
final class CpuMeter {

    /** Clock ticks per second of {@code /proc} times (USER_HZ, 100 on Linux). */
    static final double TICKS = 100;

    record Reading(long nanos, long busyTicks, long serviceTicks, long selfTicks) {
    }

    record Use(double service, double benchmark, double others) {
        static final Use NONE = new Use(0, 0, 0);
    }

    private final long servicePid;

    CpuMeter(long servicePid) {
        this.servicePid = servicePid;
    }

    Reading read() {
        return new Reading(System.nanoTime(), busy(), process(String.valueOf(servicePid)), process("self"));
    }

    Use since(Reading start) {
        var end = read();
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        if (seconds <= 0 || end.busyTicks() < 0 || start.busyTicks() < 0) {
            return Use.NONE;
        }
        double service = (end.serviceTicks() - start.serviceTicks()) / TICKS / seconds;
        double self = (end.selfTicks() - start.selfTicks()) / TICKS / seconds;
        double all = (end.busyTicks() - start.busyTicks()) / TICKS / seconds;
        return new Use(round(service), round(self), round(Math.max(0, all - service - self)));
    }

    /** Busy ticks of all CPUs: the first line of /proc/stat, all but idle and iowait. */
    private static long busy() {
        try {
            var f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            return total - Long.parseLong(f[4]) - Long.parseLong(f[5]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime of a process (fields 14 and 15 of /proc/<pid>/stat, counted after the command in parentheses). */
    private static long process(String pid) {
        try {
            return ticks(Path.of("/proc", pid, "stat"));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime from a {@code stat} file of {@code /proc} (a process's or a thread's). */
    static long ticks(Path stat) throws IOException {
        var text = Files.readString(stat);
        var f = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
