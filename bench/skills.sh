#!/usr/bin/env bash
# The skill matcher benchmark (org.credpath.bench.skills.SkillMatchBenchmark): R-Precision@5/@10 and MRR, with bootstrap
# intervals, of the matcher and its baselines on the TECH and HOUSE validation sets of ../shared/data/skill-extraction,
# the one-off cost of the ESCO label vectors (cached in data/skill-vectors/, computed only when absent), and the
# latency of a 300-word job ad. Arguments go to the benchmark: `--dump target/skill-features.csv` also writes every
# candidate's features for bench/skills/fit_reranker.py (with `--sense N`: each sentence's top N only, plus the cosine to
# the skill's ESCO description, docs/skill-matching.md "Sense check"); `--no-latency` skips the latency runs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -o -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
exec java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.credpath.bench.skills.SkillMatchBenchmark "$@"
