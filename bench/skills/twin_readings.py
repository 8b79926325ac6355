#!/usr/bin/env python3
"""Two blind readings of a sample of inferred (twin) links, and their consensus (docs/skill-matching.md, "Knowledge
implies the skill (twins)").

  draft:   python3 bench/skills/twin_readings.py draft SAMPLE.csv A.csv B.csv CONSENSUS.csv
           Prints each reader's right / partly / wrong, the share of links they judge alike and Cohen's kappa (three
           classes), and writes CONSENSUS.csv: the sample's rows with reader_a, reader_b, consensus and reason. Alike:
           that label; right vs partly: partly (the rule set of "Consensus"); anything vs wrong: left empty, to be
           settled by reading the row (write the label and the reason by hand).
  measure: python3 bench/skills/twin_readings.py measure CONSENSUS.csv [FACTOR]
           Prints the consensus right / partly / wrong, strict precision and counting partly with Wilson 95 %
           intervals, by the knowledge link's source, by confidence band, by pair, and for the links kept at FACTOR
           (a knowledge link at confidence c counts when c x FACTOR >= 0.5; default 0.8).
"""
import csv
import math
import sys
from collections import Counter, defaultdict

LABELS = ("right", "partly", "wrong")


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def key(row):
    return row["credential"], row["skill_uri"]


def wilson(k, n, z=1.96):
    if n == 0:
        return float("nan"), float("nan")
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def kappa(a, b):
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[label] * cb[label] for label in LABELS) / (n * n)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else float("nan")


def label(value):
    value = (value or "").strip().lower()
    if value not in LABELS:
        raise SystemExit("not a judgement: %r" % value)
    return value


def draft(sample_path, a_path, b_path, out_path):
    sample = read(sample_path)
    a = {key(r): label(r["judgement"]) for r in read(a_path)}
    b = {key(r): label(r["judgement"]) for r in read(b_path)}
    missing = [k for k in map(key, sample) if k not in a or k not in b]
    if missing or len(a) != len(sample) or len(b) != len(sample):
        raise SystemExit("the readings do not cover the sample's %d links (missing %s)" % (len(sample), missing[:3]))
    for name, reading in (("A", a), ("B", b)):
        c = Counter(reading.values())
        print("reader %s: %d right, %d partly, %d wrong" % (name, c["right"], c["partly"], c["wrong"]))
    keys = [key(r) for r in sample]
    observed, k = kappa([a[x] for x in keys], [b[x] for x in keys])
    print("alike on %d of %d (%.0f %%), Cohen's kappa %.2f" % (round(observed * len(keys)), len(keys), 100 * observed, k))
    fields = [f for f in sample[0].keys() if f not in ("judgement", "note")] + ["reader_a", "reader_b", "consensus", "reason"]
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        out = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        out.writeheader()
        for row in sample:
            x, y = a[key(row)], b[key(row)]
            consensus, reason = ((x, "both readers") if x == y else ("partly", "right vs partly: partly")
                                 if {x, y} == {"right", "partly"} else ("", "to read: %s vs %s" % (x, y)))
            out.writerow(dict(row, reader_a=x, reader_b=y, consensus=consensus, reason=reason))
            if not consensus:
                print("  to read: %s | %s | %s <- %s (A %s, B %s)" % (row["credential"], row["title"], row["skill"], row["knowledge"], x, y))
    print("wrote", out_path)


def report(name, rows):
    c = Counter(label(r["consensus"]) for r in rows)
    n = len(rows)
    if n == 0:
        print("%-28s none" % name)
        return
    strict, partly = wilson(c["right"], n), wilson(c["right"] + c["partly"], n)
    print("%-28s %3d: %2d right, %2d partly, %2d wrong; strictly %.0f %% (95 %% %.0f-%.0f), counting partly %.0f %% (%.0f-%.0f)"
          % (name, n, c["right"], c["partly"], c["wrong"], 100 * c["right"] / n, 100 * strict[0], 100 * strict[1],
             100 * (c["right"] + c["partly"]) / n, 100 * partly[0], 100 * partly[1]))


def measure(path, factor):
    rows = read(path)
    report("consensus", rows)
    for source in sorted({r["knowledge_source"] for r in rows}):
        report("  knowledge link " + source, [r for r in rows if r["knowledge_source"] == source])
    for low, high in ((0.5, 0.7), (0.7, 0.9), (0.9, 1.01)):
        report("  confidence %.1f-%.1f" % (low, min(high, 1.0)), [r for r in rows if low <= float(r["confidence"]) < high])
    report("  counted at factor %.2f" % factor, [r for r in rows if float(r["confidence"]) * factor >= 0.5 - 1e-9])
    by_pair = defaultdict(Counter)
    for r in rows:
        by_pair["%s <- %s" % (r["skill"], r["knowledge"])][label(r["consensus"])] += 1
    for pair, c in sorted(by_pair.items(), key=lambda e: -sum(e[1].values())):
        print("    %2d  %-70s %d right, %d partly, %d wrong" % (sum(c.values()), pair, c["right"], c["partly"], c["wrong"]))


def main():
    if len(sys.argv) == 6 and sys.argv[1] == "draft":
        draft(*sys.argv[2:])
    elif len(sys.argv) in (3, 4) and sys.argv[1] == "measure":
        measure(sys.argv[2], float(sys.argv[3]) if len(sys.argv) == 4 else 0.8)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
