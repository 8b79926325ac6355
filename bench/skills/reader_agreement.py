#!/usr/bin/env python3
"""Agreement of two readers of the judged skill links (docs/skill-matching.md, "Two readers").

First reader: docs/skill-links-judged.csv (job-ad curve) and docs/skill-links-judged-course-calibrated.csv (course
curves), 100 links each, judged right / partly / wrong. Second reader: docs/skill-links-judged-reader2.csv, the same
200 links read blind (bench/skills/blind_copy.py), with a `sample` column (job-ad, course-calibrated) and the row number.

Prints, per sample and over both: the share of links the readers judge alike and Cohen's kappa, over the three classes
and over right vs not right (with a 95 % bootstrap interval over links, fixed seed); the precision each reader gives,
strictly (right only) and counting partly right; the confusion table; and (with --list) every disagreement with both
readings.

With --calibration, the same for the course-text calibration set instead: bench/skills/course-calibration.csv (first
reader) against bench/skills/course-calibration-reader2.csv (second, blind: every candidate read), both listing per
item the candidates judged right, partly right or "names the tag, not the course"; every other of an item's 8
candidates is wrong. Compared over all candidates, per text kind, on four classes, on right vs not (the label the
title and description curves are fitted on), and for tags on "the skill is what the tag names" (right or naming the
tag: the tag curve's label); with the specific agreement on right (2 x both right / (first right + second right)),
which the many candidates both call wrong do not inflate.

Usage: python3 bench/skills/reader_agreement.py [--list]
       python3 bench/skills/reader_agreement.py --calibration [--list]
"""
import csv
import random
import sys
from collections import Counter

CLASSES = ("right", "partly", "wrong")
SAMPLES = {
    "job-ad": "docs/skill-links-judged.csv",
    "course-calibrated": "docs/skill-links-judged-course-calibrated.csv",
}
SECOND = "docs/skill-links-judged-reader2.csv"
# The nine wrong links of the course-calibrated sample that docs/skill-matching.md ("Judged samples") names, which the
# second reader had read there before judging: their agreement is not blind, so it is also reported without them.
SEEN_BEFORE = {("course-calibrated", i) for i in (14, 20, 32, 33, 54, 55, 72, 75, 90)}


def kappa(first, second):
    """Cohen's kappa of two equally long lists of labels.

    >>> round(kappa(["a", "a", "b", "b"], ["a", "a", "b", "b"]), 3)
    1.0
    >>> round(kappa(["a", "a", "b", "b"], ["a", "b", "a", "b"]), 3)
    0.0
    >>> round(kappa(["a"] * 6 + ["b"] * 4, ["a"] * 5 + ["b"] * 5), 3)
    0.8
    """
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    one, two = Counter(first), Counter(second)
    expected = sum(one[k] * two[k] for k in set(one) | set(two)) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def interval(first, second, statistic, draws=2000, seed=20):
    """A 95 % percentile bootstrap interval of statistic(first, second), resampling links."""
    rng = random.Random(seed)
    n = len(first)
    values = []
    for _ in range(draws):
        picks = [rng.randrange(n) for _ in range(n)]
        values.append(statistic([first[i] for i in picks], [second[i] for i in picks]))
    values.sort()
    return values[int(0.025 * draws)], values[int(0.975 * draws) - 1]


def binary(labels):
    return ["right" if x == "right" else "not" for x in labels]


def load():
    """Pairs (sample, row, link, first reading, second reading), checking both files name the same links."""
    second = {(r["sample"], int(r["row"])): r for r in csv.DictReader(open(SECOND, newline=""))}
    pairs = []
    for sample, path in SAMPLES.items():
        for i, r in enumerate(csv.DictReader(open(path, newline="")), 1):
            other = second.get((sample, i))
            if other is None or (other["credential"], other["skill_uri"]) != (r["credential"], r["skill_uri"]):
                sys.exit(f"{SECOND}: row {i} of sample {sample} is not the link {r['credential']} / {r['skill']} of {path}")
            pairs.append((sample, i, r, (r["judgement"], r["note"]), (other["judgement"], other["note"])))
    return pairs


def report(name, pairs, precision=True):
    first = [p[3][0] for p in pairs]
    second = [p[4][0] for p in pairs]
    n = len(pairs)
    same = sum(a == b for a, b in zip(first, second))
    k3 = kappa(first, second)
    lo3, hi3 = interval(first, second, kappa)
    b1, b2 = binary(first), binary(second)
    same2 = sum(a == b for a, b in zip(b1, b2))
    k2 = kappa(b1, b2)
    lo2, hi2 = interval(b1, b2, kappa)
    print(f"== {name}: {n} links")
    print(f"  three classes: alike {same}/{n} ({100 * same / n:.0f} %), kappa {k3:.2f} (95 % {lo3:.2f}-{hi3:.2f})")
    print(f"  right vs not:  alike {same2}/{n} ({100 * same2 / n:.0f} %), kappa {k2:.2f} (95 % {lo2:.2f}-{hi2:.2f})")
    for reader, labels in (("first ", first), ("second", second)) if precision else ():
        c = Counter(labels)
        print(f"  {reader} reader: {c['right']} right, {c['partly']} partly, {c['wrong']} wrong: precision "
              f"{100 * c['right'] / n:.0f} % strictly, {100 * (c['right'] + c['partly']) / n:.0f} % counting partly")
    table = Counter(zip(first, second))
    print("  first \\ second  " + "  ".join(f"{c:>6}" for c in CLASSES))
    for a in CLASSES:
        print(f"  {a:>14}  " + "  ".join(f"{table[(a, b)]:>6}" for b in CLASSES))


