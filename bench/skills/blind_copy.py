#!/usr/bin/env python3
"""Blind copies of the judged skill links, for a second reader (docs/skill-matching.md, "Two readers").

Drops the first reader's `judgement` and `note` columns and adds what a reader needs to judge a link: the ESCO
description of the skill (../shared/data/esco-v1.1.1/skills_en.csv) and, for a UT Dallas course, its whole description
(../shared/data/utdallas/courses.json; the evidence is one sentence of it), for a Coursera course its stated skills
(../shared/data/coursera/coursera_2024_partner_skills.csv). Writes, per input, a CSV without the judgements (to fill in)
and a plain-text sheet to read.

With --candidates, the input is instead the candidates CourseCalibrationSample writes (every item's top 8; the
course-text calibration set, docs/skill-matching.md): the sheet shows each item's text with all its candidates, so
the reader judges every candidate without seeing which ones the first reader labelled (the labels file,
bench/skills/course-calibration.csv, lists only those).

With --no-confidence, the confidence columns are left out too (the readers of inferred links, docs/skill-links-twins-sample.csv,
judge without them); a row with a `knowledge_uri` (a link inferred from a knowledge link) shows that knowledge's ESCO
description as well.

Usage: python3 bench/skills/blind_copy.py [--no-confidence] ../shared/data OUT_DIR docs/skill-links-judged.csv ...
       python3 bench/skills/blind_copy.py --candidates ../shared/data OUT_DIR target/course-calibration/candidates.csv
"""
import csv
import json
import os
import re
import unicodedata
import sys

HIDDEN = {"judgement", "note"}


def slug(text):
    """The import's slug (CourseraMapper.slug, LabelKeys.words): accents dropped, '&' read as 'and'."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain.lower().replace("&", " and ")).strip("-")


def esco_descriptions(data):
    with open(os.path.join(data, "esco-v1.1.1", "skills_en.csv"), newline="") as f:
        return {r["conceptUri"]: r for r in csv.DictReader(f)}


def course_texts(data):
    texts = {}
    with open(os.path.join(data, "utdallas", "courses.json")) as f:
        for c in json.load(f):
            text = c.get("description") or ""
            texts.setdefault(f"utd-{c['subject_prefix']}-{c['course_number']}", text)
            texts[f"utd-{c['subject_prefix']}-{c['course_number']}-{c['id']}"] = text
    with open(os.path.join(data, "coursera", "coursera_2024_partner_skills.csv"), newline="") as f:
        for r in csv.DictReader(f):
            texts[f"coursera:{slug(r['partner'])}:{slug(r['course'])}"] = "stated skills: " + r["skills"]
    return texts


def blind(path, out_dir, skills, texts, hidden=HIDDEN):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    columns = [c for c in rows[0].keys() if c not in hidden]
    name = os.path.splitext(os.path.basename(path))[0]
    with open(os.path.join(out_dir, name + "-blind.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, columns + ["judgement", "note"])
        w.writeheader()
        for r in rows:
            w.writerow({c: r[c] for c in columns})
    with open(os.path.join(out_dir, name + "-sheet.txt"), "w") as f:
        for i, r in enumerate(rows, 1):
            skill = skills.get(r.get("skill_uri", ""), {})
            f.write(f"#{i} {r.get('credential') or r.get('source')} | {r['title']}\n")
            confidence = "" if "confidence" in hidden else f" conf {r.get('confidence', '-')}"
            f.write(f"  skill: {r.get('skill') or r.get('skill_label')} ({skill.get('skillType', '?')}, "
                    f"{skill.get('reuseLevel', '?')}){confidence}\n")
            f.write(f"  ESCO: {skill.get('description', '(no skill)')}\n")
            if r.get("knowledge_uri"):
                knowledge = skills.get(r["knowledge_uri"], {})
                f.write(f"  inferred from the knowledge link: {r.get('knowledge')} ({r.get('knowledge_source')}); "
                        f"ESCO: {knowledge.get('description', '(no skill)')}\n")
            f.write(f"  evidence: {r.get('evidence') or r.get('text')}\n")
            course = r.get("credential") or r.get("source") or ""
            f.write(f"  course: {texts.get(course, '(not found)')}\n\n")


def course_of(row):
    """The key of course_texts for a candidate row: a UT Dallas code, or a Coursera partner and course title."""
    if row["source"].startswith("coursera:"):
        return f"coursera:{slug(row['source'][len('coursera:'):])}:{slug(row['title'])}"
    return row["source"]


def blind_candidates(path, out_dir, skills, texts):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    items = {}
    for r in rows:
        items.setdefault(r["item"], []).append(r)
    with open(os.path.join(out_dir, "course-calibration-sheet.txt"), "w") as f:
        for item, candidates in items.items():
            first = candidates[0]
            f.write(f"## item {item} [{first['kind']}] {first['source']} | {first['title']}\n")
            f.write(f"  text: {first['text']}\n")
            f.write(f"  course: {texts.get(course_of(first), '(not found)')}\n")
            for r in candidates:
                description = skills.get(r["uri"], {}).get("description", "").replace("\n", " ")
                f.write(f"  {r['rank']}. {r['label']} ({r['skillType']}, {r['reuseLevel']}): {description}\n")
            f.write("\n")


def main():
    args = sys.argv[1:]
    no_confidence = "--no-confidence" in args
    args = [a for a in args if a != "--no-confidence"]
    candidates = args[0] == "--candidates"
    data, out_dir, inputs = args[candidates], args[1 + candidates], args[2 + candidates:]
    os.makedirs(out_dir, exist_ok=True)
    skills, texts = esco_descriptions(data), course_texts(data)
    for path in inputs:
        if candidates:
            blind_candidates(path, out_dir, skills, texts)
        else:
            blind(path, out_dir, skills, texts, HIDDEN | {"confidence"} if no_confidence else HIDDEN)


if __name__ == "__main__":
    main()
