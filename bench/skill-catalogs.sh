#!/usr/bin/env bash
# The real catalogs before and after the skill matcher (docs/skill-matching.md, "Real catalogs"): imports the full ESCO,
# UT Dallas and Coursera into a fresh store with the seed off, imports UT Dallas and Coursera again (a no-op), starts
# the service on that store and reports, per occupation (data analyst, software developer, ICT security
# administrator), how many essential skills the catalog teaches at or above credpath.skills.min-confidence, the
# share of UT Dallas and Coursera credentials with a skill, the next steps for data analyst of a learner with
# nothing, and (after only) a seeded random sample of 100 extracted links for judging (SEED, default 21; 20 drew the
# first judged sample, docs/skill-links-judged.csv). AGAIN=1 also imports UT Dallas
# a second time in a new process (a no-op; minutes, as the matching is redone).
#   bench/skill-catalogs.sh after    # imports use the matcher (the default)
#   bench/skill-catalogs.sh before   # imports resolve labels only (credpath.skills.match-imports=false)
# Outputs go to target/skill-catalogs-<mode>/. Takes minutes (the first run computes the ESCO label vectors).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-after}
MATCH=$([ "$MODE" = before ] && echo false || echo true)
OUT=${OUT:-target/skill-catalogs-$MODE}
STORE=$OUT/store
PORT=${PORT:-18091}
BOLT=${BOLT:-17691}
OPENS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED"
DATA=../shared/data
rm -rf "$OUT" && mkdir -p "$OUT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then # SKIP_BUILD=1: a run beside another one, on the classes it built
  mvn -q -B -o -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
  mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
fi
CLASSES=${CLASSES:-target/classes}           # CLASSES=/tmp/x/classes TEST_CLASSES=/tmp/x/test-classes: run on a copy,
TEST_CLASSES=${TEST_CLASSES:-target/test-classes} # so that a build meanwhile does not change the code under the run
CP="$CLASSES:$(cat target/runtime-classpath.txt)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); mode $MODE (credpath.skills.match-imports=$MATCH)" | tee "$OUT/summary.txt"

run_import() { # format source label
  local started=$(date +%s.%N)
  java $OPENS -Xmx3g -cp "$CP" org.credpath.imports.ImportCommand "$1" "$2" --credpath.embedded.directory="$STORE" --credpath.skills.match-imports="$MATCH" > "$OUT/import-$3.log" 2>&1
  printf '%s: %.1f s wall (load %s)\n' "$3" "$(echo "$(date +%s.%N) - $started" | bc)" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT/summary.txt"
}
run_import esco "$DATA/esco-v1.1.1" esco
run_import utdallas "$DATA/utdallas" utdallas
run_import coursera "$DATA/coursera/coursera_2024_partner_skills.csv" coursera
[ "${AGAIN:-0}" = 1 ] && run_import utdallas "$DATA/utdallas" utdallas-again # minutes: the matching is redone in a new process
run_import coursera "$DATA/coursera/coursera_2024_partner_skills.csv" coursera-again
grep -h "skills from course descriptions\|with the skill matcher\|tag resolution against\|Skill matcher ready" "$OUT"/import-*.log \
    | sed 's/^.*INFO[^:]*: //' | tee -a "$OUT/summary.txt" || true
grep -h "Imported .* in " "$OUT"/import-*again.log | sed 's/^.*Imported/again: Imported/' | tee -a "$OUT/summary.txt" || true

java $OPENS -Xmx3g -cp "$CP" org.credpath.CredpathApplication --credpath.seed.enabled=false --credpath.embedded.directory="$STORE" --server.port="$PORT" \
    --credpath.embedded.bolt-port="$BOLT" > "$OUT/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for i in $(seq 1 180); do
  curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null && break
  sleep 1
done
API=localhost:$PORT/api
TOKEN=$(curl -s "$API/dev/token" -H 'Accept: text/plain' -H 'Content-Type: application/json' -d '{"subject": "bench", "role": "ADMIN"}')
curl -s "$API/admin/catalog" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/yaml' \
    --data-binary $'format: credpath-catalog/1\nlearners:\n  - id: bench-newcomer\n    name: Newcomer\n' > "$OUT/learner.json"
for occupation in d3edb8f8-3a06-47a0-8fb9-9b212c006aa2 f2b15a0e-e65a-438a-affb-29b9d50b77d1 0464b062-cea6-4164-b10d-956c61956ae7; do
  curl -s -G "$API/coverage" -H "Authorization: Bearer $TOKEN" --data-urlencode "occupation=http://data.europa.eu/esco/occupation/$occupation" \
      --data-urlencode "scope=essential" --data-urlencode "teachersPerSkill=3" > "$OUT/coverage-$occupation.json"
  python3 bench/skills/coverage_summary.py "$OUT/coverage-$occupation.json" | tee -a "$OUT/summary.txt"
done
curl -s -G "$API/learners/bench-newcomer/next-steps" -H "Authorization: Bearer $TOKEN" \
    --data-urlencode "occupation=http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2" --data-urlencode "k=10" \
    > "$OUT/next-steps-data-analyst.json"
python3 -c "
import json,sys
n=json.load(open(sys.argv[1]))
for i in n['items']:
    c=i['credential']; print('%2d %-60s %-28s ects %-5s score %.3f essential %s' % (i['rank'], c['title'][:60], (c.get('providerName') or '')[:28], c.get('ects'), i['score'],
          '; '.join('%s (%s %s)' % (s['label'], s.get('source'), s.get('confidence')) for s in i['coversEssential'])))
" "$OUT/next-steps-data-analyst.json" | tee -a "$OUT/summary.txt"
SAMPLE=$([ "$MODE" = after ] && echo "$OUT/links-sample.csv" || echo -)
java -cp "$TEST_CLASSES:$CLASSES:$(cat target/bench-classpath.txt)" org.credpath.bench.skills.CatalogLinksReport \
    "bolt://localhost:$BOLT" "$SAMPLE" 0.5 100 "${SEED:-21}" | tee -a "$OUT/summary.txt"
