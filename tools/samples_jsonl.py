#!/usr/bin/env python3
"""Writes the bundled sample articles as JSON Lines for `warta ingest -`.

usage: tools/samples_jsonl.py [SAMPLES_DIR]   (default: samples)

Each record is {"id", "text", "published"}: the id is the file name without
.txt, the date comes from SAMPLES_DIR/index.tsv, so that relative dates in an
article ("kemarin", "Selasa") count from the day it appeared.  A sample
missing from the index is an error: every bundled article has a date.
"""
import json
import os
import sys


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "samples"
    dates = {}
    with open(os.path.join(d, "index.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, published = line.rstrip("\n").split("\t")[:2]
            dates[name] = published
    names = sorted(n for n in os.listdir(d) if n.endswith(".txt"))
    missing = [n for n in names if n not in dates]
    if missing:
        sys.exit("samples_jsonl.py: no date in %s/index.tsv for %s" % (d, ", ".join(missing)))
    out = sys.stdout
    for n in names:
        with open(os.path.join(d, n), encoding="utf-8") as f:
            text = f.read()
        rec = {"id": n[:-4], "text": text, "published": dates[n]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
