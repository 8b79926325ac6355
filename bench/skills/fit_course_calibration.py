#!/usr/bin/env python3
"""Fits the matcher's confidence curves for course text on the course-text calibration set (docs/skill-matching.md).

Inputs: the candidates CourseCalibrationSample wrote (every item's top 8 with the re-ranker score, the cosine of the
course title to the skill, and the features) and the labels read by hand (bench/skills/course-calibration.csv: per
item the skills judged right, partly right, or naming a tag the course does not bear out; every other candidate of
the item is wrong). A candidate counts as right only when judged right (partly right is not right).

Per text kind (title, description sentence, tag) a logistic regression of "right" on a few features (the score, the
score's gap to the item's best, the title cosine), with a small L2 penalty; reports, per kind and in 5-fold
cross-validation over items, the log-loss and, at confidence 0.5, precision and the share of right links kept, for
the job-ad curve the matcher used so far and for the fitted one. For tags the curve is fitted on "the skill is what the
tag names" (right, or naming a tag the course does not bear out): the import weighs the course title apart. Prints the coefficients to copy into
SkillMatchers (CALIBRATIONS).

A labels file may be either reader's (a `judgement` column) or the consensus of the two
(bench/skills/course-calibration-consensus.csv: a `consensus` column, which is then the label read; it lists wrong
candidates too, with their reason).

With a third argument, another labels file of the same candidates (bench/skills/course-calibration-reader2.csv, or the
consensus), the curves fitted in sample on the first labels are also judged by the other labels.

Usage: python3 bench/skills/fit_course_calibration.py target/course-calibration/candidates.csv bench/skills/course-calibration.csv [OTHER_LABELS]
       python3 bench/skills/fit_course_calibration.py target/course-calibration/candidates.csv bench/skills/course-calibration-consensus.csv
"""
import csv
import sys

import numpy as np

FEATURES = {
    "title": ["score", "gap"],
    "description": ["score", "gap", "titleCosine"],
    "tag": ["score", "gap"],
}
# For a tag the curve says how likely the skill is what the tag names (a tag the course does not bear out counts:
# the import weighs the title apart, StatedConfidence); for the others, how likely the link is right.
# Feature sets tried beside FEATURES (reported out of fold, not used: no gain at 0.5, docs/skill-matching.md):
# courseCosine is the cosine of the skill to the course's whole text (title and description; the course coherence).
VARIANTS = {
    "title": [["score", "gap", "courseCosine"]],
    "description": [["score", "gap", "courseCosine"], ["score", "gap", "titleCosine", "courseCosine"]],
}
NAMES_THE_TAG = "names the tag, not the course"
PENALTY = 0.1


def read_labels(path):
    """(item, skill uri) -> label of a labels file: its `consensus` column if it has one, else its `judgement`."""
    judged = {}
    for r in csv.DictReader(open(path, newline="")):
        if r["skill_uri"]:
            judged[(str(r["item"]), r["skill_uri"])] = r["consensus"] if "consensus" in r else r["judgement"]
    return judged


def load(candidates_path, labels_path):
    judged = read_labels(labels_path)
    rows = list(csv.DictReader(open(candidates_path)))
    best = {}
    for r in rows:
        best[r["item"]] = max(best.get(r["item"], -1e9), float(r["score"]))
    data = []
    for r in rows:
        data.append({
            "item": int(r["item"]), "kind": r["kind"], "score": float(r["score"]), "gap": float(r["score"]) - best[r["item"]],
            "titleCosine": float(r["titleCosine"]), "old": float(r["confidence"]), "rank": int(r["rank"]),
            "courseCosine": float(r.get("courseCosine", r["titleCosine"])),
            "right": judged.get((r["item"], r["uri"])) == "right", "source": r["source"], "uri": r["uri"],
            "lenient": judged.get((r["item"], r["uri"])) in ("right", "partly"),
            "y": 1.0 if judged.get((r["item"], r["uri"])) in ("right", NAMES_THE_TAG if r["kind"] == "tag" else "right") else 0.0,
        })
    return data


def labels(path, data):
    """Another reader's labels of the loaded candidates, as the curves' targets (y) and right / right-or-partly flags."""
    judged = read_labels(path)
    out = {}
    for d in data:
        j = judged.get((str(d["item"]), d["uri"]))
        out[id(d)] = {"y": 1.0 if j in ("right", NAMES_THE_TAG if d["kind"] == "tag" else "right") else 0.0,
                      "right": j == "right", "lenient": j in ("right", "partly")}
    return out


def fit(X, y):
    X1 = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(X1.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-(X1 @ w)))
        grad = X1.T @ (p - y) + PENALTY * np.r_[w[:-1], 0]
        hess = X1.T @ (X1 * (p * (1 - p))[:, None]) + PENALTY * np.diag(np.r_[np.ones(len(w) - 1), 0])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def predict(w, X):
    return 1 / (1 + np.exp(-(np.hstack([X, np.ones((len(X), 1))]) @ w)))


