#!/usr/bin/env python3
"""Fits the link calibration of course text (CourseLinkCalibration; docs/skill-matching.md, "Link calibration").

Input: the feature dump LinkCalibrationFeatures wrote (one row per consensus-labelled UT Dallas link the current matcher
still finds at 0.3: its label, `combined` = today's confidence, every feature of CourseLinkCalibration.FEATURES).
A link is right only when labelled right (partly right is not right; "counting partly" reports it beside).

Fits a logistic regression of "right" on the features of FEATURES (L2 penalty PENALTY on the weights, none on the
intercept), reports it 5-fold out of fold over courses (every link of a course in one fold) against today's confidence:
reliability by band, Brier score, and at 0.5 / 0.7 / 0.9 the links kept and their precision (strict and counting
partly); the other feature sets of VARIANTS out of fold beside it; then prints the weights fitted on every link as the
Java constants to paste into CourseLinkCalibration.

Usage: python3 bench/skills/fit_link_calibration.py target/link-features.csv [--samples S1,S2] [--features F1,F2]
  --samples: keep only rows whose `sample` is one of these (the judged file's `sample` column, else its file name);
             default: every sample but SKIPPED (the seed-20 `job-ad` sample, drawn from links of the job-ad curve)
  --features: fit these features instead of FEATURES
"""
import argparse
import csv

import numpy as np

# Kept: the only set whose weights stay positive (monotone in both confidences) with out-of-fold precision at 0.5 as
# good as any; the richer sets of VARIANTS gain nothing out of fold on 191 links, and with bestLogit beside
# combinedLogit plus more features the combined confidence's weight turns negative (collinear).
FEATURES = ["combinedLogit", "bestLogit"]
VARIANTS = [
    ["combinedLogit"],
    ["combinedLogit", "bestLogit", "titleNames"],
    ["combinedLogit", "bestLogit", "titleNames", "morePieces"],
    ["combinedLogit", "bestLogit", "titleNames", "bestIsMention", "morePieces", "knowledge", "broadReuse"],
    ["combinedLogit", "bestLogit", "titleNames", "bestIsMention", "morePieces", "knowledge", "overlap"],
    ["combinedLogit", "bestLogit", "titleNames", "bestIsMention", "morePieces", "knowledge", "titleCosine", "textCosine"],
    ["combinedLogit", "bestLogit", "titleNames", "bestIsTitle", "bestIsMention", "morePieces", "titleCosine", "textCosine",
     "knowledge", "broadReuse", "overlap"],
]
PENALTY = 1.0
SKIPPED = {"job-ad"}
BANDS = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01)]
THRESHOLDS = [0.5, 0.7, 0.9]


def load(path, samples):
    rows, seen, duplicates = [], set(), 0
    for r in csv.DictReader(open(path, newline="")):
        if (r["sample"] not in samples) if samples else (r["sample"] in SKIPPED):
            continue
        key = (r["credential"], r["skill_uri"])
        if key in seen:  # one link judged in two samples: the first file's label counts
            duplicates += 1
            continue
        seen.add(key)
        rows.append(r)
    return rows, duplicates


def fit(X, y):
    X1 = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(X1.shape[1])
    ridge = PENALTY * np.diag(np.r_[np.ones(len(w) - 1), 0])
    for _ in range(100):
        p = 1 / (1 + np.exp(-(X1 @ w)))
        step = np.linalg.solve(X1.T @ (X1 * (p * (1 - p))[:, None]) + ridge, X1.T @ (p - y) + ridge @ w)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def predict(w, X):
    return 1 / (1 + np.exp(-(np.hstack([X, np.ones((len(X), 1))]) @ w)))


def out_of_fold(X, y, courses):
    """5 folds over courses (sorted course ids, every 5th in one fold): no course is fitted and scored in one fold."""
    cv = np.zeros(len(y))
    ids = np.array(sorted(set(courses)))
    for f in range(5):
        test = np.isin(courses, ids[f::5])
        cv[test] = predict(fit(X[~test], y[~test]), X[test])
    return cv


def summary(name, p, right, lenient):
    brier = np.mean((p - right) ** 2)
    cuts = "; ".join(f"at {t}: {int((p >= t).sum())} kept, {right[p >= t].mean():.2f} / {lenient[p >= t].mean():.2f}"
                     if (p >= t).any() else f"at {t}: none" for t in THRESHOLDS)
    print(f"  {name:34s} Brier {brier:.3f}; {cuts}")


def reliability(name, p, right):
    parts = []
    for lo, hi in BANDS:
        band = (p >= lo) & (p < hi)
        if band.any():
            parts.append(f"{lo:.1f}-{min(hi, 1):.1f}: {int(band.sum())} at {p[band].mean():.2f}, right {right[band].mean():.2f}")
    print(f"  {name:34s} " + " | ".join(parts))


def java(names, w):
    entries = ",\n".join(f'            Map.entry("{n}", {c:.4f})' for n, c in zip(names, w[:-1]))
    return (f"    static final Map<String, Double> WEIGHTS = Map.ofEntries(\n{entries});\n"
            f"    static final double INTERCEPT = {w[-1]:.4f};")


def main():
    args = argparse.ArgumentParser()
    args.add_argument("features_csv")
    args.add_argument("--samples", default="")
    args.add_argument("--features", default=",".join(FEATURES))
    a = args.parse_args()
    names = a.features.split(",")
    rows, duplicates = load(a.features_csv, set(s for s in a.samples.split(",") if s))
    right = np.array([r["label"] == "right" for r in rows], dtype=float)
    lenient = np.array([r["label"] in ("right", "partly") for r in rows], dtype=float)
    courses = np.array([r["credential"] for r in rows])
    today = np.array([float(r["combined"]) for r in rows])
    by_sample = {}
    for r in rows:
        by_sample.setdefault(r["sample"], []).append(r["label"])
    print(f"{len(rows)} links of {len(set(courses))} courses ({duplicates} judged twice, counted once): "
          + "; ".join(f"{s} {len(v)} ({v.count('right')} right, {v.count('partly')} partly, {v.count('wrong')} wrong)"
                      for s, v in sorted(by_sample.items())))
    print(f"today's confidence: {int((today < 0.5).sum())} links under 0.5, {int((today < 0.7).sum())} under 0.7 "
          "(the fit knows little of the low band where it has few links)")
    matrix = lambda ns: np.array([[float(r[n]) for n in ns] for r in rows])
    cv = out_of_fold(matrix(names), right, courses)
    print("reliability (band: links at mean confidence, share right strictly)")
    reliability("today (combined, noisy-OR)", today, right)
    reliability("calibrated, 5-fold out of fold", cv, right)
    print("Brier score; at each threshold: links kept, precision strict / counting partly")
    summary("today (combined, noisy-OR)", today, right, lenient)
    summary("calibrated, 5-fold out of fold", cv, right, lenient)
    print("feature sets tried, out of fold")
    for variant in VARIANTS:
        summary("+".join(variant).replace("combinedLogit", "c"), out_of_fold(matrix(variant), right, courses), right, lenient)
    w = fit(matrix(names), right)
    summary("calibrated, in sample", predict(w, matrix(names)), right, lenient)
    if w[0] < 0 or (len(names) > 1 and names[1] == "bestLogit" and w[1] < 0):
        print("WARNING: a confidence's weight is negative: the calibration would not be monotone (CourseLinkCalibrationTests)")
    print("weights (fitted on every link), for CourseLinkCalibration:")
    print(java(names, w))


if __name__ == "__main__":
    main()
