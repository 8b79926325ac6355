#!/usr/bin/env bash
# Real outputs for a UT Dallas student (docs/skill-matching.md, "Real catalogs"): against a running credpath on the real
# catalogs (e.g. the store bench/skill-catalogs.sh leaves, started with the seed off), adds a learner holding eight
# first- and second-year UT Dallas computer science and mathematics courses and writes their skill gap and next steps
# toward data analyst and software developer to OUT (utd-gap-<occupation>.json, utd-next-<occupation>.json).
#   bench/skills/utd-learner.sh 18091 target/skill-catalogs-after
set -euo pipefail
PORT=$1
OUT=$2
API=localhost:$PORT/api
TOKEN=$(curl -s "$API/dev/token" -H 'Accept: text/plain' -H 'Content-Type: application/json' -d '{"subject": "bench", "role": "ADMIN"}')
CATALOG=$'format: credpath-catalog/1\nlearners:\n  - id: utd-student\n    name: UT Dallas student\n    earned:\n'
for course in CS-1336 CS-1337 CS-2305 CS-2336 CS-3341 CS-3345 MATH-2418 MATH-2413; do
  CATALOG+="      - {credential: utd-$course, date: 2025-05-20, verified: true}"$'\n'
done
curl -s "$API/admin/catalog" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/yaml' --data-binary "$CATALOG" > "$OUT/utd-learner.json"
for occupation in d3edb8f8-3a06-47a0-8fb9-9b212c006aa2 f2b15a0e-e65a-438a-affb-29b9d50b77d1; do
  curl -s -G "$API/learners/utd-student/skill-gap" -H "Authorization: Bearer $TOKEN" \
      --data-urlencode "occupation=http://data.europa.eu/esco/occupation/$occupation" > "$OUT/utd-gap-$occupation.json"
  curl -s -G "$API/learners/utd-student/next-steps" -H "Authorization: Bearer $TOKEN" \
      --data-urlencode "occupation=http://data.europa.eu/esco/occupation/$occupation" --data-urlencode "k=10" > "$OUT/utd-next-$occupation.json"
done
python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
for occupation in ("d3edb8f8-3a06-47a0-8fb9-9b212c006aa2", "f2b15a0e-e65a-438a-affb-29b9d50b77d1"):
    gap = json.load(open(f"{out}/utd-gap-{occupation}.json"))
    nxt = json.load(open(f"{out}/utd-next-{occupation}.json"))
    print(json.dumps({k: v for k, v in gap.items() if not isinstance(v, (list, dict))})[:400])
    for item in nxt.get("items", []):
        c = item["credential"]
        print("  %2d %-55s %-22s ects %-4s score %.3f: %s" % (item["rank"], c["title"][:55], (c.get("providerName") or "")[:22], c.get("ects"),
              item["score"], "; ".join("%s (%s %s)" % (s["label"], s.get("source"), s.get("confidence")) for s in item.get("coversEssential", []))))
PY
