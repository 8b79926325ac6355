#!/usr/bin/env python3
"""Summarises the sense check (org.credpath.bench.skills.SenseCheck's CSV): does the cosine of a skill's ESCO
description vector to the link's evidence, the course title or the course's whole text separate the links readers
judged right from the rest, and wrong from the rest; and does it add to the confidence the link has today?

For each cosine column: quartiles by judgement, AUC right-vs-not (a higher cosine for right links) and AUC not-wrong-vs-wrong
(a higher cosine for links that are not wrong). Then, out of fold over courses (5 folds, every link of a course in one
fold), a logistic fit of "right" (and of "not wrong") on today's confidence alone and on confidence + one cosine: the
out-of-fold AUC and log-loss of each, and the links the best cosine would move, by name.

Usage: python3 bench/skills/sense_summary.py target/sense-check.csv [--samples course-calibrated,seed22,...] [--column descAllEvidence]
A row's sample is its `sample` column, else its file's name. Rows are keyed by credential + skill_uri; a key in two
files counts once (the first). Default samples: every row but the job-ad sample (its confidences are the job-ad curve's).
"""
import csv
import sys

import numpy as np


def load(path, samples):
    rows, seen = [], set()
    for r in csv.DictReader(open(path)):
        r["sampleName"] = r["sample"] or r["file"].replace("skill-links-judged-", "").replace("-consensus.csv", "")
        if samples and r["sampleName"] not in samples or not samples and r["sampleName"] == "job-ad":
            continue
        key = (r["credential"], r["skill_uri"])
        if key in seen:
            continue
        seen.add(key)
        rows.append(r)
    return rows


def auc(scores, positive):
    """Probability that a random positive scores above a random negative (ties count half)."""
    s = np.asarray(scores, float)
    y = np.asarray(positive, bool)
    pos, neg = s[y], s[~y]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum()
    ties = (pos[:, None] == neg[None, :]).sum()
    return (greater + 0.5 * ties) / (len(pos) * len(neg))


