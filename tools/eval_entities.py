#!/usr/bin/env python3
"""Entity overlap against a PFSA-ID-style gold file.

    eval_entities.py GOLD.jsonl PRED.jsonl

For PER (gold PERSON + PERSONCOREF) and LOC (gold LOCATION): a predicted
entity mention counts as correct when it overlaps a gold span of its kind;
a gold span is found when a predicted mention of that kind overlaps it.
PFSA-ID marks only the people and places around statements, so precision here
is a lower bound: warta marks every person and place.  Standard library only.
"""
import json
import sys


def main(gold_path, pred_path):
    gold = {}
    for line in open(gold_path, encoding='utf-8'):
        if line.strip():
            d = json.loads(line)
            gold[d['id']] = d
    counts = {k: [0, 0, 0, 0] for k in ('PER', 'LOC')}  # pred_ok, pred, gold_found, gold
    labels = {'PER': ('PERSON', 'PERSONCOREF'), 'LOC': ('LOCATION',)}
    for line in open(pred_path, encoding='utf-8'):
        if not line.strip():
            continue
        p = json.loads(line)
        g = gold.get(p.get('id'))
        if g is None:
            continue
        for kind, labs in labels.items():
            gs = [(s['start'], s['end']) for s in g['spans'] if s['label'] in labs]
            ps = [tuple(m) for e in p.get('entities', []) if e.get('type') == kind for m in e.get('mentions', [])]
            ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
            c = counts[kind]
            c[0] += sum(1 for x in ps if any(ov(x, y) for y in gs))
            c[1] += len(ps)
            c[2] += sum(1 for y in gs if any(ov(x, y) for x in ps))
            c[3] += len(gs)
    print('%-4s %7s %7s  %-22s' % ('type', 'gold', 'pred', 'overlap P / R / F1'))
    for kind, (po, pn, gf, gn) in counts.items():
        pr = po / pn if pn else 0.0
        rc = gf / gn if gn else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        print('%-4s %7d %7d  %5.1f %5.1f %5.1f' % (kind, gn, pn, 100 * pr, 100 * rc, 100 * f))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
