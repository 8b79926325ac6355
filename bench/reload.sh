#!/usr/bin/env bash
# A catalog load that rewrites stored credentials (issue 23): per size, a fresh embedded store, N generated credentials
# created in one load, then all of them loaded again changed; prints create / update seconds (ReloadBenchmark).
#   bench/reload.sh [sizes, default 2500,5000,10000,25000] [runs per size, default 1]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# from a copy of the compiled classes, so that a build in this folder meanwhile does not change what runs
run=target/bench-run/$$ && mkdir -p "$run" && cp -r target/classes target/test-classes "$run"/
exec java -Xmx"${BENCH_HEAP:-3g}" -cp "$run/test-classes:$run/classes:$(cat target/bench-classpath.txt)" \
  org.credpath.bench.scale.ReloadBenchmark "${1:-2500,5000,10000,25000}" "${2:-1}"
