#!/usr/bin/env bash
# The scale benchmark (issue 6): builds the service jar and the benchmark code, then for each scale fills a
# fresh store (full ESCO + a generated catalog), starts the packaged service on it, drives every endpoint over
# HTTP and the plain-Cypher baseline over Bolt, and writes results/<time>-x<scale>.{md,json} (several scales:
# also results/<time>-curve.{md,json,svg}). Options (see docs/benchmarks.md):
#   --scale 0.1[,1,5]  --duration 30s  --warmup 5m (at most)  --rate 200  --clients 4  --heap 1g  --seed N
#   --esco ../shared/data/esco-v1.1.1  --results results  --no-profile  --keep-store  --store <kept store>
#   --only "audit,next step"  --fill-heap 8g
# Registry-size worlds (issue 23): x10 is 200,000 credentials and 1 million learners, x50 1 million credentials;
# hold the machine-wide lock and stay within 9 GB of heap: flock /work/notes/bigmem.lock env BENCH_HEAP=1g bench/scale.sh --scale 10 --heap 4g --fill-heap 8g.
# bench/scale.sh --snapshot-only [0.1,1,10,50]: the in-memory catalog snapshot and skill index alone (no database,
# no HTTP; the same generated world on the full ESCO, learners capped at 2,000): build time, bytes per credential,
# one changed credential applied in place, next steps in-process (the indexed ranking and the full scan on the same
# requests, answers compared); one JSON line per scale in
# results/<time>-snapshot-scale.jsonl (SnapshotScaleBenchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--snapshot-only" ]]; then
  mvn -q -B -ntp -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
  mkdir -p results
  exec java -Xmx"${BENCH_HEAP:-16g}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.credpath.bench.scale.SnapshotScaleBenchmark "${ESCO:-../shared/data/esco-v1.1.1}" "${2:-0.1,1,10,50}" \
    "results/$(date -u +%Y%m%d-%H%M%S)-snapshot-scale.jsonl"
fi
mvn -q -B -ntp -DskipTests package dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# runs from a copy of the compiled classes: a build in this folder during a long run (it fills the store in a second
# JVM that loads classes as it goes) must not pull them from under it
# (one folder per run, so that runs side by side keep theirs; delete target/bench-run when none runs)
run=target/bench-run/$$ && mkdir -p "$run" && cp -r target/classes target/test-classes "$run"/
# the store is filled in a JVM of its own (--fill-heap); this one holds the workload and the measurements
exec java -Xmx"${BENCH_HEAP:-2g}" -cp "$run/test-classes:$run/classes:$(cat target/bench-classpath.txt)" org.credpath.bench.scale.ScaleBenchmark "$@"
