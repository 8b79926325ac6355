#!/usr/bin/env python3
"""Fits the trust curve of a provider's stated skill (StatedConfidence; docs/import-coursera.md).

Input: docs/coursera-stated-tags-judged.csv, a seeded random sample of 100 stated Coursera tag uses (a tag whose label
names one ESCO skill) as the import links them, each with the cosine of the course title to the skill, the tag's
position among the offering's tags, and a judgement read by hand: does the course teach the skill (right, partly,
wrong). Only "right" counts.

Fits a logistic regression (small L2 penalty, as fit_course_calibration.py) of "right" on the title cosine and the
tag's place in the list (0 the first, 1 the last), and reports, in 5-fold cross-validation, log-loss and at confidence
0.5 the links kept and their precision, for the cosine alone, the cosine and the place, and the linear title check
used before. Prints the coefficients to copy into StatedConfidence.

Usage: python3 bench/skills/fit_stated_trust.py docs/coursera-stated-tags-judged.csv
"""
import csv
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fit_course_calibration import fit, predict  # noqa: E402


def linear_title_check(cosine):
    """The check used before: cosine 0.15 or less 0.2, 0.45 or more 0.95, linear between."""
    return 0.2 if cosine <= 0.15 else 0.2 + min(1, (cosine - 0.15) / 0.3) * 0.75


def report(name, p, y):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    kept = p >= 0.5
    precision = y[kept].mean() if kept.any() else float("nan")
    print(f"  {name:34s} log-loss {loss:.3f}; at 0.5: {kept.sum():3d} kept, precision {precision:.2f}, "
          f"right kept {y[kept].sum():.0f} of {y.sum():.0f}")


def main():
    rows = list(csv.DictReader(open(sys.argv[1])))
    cosine = np.array([float(r["titleCosine"]) for r in rows])
    place = np.array([(int(r["position"]) - 1) / max(1, int(r["tags"]) - 1) for r in rows])
    y = np.array([1.0 if r["judgement"] == "right" else 0.0 for r in rows])
    counts = {j: sum(r["judgement"] == j for r in rows) for j in ("right", "partly", "wrong")}
    print(f"{len(rows)} stated tag uses: {counts}")
    report("linear title check (before)", np.array([linear_title_check(c) for c in cosine]), y)
    folds = np.arange(len(rows)) % 5
    for name, X in (("cosine, 5-fold out of fold", cosine[:, None]),
                    ("cosine + place, 5-fold out of fold", np.c_[cosine, place])):
        cv = np.zeros(len(rows))
        for f in range(5):
            test = folds == f
            cv[test] = predict(fit(X[~test], y[~test]), X[test])
        report(name, cv, y)
    X = np.c_[cosine, place]
    w = fit(X, y)
    report("cosine + place, in sample", predict(w, X), y)
    print(f"  coefficients: COSINE {w[0]:.3f}, PLACE {w[1]:.3f}, INTERCEPT {w[2]:.3f}")


if __name__ == "__main__":
    main()
