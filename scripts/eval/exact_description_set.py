#!/usr/bin/env python3
"""Known-item queries that describe mostly obscure films precisely, judged from ../shared.

For 120 films drawn at random (seed 7) from the Wikipedia catalog (de-duplicated by href, first
record wins), the query is 10 consecutive words of one later sentence of the film's own extract,
lower case, with the title's and the cast's words removed. It is the case a popularity prior
could harm: an exact description of a film nobody has heard of (docs/evaluation.md).
Stdlib only. Usage: exact_description_set.py OUT.jsonl (never write into the project).
"""
import glob
import json
import os
import random
import re
import sys

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
CATALOG = os.path.join(SHARED, "data", "wikipedia-movies", "movies-*.json")
COUNT, WORDS, SEED = 120, 10, 7


def films():
    seen = {}
    for path in sorted(glob.glob(CATALOG)):
        with open(path, encoding="utf-8") as f:
            for record in json.load(f):
                if record.get("href") and record["href"] not in seen:
                    seen[record["href"]] = record
    return seen


def query_for(record, rng):
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", record.get("extract") or "")[1:] if len(s.split()) >= 12]
    if not sentences:
        return None
    sentence = rng.choice(sentences)
    own = {w.lower() for w in re.findall(r"\w+", record["title"])}
    own |= {w.lower() for name in record.get("cast") or [] for w in name.split()}
    words = [w for w in re.findall(r"[A-Za-z']+", sentence) if w.lower() not in own]
    if len(words) < WORDS:
        return None
    start = rng.randint(0, len(words) - WORDS)
    return " ".join(words[start:start + WORDS]).lower()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/exact-description-set.jsonl"
    rng = random.Random(SEED)
    catalog = films()
    hrefs = sorted(catalog)
    rng.shuffle(hrefs)
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        for href in hrefs:
            query = query_for(catalog[href], rng)
            if query is None:
                continue
            f.write(json.dumps({"id": f"ob-{written:03}", "kind": "known_item", "query": query, "relevant": [href]}) + "\n")
            written += 1
            if written == COUNT:
                break
    print(f"{written} queries written to {out}")


if __name__ == "__main__":
    main()
