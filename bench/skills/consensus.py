#!/usr/bin/env python3
"""The consensus of the two readers of the skill links (docs/skill-matching.md, "Consensus").

Reads the consensus files, checks them against both readers' files (the same links and candidates, each reader's
label copied as it stands) and prints:
- per judged sample (docs/skill-links-judged-consensus.csv: the 100 links of the job-ad curve, the 100 of the course
  curves, both): right / partly / wrong and the precision, strictly (right only) and counting partly right, by the
  consensus and by each reader; how the disagreements were decided; the agreements the consensus overrules;
- for the calibration set (bench/skills/course-calibration-consensus.csv), per text kind: the right candidates (and
  for tags those naming the tag) by each reader and by the consensus, the disagreements decided, the overruled
  agreements;
- with the candidates file CourseCalibrationSample writes, what bench/skills/fit_course_calibration.py gives when
  fitted on the consensus labels (per kind: the curves in use so far and the fitted ones, out-of-fold precision and
  right links kept at 0.5, the coefficients), and the curves fitted on the first reading judged by the consensus.

Nothing here changes the curves the matcher uses (SkillMatchers): the consensus is for the lead's refit.

Usage: python3 bench/skills/consensus.py [target/course-calibration/candidates.csv]
"""
import csv
import os
import subprocess
import sys
from collections import Counter

LINKS = "docs/skill-links-judged-consensus.csv"
LINK_READERS = {"job-ad": "docs/skill-links-judged.csv",
                "course-calibrated": "docs/skill-links-judged-course-calibrated.csv"}
SECOND = "docs/skill-links-judged-reader2.csv"
CALIBRATION = "bench/skills/course-calibration-consensus.csv"
CAL_READERS = ("bench/skills/course-calibration.csv", "bench/skills/course-calibration-reader2.csv")
NAMES_THE_TAG = "names the tag, not the course"
OVERRULED = ("agreement overruled", "the readers agreed on not right; overruled")


def precision(labels):
    """Right, partly, wrong counts and the precision strictly and counting partly, of a list of labels.

    >>> precision(["right", "partly", "wrong", "right"])
    (2, 1, 1, 0.5, 0.75)
    """
    c = Counter(labels)
    n = len(labels)
    return c["right"], c["partly"], c["wrong"], c["right"] / n, (c["right"] + c["partly"]) / n


def read(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def check_links(rows):
    """Each consensus row is the link of the same row of the readers' files, with their labels copied."""
    second = {(r["sample"], r["row"]): r for r in read(SECOND)}
    for sample, path in LINK_READERS.items():
        mine = [r for r in rows if r["sample"] == sample]
        first = read(path)
        if len(mine) != len(first):
            sys.exit(f"{LINKS}: {len(mine)} rows of sample {sample}, {path} has {len(first)}")
        for i, (c, f) in enumerate(zip(mine, first), 1):
            s = second[(sample, str(i))]
            if (c["row"], c["skill_uri"], c["first"], c["second"]) != (str(i), f["skill_uri"], f["judgement"], s["judgement"]):
                sys.exit(f"{LINKS}: sample {sample} row {i} is not {f['credential']} -> {f['skill']} as the readers read it")


def report_links():
    rows = read(LINKS)
    check_links(rows)
    print("== judged links: consensus (first reader, second reader)")
    for name, part in [(s, [r for r in rows if r["sample"] == s]) for s in LINK_READERS] + [("both", rows)]:
        line = []
        for who in ("consensus", "first", "second"):
            right, partly, wrong, strict, lenient = precision([r[who] for r in part])
            line.append(f"{who} {right}/{partly}/{wrong} = {100 * strict:.0f} % / {100 * lenient:.0f} %")
        print(f"  {name} ({len(part)} links), right/partly/wrong = precision strictly / counting partly:")
        print("    " + "; ".join(line))
    split = [r for r in rows if r["first"] != r["second"]]
    sided = Counter("first" if r["consensus"] == r["first"] else "second" if r["consensus"] == r["second"] else "neither"
                    for r in split)
    moves = Counter(f"{r['first']} | {r['second']} -> {r['consensus']}" for r in split)
    print(f"  {len(split)} disagreements: consensus as the first reader {sided['first']}, as the second {sided['second']}, "
          f"neither {sided['neither']}")
    for move, n in sorted(moves.items(), key=lambda m: -m[1]):
        print(f"    {n:3d}  {move}")
    for r in rows:
        if r["reason"].startswith(OVERRULED):
            print(f"  overruled: {r['sample']} #{r['row']} {r['title']} -> {r['skill']}: {r['first']} -> {r['consensus']} "
                  f"({r['reason']})")


def calibration_labels(path):
    return {(r["item"], r["skill_uri"]): r["judgement"] for r in read(path) if r["skill_uri"]}


def report_calibration():
    rows = read(CALIBRATION)
    first, second = (calibration_labels(p) for p in CAL_READERS)
    judged = {(r["item"], r["skill_uri"]): r for r in rows if r["skill_uri"]}
    for key in set(first) | set(second):
        r = judged.get(key)
        if r is None or (r["first"], r["second"]) != (first.get(key, "wrong"), second.get(key, "wrong")):
            sys.exit(f"{CALIBRATION}: candidate {key} is missing or does not copy the readers' labels")
    kinds = {r["item"]: r["kind"] for r in read(CAL_READERS[0])}
    print("== calibration set: candidates right (for tags: right or naming the tag), first / second / consensus")
    for kind in ("title", "description", "tag", None):
        part = [r for r in judged.values() if kind is None or kinds[r["item"]] == kind]
        counts = []
        for who in ("first", "second", "consensus"):
            c = Counter(r[who] for r in part)
            counts.append(f"{c['right']}" + (f" ({c['right'] + c[NAMES_THE_TAG]})" if kind in ("tag", None) else ""))
        decided = sum(r["first"] != r["second"] for r in part)
        print(f"  {kind or 'all'}: right {' / '.join(counts)}; partly by the consensus "
              f"{sum(r['consensus'] == 'partly' for r in part)}; {decided} disagreements decided")
    sided = Counter("first" if r["consensus"] == r["first"] else "second" if r["consensus"] == r["second"] else "neither"
                    for r in judged.values() if r["first"] != r["second"])
    print(f"  consensus as the first reader {sided['first']}, as the second {sided['second']}, neither {sided['neither']}")
    for r in sorted(judged.values(), key=lambda r: int(r["item"])):
        if r["reason"].startswith(OVERRULED):
            print(f"  overruled: item {r['item']} {r['title']} -> {r['skill_label']}: {r['first']} -> {r['consensus']}")


def fit(candidates):
    here = os.path.dirname(os.path.abspath(__file__))
    script = os.path.join(here, "fit_course_calibration.py")
    print("== fit_course_calibration.py fitted on the consensus labels")
    sys.stdout.flush()
    subprocess.run([sys.executable, script, candidates, CALIBRATION], check=True)
    print("== the curves fitted on the first reading (in sample; the ones SkillMatchers uses), judged by the consensus")
    sys.stdout.flush()
    out = subprocess.run([sys.executable, script, candidates, CAL_READERS[0], CALIBRATION], check=True,
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.endswith("right") or "in sample" in line or line.startswith(("title", "description", "tag")):
            print(line)


def main():
    report_links()
    report_calibration()
    if len(sys.argv) > 1:
        fit(sys.argv[1])


if __name__ == "__main__":
    main()
