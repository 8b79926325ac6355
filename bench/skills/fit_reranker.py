#!/usr/bin/env python3
"""Fits the skill re-ranker's weights on the features dumped by the skill benchmark (--dump FILE).

Objective: mean R-Precision@5 over the sentences of TECH and HOUSE (each set weighted equally), MRR breaking ties.
Method: logistic regression for a start, then coordinate ascent on the objective over a grid per weight.
Also reports cross-set figures (fit on one set, score on the other) as a check on over-fitting.
Then fits the confidence curve: logistic regression of "gold" on the final score over every sentence's top 10.
Usage: python3 bench/skills/fit_reranker.py target/skill-features.csv [--drop NAME] [--probe NAME --weights W1,W2,...]
--drop NAME fits without that feature column; --probe NAME keeps the given weights of the other features (the java
ones, in column order) and only tries weights of NAME (in sample, and the one fitted on each set scored on the other).
"""
import csv
import sys

import numpy as np


def load(path, drop=()):
    rows = list(csv.DictReader(open(path)))
    names = [k for k in rows[0].keys() if k not in ("set", "sentence", "goldSize", "uri", "gold") and k not in drop]
    groups = {}
    for r in rows:
        key = (r["set"], int(r["sentence"]))
        g = groups.setdefault(key, {"X": [], "y": [], "n": int(r["goldSize"])})
        g["X"].append([float(r[n]) for n in names])
        g["y"].append(int(r["gold"]))
    for g in groups.values():
        g["X"] = np.array(g["X"])
        g["y"] = np.array(g["y"])
    return names, groups


def figures(w, groups, sets):
    out = {}
    for s in sets:
        rp5, mrr = [], []
        for (name, _), g in groups.items():
            if name != s:
                continue
            order = np.argsort(-(g["X"] @ w), kind="stable")
            y = g["y"][order]
            rp5.append(y[:5].sum() / min(5, g["n"]))
            hit = np.nonzero(y)[0]
            mrr.append(1.0 / (hit[0] + 1) if len(hit) else 0.0)
        out[s] = (np.mean(rp5), np.mean(mrr))
    return out


def objective(w, groups, sets):
    f = figures(w, groups, sets)
    return np.mean([f[s][0] for s in sets]) + 0.01 * np.mean([f[s][1] for s in sets])


def logistic(X, y, l2=1.0, steps=3000, lr=0.5):
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        gw = X.T @ (p - y) / len(y) + l2 * w / len(y)
        gb = np.mean(p - y)
        w -= lr * gw
        b -= lr * gb
    return w, b


def fit(groups, sets, names, start):
    X = np.vstack([g["X"] for (s, _), g in groups.items() if s in sets])
    y = np.concatenate([g["y"] for (s, _), g in groups.items() if s in sets])
    w, _ = logistic(X, y)
    best = start.copy() if objective(start, groups, sets) >= objective(w, groups, sets) else w
    best_value = objective(best, groups, sets)
    grid = [-4, -2, -1, -0.5, -0.25, 0, 0.25, 0.5, 1, 2, 4, 8, 12, 16]
    for _ in range(4):
        improved = False
        for i in range(len(names)):
            if names[i] == "context":
                continue  # no context in the validation sets: set by hand
            for v in grid:
                trial = best.copy()
                trial[i] = v
                value = objective(trial, groups, sets)
                if value > best_value + 1e-9:
                    best, best_value, improved = trial, value, True
        if not improved:
            break
    return best


def probe(groups, names, feature, weights):
    """One more feature over fixed weights: RP@5 / MRR for each weight of it; the best on one set scored on the other."""
    base = np.array(weights + [0.0])
    order = [n for n in names if n != feature] + [feature]
    groups = {k: {**g, "X": g["X"][:, [names.index(n) for n in order]]} for k, g in groups.items()}
    grid = [-4, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 4, 6, 8]
    print(f"{feature} over the given weights (TECH RP@5 / MRR, HOUSE RP@5 / MRR):")
    for v in grid:
        w = base.copy()
        w[-1] = v
        f = figures(w, groups, ["tech", "house"])
        print(f"  {v:>5g}: {f['tech'][0]:.3f} / {f['tech'][1]:.3f}   {f['house'][0]:.3f} / {f['house'][1]:.3f}")
    for train, test in (("tech", "house"), ("house", "tech")):
        best = max(grid, key=lambda v: objective(np.append(base[:-1], v), groups, [train]))
        f = figures(np.append(base[:-1], best), groups, [test])
        print(f"  best on {train}: {best:g}; {test} then {f[test][0]:.3f} / {f[test][1]:.3f}")


def main():
    args = sys.argv[1:]
    if "--probe" in args:
        names, groups = load(args[0])
        weights = [float(x) for x in args[args.index("--weights") + 1].split(",")]
        probe(groups, names, args[args.index("--probe") + 1], weights)
        return
    names, groups = load(args[0], [args[args.index("--drop") + 1]] if "--drop" in args else [])
    start = np.zeros(len(names))
    start[names.index("fusion")] = 1
    print("fusion only:", figures(start, groups, ["tech", "house"]))
    for train, test in (("tech", "house"), ("house", "tech")):
        w = fit(groups, [train], names, start)
        print(f"fit on {train}: {figures(w, groups, [train, test])}")
    w = fit(groups, ["tech", "house"], names, start)
    print("fit on both:", figures(w, groups, ["tech", "house"]))
    print("weights:", ", ".join(f"{n}={v:g}" for n, v in zip(names, w)))
    print("java: {" + ", ".join(f"{v:g}" for v in w) + "}")
    scores, golds = [], []
    for g in groups.values():
        s = g["X"] @ w
        top = np.argsort(-s, kind="stable")[:10]
        scores.extend(s[top])
        golds.extend(g["y"][top])
    a, b = logistic(np.array(scores)[:, None], np.array(golds, dtype=float), l2=0.0, steps=20000, lr=0.5)
    print(f"confidence = 1 / (1 + exp(-({a[0]:.4f} * score + {b:.4f})))")


if __name__ == "__main__":
    main()