def out_of_fold(X, y, items):
    cv = np.zeros(len(y))
    folds = np.array(sorted(set(items)))
    for f in range(5):
        test = np.isin(items, folds[f::5])
        cv[test] = predict(fit(X[~test], y[~test]), X[test])
    return cv


def variants(kind, rows, y, items):
    """Other feature sets for this kind, out of fold (what docs/skill-matching.md reports as tried)."""
    for names in VARIANTS.get(kind, []):
        cv = out_of_fold(np.array([[d[n] for n in names] for d in rows]), y, items)
        report("tried: " + "+".join(n for n in names if n not in ("score", "gap")), cv, y)


def report(name, p, y):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    kept = p >= 0.5
    precision = y[kept].mean() if kept.any() else float("nan")
    recall = y[kept].sum() / max(1, y.sum())
    print(f"  {name:28s} log-loss {loss:.3f}; at 0.5: {kept.sum():3d} kept, precision {precision:.2f}, "
          f"right kept {recall:.2f} of {int(y.sum())}, wrong kept {int(kept.sum() - y[kept].sum())}")


def stated_confidence(cosine):
    """StatedConfidence (fitted by fit_stated_trust.py) at the place of a first tag: the set does not record places."""
    return 1 / (1 + np.exp(-(3.108 * cosine - 1.083)))


def tag_links(name, rows, p):
    """What the import links per tag use: of the tag's best 3, the highest min(curve, title support); is it right?"""
    per = {}
    for d, c in zip(rows, p):
        if d["rank"] <= 3:
            per.setdefault(d["item"], []).append((min(c, stated_confidence(d["titleCosine"])), d["right"]))
    for t in (0.3, 0.5):
        linked = [max(v) for v in per.values() if max(v)[0] >= t]
        print(f"  {name:28s} tag uses linked at {t}: {len(linked)} of {len(per)}, right {sum(r for _, r in linked)}")


def course_links(data, fitted):
    """Per UT Dallas course of the set (its title and one description sentence): links at 0.5, courses with one, right."""
    for name, p in (("job-ad curve (so far)", {id(d): d["old"] for d in data}), ("fitted, 5-fold out of fold", fitted)):
        links = [d for d in data if d["kind"] != "tag" and p[id(d)] >= 0.5]
        courses = {d["source"] for d in data if d["kind"] != "tag"}
        print(f"courses, {name}: {len({d['source'] for d in links})} of {len(courses)} with a link at 0.5; "
              f"{len(links)} links, {sum(d['right'] for d in links)} right, {sum(d['lenient'] for d in links)} right or partly")


def main():
    data = load(sys.argv[1], sys.argv[2])
    other = labels(sys.argv[3], data) if len(sys.argv) > 3 else None
    fitted, in_sample = {}, {}
    for kind, names in FEATURES.items():
        rows = [d for d in data if d["kind"] == kind]
        X = np.array([[d[n] for n in names] for d in rows])
        y = np.array([d["y"] for d in rows])
        items = np.array([d["item"] for d in rows])
        print(f"{kind}: {len(set(items))} items, {len(rows)} candidates, {int(y.sum())} right")
        report("job-ad curve (so far)", np.array([d["old"] for d in rows]), y)
        cv = out_of_fold(X, y, items)
        fitted.update({id(d): c for d, c in zip(rows, cv)})
        report("fitted, 5-fold out of fold", cv, y)
        variants(kind, rows, y, items)
        w = fit(X, y)
        report("fitted, in sample", predict(w, X), y)
        in_sample.update({id(d): c for d, c in zip(rows, predict(w, X))})
        if other:
            report("in sample, other reader", predict(w, X), np.array([other[id(d)]["y"] for d in rows]))
        if kind == "tag":
            tag_links("job-ad curve (so far)", rows, np.array([d["old"] for d in rows]))
            tag_links("fitted, 5-fold out of fold", rows, cv)
        print("  coefficients:", ", ".join(f"{n} {c:.4f}" for n, c in zip(names + ["intercept"], w)))
    course_links(data, fitted)
    if other:
        links = [d for d in data if d["kind"] != "tag" and in_sample[id(d)] >= 0.5]
        print(f"courses, fitted in sample: {len(links)} links at 0.5, {sum(d['right'] for d in links)} right and "
              f"{sum(d['lenient'] for d in links)} right or partly by these labels, "
              f"{sum(other[id(d)]['right'] for d in links)} and {sum(other[id(d)]['lenient'] for d in links)} by the other reader's")


if __name__ == "__main__":
    main()
