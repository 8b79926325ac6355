package org.credpath.bench.scale;

/**
 * One measured phase: an endpoint (of the engine over HTTP, or of the plain-Cypher baseline over Bolt),
 * driven open-loop at a rate or closed-loop by N clients, with the target where it has one.
 */
record Scenario(String name, String endpoint, Side side, Mode mode, LoadPhase.Call call, Target target) {

    enum Side { ENGINE, BASELINE }

    /** Open loop at {@code rate} requests/s, or closed loop with {@code clients} clients. */
    record Mode(boolean open, double rate, int clients) {
        static Mode open(double rate) {
            return new Mode(true, rate, 0);
        }

        static Mode closed(int clients) {
            return new Mode(false, 0, clients);
        }

        String label() {
            return open ? "open " + (rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate)) + "/s"
                    : "closed " + clients + (clients == 1 ? " client" : " clients");
        }
    }

    /** A latency target: {@code percentile} (50, 95, 99) under {@code millis}. */
    record Target(int percentile, double millis) {
        String label() {
            return "p" + percentile + " < " + (millis == Math.rint(millis) ? String.valueOf((long) millis) : String.valueOf(millis)) + " ms";
        }
    }
}
