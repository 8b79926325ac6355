#!/usr/bin/env python3
"""One occupation's coverage answer (GET /api/coverage, scope=essential) as lines: how many essential skills the
catalog teaches above the threshold, each taught one with its most trusted teacher (source, confidence, evidence), and
the ones nothing teaches. Run by bench/skill-catalogs.sh; usage: coverage_summary.py coverage-<occupation>.json"""
import json
import sys

c = json.load(open(sys.argv[1]))
print("%s: %d of %d essential skills taught" % (c["goal"]["label"], c["essentialTaught"], c["essentialSkills"]))
for s in c["perSkill"]:
    if not s["essential"]:
        continue
    if s["taughtBy"]:
        t = s["taughtBy"][0]
        cred = t.get("credential", t)
        print("  taught: %s (%d credentials; e.g. %s, %s %s: %s)" % (s["label"], s["teachingCredentials"], cred.get("title", cred.get("id")),
              t.get("source"), t.get("confidence"), (t.get("evidence") or "")[:90]))
for s in c["perSkill"]:
    if s["essential"] and not s["taughtBy"]:
        print("  taught by nothing: %s" % s["label"])
