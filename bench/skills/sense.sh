#!/usr/bin/env bash
# The sense check (issue 20): for every consensus-labelled UT Dallas link of the judged files, the cosine of the
# skill's ESCO description vector to the evidence, the course title and the course's whole text
# (org.credpath.bench.skills.SenseCheck -> target/sense-check.csv), then its summary (sense_summary.py: distributions,
# AUCs, out-of-fold fits with today's confidence, the links a cut would move). Arguments: more judged CSVs (e.g.
# docs/skill-links-judged-seed23-consensus.csv); the seed-21 course sample and the seed-22 sample are always read.
# Description vectors are kept in data/skill-vectors/esco-labels.descriptions.vec (a second run encodes nothing new).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -ntp -o -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.credpath.bench.skills.SenseCheck \
    ../shared/data target/sense-check.csv docs/skill-links-judged-consensus.csv docs/skill-links-judged-seed22-consensus.csv "$@"
python3 bench/skills/sense_summary.py target/sense-check.csv