def logistic(X, y, l2=1.0, steps=4000, lr=0.5):
    mean, std = X.mean(0), X.std(0) + 1e-9
    Z = (X - mean) / std
    w, b = np.zeros(Z.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        w -= lr * (Z.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= lr * np.mean(p - y)
    return lambda X2: 1 / (1 + np.exp(-(((X2 - mean) / std) @ w + b)))


def out_of_fold(X, y, groups, folds=5, seed=7):
    names = sorted(set(groups))
    rng = np.random.default_rng(seed)
    rng.shuffle(names)
    fold_of = {g: i % folds for i, g in enumerate(names)}
    fold = np.array([fold_of[g] for g in groups])
    p = np.zeros(len(y))
    for k in range(folds):
        train, test = fold != k, fold == k
        p[test] = logistic(X[train], y[train])(X[test])
    return p


def logloss(p, y):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def quartiles(values):
    return "/".join(f"{q:.2f}" for q in np.percentile(values, [25, 50, 75])) if len(values) else "-"


def main():
    args = sys.argv[1:]
    samples = set(args[args.index("--samples") + 1].split(",")) if "--samples" in args else set()
    rows = load(args[0], samples)
    judgement = np.array([r["judgement"] for r in rows])
    right, wrong = judgement == "right", judgement == "wrong"
    conf = np.array([float(r["confidence"]) for r in rows])
    judged_conf = np.array([float(r["judgedConfidence"]) for r in rows])
    groups = [r["credential"] for r in rows]
    by_sample = {}
    for r in rows:
        by_sample[r["sampleName"]] = by_sample.get(r["sampleName"], 0) + 1
    print(f"{len(rows)} links ({', '.join(f'{k} {v}' for k, v in sorted(by_sample.items()))}): "
          f"{right.sum()} right, {(judgement == 'partly').sum()} partly, {wrong.sum()} wrong; "
          f"{(conf >= 0.5).sum()} at 0.5 or more today")
    columns = [c for c in rows[0].keys() if c.startswith(("label", "desc"))]
    print(f"\n{'feature':<20} {'right q1/med/q3':<16} {'partly':<16} {'wrong':<16} AUC right AUC not-wrong")
    for name, values in [("confidence today", conf), ("judged confidence", judged_conf)] + [
            (c, np.array([float(r[c]) if r[c] else np.nan for r in rows])) for c in columns]:
        ok = ~np.isnan(values)
        print(f"{name:<20} {quartiles(values[ok & right]):<16} {quartiles(values[ok & (judgement == 'partly')]):<16} "
              f"{quartiles(values[ok & wrong]):<16} {auc(values[ok], right[ok]):.3f}     {auc(values[ok], ~wrong[ok]):.3f}")
    print("\nout of fold over courses (5 folds): AUC / log-loss of a logistic fit")
    print(f"{'features':<34} {'right vs not':<18} {'not wrong vs wrong':<18}")
    base = {}
    for target_name, y in (("right", right.astype(float)), ("notwrong", (~wrong).astype(float))):
        p = out_of_fold(conf[:, None], y, groups)
        base[target_name] = (auc(p, y), logloss(p, y))
    print(f"{'confidence':<34} {base['right'][0]:.3f} / {base['right'][1]:.3f}    {base['notwrong'][0]:.3f} / {base['notwrong'][1]:.3f}")
    best, best_gain = None, -1
    for c in columns:
        values = np.array([float(r[c]) if r[c] else np.nan for r in rows])
        if np.isnan(values).any():
            values = np.where(np.isnan(values), np.nanmean(values), values)
        X = np.column_stack([conf, values])
        figures = []
        for y in (right.astype(float), (~wrong).astype(float)):
            p = out_of_fold(X, y, groups)
            figures.append((auc(p, y), logloss(p, y)))
        gain = figures[0][0] - base["right"][0] + figures[1][0] - base["notwrong"][0]
        if gain > best_gain and c.startswith("desc"):
            best, best_gain = c, gain
        print(f"{'confidence + ' + c:<34} {figures[0][0]:.3f} / {figures[0][1]:.3f}    {figures[1][0]:.3f} / {figures[1][1]:.3f}")
    column = args[args.index("--column") + 1] if "--column" in args else best
    label = "label" + next(t for t in ("Evidence", "Title", "Course") if column.endswith(t))
    X = np.column_stack([conf] + [np.array([float(r[c]) if r[c] else 0.0 for r in rows]) for c in (label, column)])
    figures = [(auc(p, y), logloss(p, y)) for y in (right.astype(float), (~wrong).astype(float)) for p in [out_of_fold(X, y, groups)]]
    print(f"{'confidence + ' + label + ' + ' + column:<34} {figures[0][0]:.3f} / {figures[0][1]:.3f}    "
          f"{figures[1][0]:.3f} / {figures[1][1]:.3f}  (does the description add to the label's cosine?)")
    read_links(rows, column, right, wrong)


def read_links(rows, column, right, wrong):
    """The links a cut on one cosine would drop: every wrong link by its cosine, and the right ones under the cut."""
    values = np.array([float(r[column]) if r[column] else np.nan for r in rows])
    print(f"\n{column}: the wrong links, lowest cosine first (rank among all {len(rows)} links, 1 = lowest)")
    order = np.argsort(values)
    rank = {int(i): k + 1 for k, i in enumerate(order)}
    for i in sorted(np.nonzero(wrong)[0], key=lambda i: values[i]):
        r = rows[i]
        print(f"  {values[i]:.3f} (#{rank[int(i)]:>3}) conf {float(r['confidence']):.2f}  {r['skill']!r:<40} {r['title']!r}  "
              f"<- {r['evidence'][:80]!r}")
    for cut in sorted({round(float(np.percentile(values[wrong], q)), 3) for q in (25, 50)}):
        dropped = values < cut
        print(f"\n  a cut at {cut:.3f} drops {(dropped & wrong).sum()} of {wrong.sum()} wrong, "
              f"{(dropped & ~wrong & ~right).sum()} partly, {(dropped & right).sum()} of {right.sum()} right; the right ones:")
        for i in np.nonzero(dropped & right)[0]:
            r = rows[i]
            print(f"    {values[i]:.3f} {r['skill']!r:<40} {r['title']!r}  <- {r['evidence'][:80]!r}")


if __name__ == "__main__":
    main()