CALIBRATION = ("bench/skills/course-calibration.csv", "bench/skills/course-calibration-reader2.csv")
CANDIDATES = 8  # each item's top candidates read (CourseCalibrationSample.CANDIDATES)
NAMES_THE_TAG = "names the tag, not the course"


def calibration_labels(path):
    """(item -> (kind, text)), ((item, skill uri) -> (label, judgement)) of one reader's calibration file."""
    items, judged = {}, {}
    for r in csv.DictReader(open(path, newline="")):
        items[r["item"]] = (r["kind"], r["source"], r["title"], r["text"])
        if r["skill_uri"]:
            judged[(r["item"], r["skill_uri"])] = (r["skill_label"], r["judgement"])
    return items, judged


def calibration():
    items, first = calibration_labels(CALIBRATION[0])
    items2, second = calibration_labels(CALIBRATION[1])
    if set(items) != set(items2):
        sys.exit(f"{CALIBRATION[1]}: not the items of {CALIBRATION[0]}")
    for kind in ("title", "description", "tag", None):
        keys = [k for k in sorted(set(first) | set(second), key=lambda k: (int(k[0]), k[1])) if kind is None or items[k[0]][0] == kind]
        n = CANDIDATES * sum(1 for i in items if kind is None or items[i][0] == kind)
        unread = n - len(keys)  # candidates neither reader lists: wrong for both
        one = [first.get(k, ("", "wrong"))[1] for k in keys] + ["wrong"] * unread
        two = [second.get(k, ("", "wrong"))[1] for k in keys] + ["wrong"] * unread
        name = f"{kind or 'all'}: {n} candidates of {n // CANDIDATES} items"
        print(f"== {name}")
        same = sum(a == b for a, b in zip(one, two))
        print(f"  four classes: alike {same}/{n} ({100 * same / n:.0f} %), kappa {kappa(one, two):.2f}")
        for label, positive in (("right vs not", {"right"}), ("right or names the tag vs not", {"right", NAMES_THE_TAG})):
            if positive != {"right"} and kind not in ("tag", None):
                continue
            b1 = ["yes" if x in positive else "no" for x in one]
            b2 = ["yes" if x in positive else "no" for x in two]
            both = sum(a == b == "yes" for a, b in zip(b1, b2))
            specific = 2 * both / max(1, b1.count("yes") + b2.count("yes"))
            lo, hi = interval(b1, b2, kappa)
            print(f"  {label}: kappa {kappa(b1, b2):.2f} (95 % {lo:.2f}-{hi:.2f}); first {b1.count('yes')}, "
                  f"second {b2.count('yes')}, both {both}: specific agreement {specific:.2f}")
        for reader, labels in (("first ", one), ("second", two)):
            c = Counter(labels)
            print(f"  {reader} reader: {c['right']} right, {c['partly']} partly, {c[NAMES_THE_TAG]} naming the tag")
        if kind is None and "--list" in sys.argv:
            print("== disagreements (item kind \"text\" -> skill: first reader | second reader)")
            for k in keys:
                a, b = first.get(k, ("", "wrong")), second.get(k, ("", "wrong"))
                if a[1] != b[1]:
                    print(f"  {k[0]} {items[k[0]][0]} \"{items[k[0]][3]}\" ({items[k[0]][2]}) -> {a[0] or b[0]}: {a[1]} | {b[1]}")


def main():
    if "--calibration" in sys.argv:
        calibration()
        return
    pairs = load()
    for sample in SAMPLES:
        report(sample, [p for p in pairs if p[0] == sample])
    report("both samples", pairs)
    report("both samples, without the nine seen before", [p for p in pairs if (p[0], p[1]) not in SEEN_BEFORE],
           precision=False)  # a sample less nine wrong links has no meaningful precision
    if "--list" in sys.argv:
        print("== disagreements (sample #row, link: first reader | second reader)")
        for sample, i, r, one, two in pairs:
            if one[0] != two[0]:
                print(f"  {sample} #{i} {r['credential']} \"{r['title']}\" -> {r['skill']}: "
                      f"{one[0]}{' (' + one[1] + ')' if one[1] else ''} | {two[0]} ({two[1]})")


if __name__ == "__main__":
    main()
