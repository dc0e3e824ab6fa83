#!/usr/bin/env python3
"""Scores warta on the blind-written sets in tests/heldout/ (make heldout).

Each set is a directory of articles, NAME.txt, each with the statements a
reader marked in it, NAME.json: {"published", "statements": [{"kind",
"first", "last", "cue", "speaker", "role", "affiliation", "source"}]} (the
readers' brief is tests/heldout/BRIEF.md).  The articles were written for
warta's evaluation by readers who saw no part of it; each batch of eight
sets was measured before anyone read it (docs/QUALITY.md, the eighteenth
round).  What is counted:

  found     a quote of warta's whose content holds the reader's first and
            last words (whitespace, case and quote marks aside)
  cue       that quote's cue is the reader's
  source    one of its sources and the reader's name each other (one holds
            the other), or both are empty
  speaker   for a named speaker: the canonical names agree, titles before
            the reader's name allowed
  role      one of that person's roles is the reader's role (or role and
            affiliation written as one span), or both have none
  affil     likewise for the affiliations

usage: tools/heldout.py [-b WARTA] [--by-set] [--show KINDS] [SETDIR ...]
  -b WARTA     the binary (default build/warta)
  --by-set     a line for every set too
  --show KINDS print the misses of those kinds: F found, Q cue, S speaker,
               R role, A affiliation, O source (e.g. --show SR)
  SETDIR       sets to score (default every directory of tests/heldout)
Only the Python standard library is used.
"""
import json
import os
import re
import signal
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TITLES = set('''dr dr. prof prof. h h. hj hj. ir ir. drs drs. kh k.h. kh. kiai gus ustaz ustazah habib buya
nyai tgk tgk. teungku abu waled pak bu ibu bapak kombes akbp akp iptu ipda aiptu brigjen irjen komjen
jenderal kolonel letkol mayjen laksamana marsekal mayor kapten sertu serka pelda serma kompol bripka
brigadir h.m. hm'''.split())


def norm(s):
    s = unicodedata.normalize('NFC', s or '')
    s = s.replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"')
    s = re.sub(r'\s+', ' ', s).strip().lower()
    return s.strip(' ,.;:"\'')


def canon(s):
    w = norm(s).split()
    while w and w[0] in TITLES:
        w = w[1:]
    return ' '.join(w).strip(' ,')


def noparen(s):
    return norm(re.sub(r'\s*\([^)]*\)', '', s or ''))


def articles(dirs):
    for d in dirs:
        for f in sorted(os.listdir(d)):
            if f.endswith('.txt') and os.path.exists(os.path.join(d, f[:-4] + '.json')):
                yield d, os.path.join(d, f[:-4])


def main(argv):
    binary, by_set, show, dirs = os.path.join(ROOT, 'build', 'warta'), False, '', []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == '-b' and i + 1 < len(argv):
            binary = argv[i + 1]
            i += 1
        elif a == '--by-set':
            by_set = True
        elif a == '--show' and i + 1 < len(argv):
            show = argv[i + 1]
            i += 1
        elif a in ('-h', '--help'):
            print(__doc__)
            return 0
        elif a.startswith('-'):
            print('heldout.py: unknown option %s (see --help)' % a, file=sys.stderr)
            return 2
        else:
            dirs.append(a)
        i += 1
    if not dirs:
        base = os.path.join(ROOT, 'tests', 'heldout')
        dirs = [os.path.join(base, d) for d in sorted(os.listdir(base)) if os.path.isdir(os.path.join(base, d))]
    if not os.access(binary, os.X_OK):
        print('heldout.py: %s is not built (make build)' % binary, file=sys.stderr)
        return 2
    items = list(articles(dirs))
    records, golds = [], {}
    for d, base in items:
        gold = json.load(open(base + '.json', encoding='utf8'))
        text = open(base + '.txt', encoding='utf8').read()
        golds[base] = (d, gold, text.encode())
        records.append(json.dumps({'id': base, 'text': text, 'published': gold.get('published') or '2025-01-01'},
                                  ensure_ascii=False))
    out = subprocess.run([binary, 'extract', '--quiet', '--format', 'jsonl', '--input', 'jsonl', '-'],
                         input='\n'.join(records) + '\n', capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        return 1
    docs = {}
    for line in out.stdout.splitlines():
        if line.strip():
            doc = json.loads(line)
            docs[doc['id']] = doc
    keys = ('n', 'found', 'cue', 'src', 'spk', 'spk_n', 'role', 'aff')
    total = dict.fromkeys(keys, 0)
    per_set = {}
    for base, (d, gold, text) in golds.items():
        T = per_set.setdefault(d, dict.fromkeys(keys, 0))
        doc = docs.get(base, {'quotes': [], 'entities': []})
        ents = {e['id']: e for e in doc['entities']}
        qs = [(norm(text[q['content'][0]:q['content'][1]].decode('utf8', 'replace')), q) for q in doc['quotes']]
        used = set()
        tag = os.path.basename(base)
        for st in gold.get('statements', []):
            T['n'] += 1
            fi, la = norm(st.get('first', '')), norm(st.get('last', ''))
            hit = next(((k, q) for k, (c, q) in enumerate(qs) if k not in used and fi and la and fi in c and la in c),
                       None) or next(((k, q) for k, (c, q) in enumerate(qs) if fi and la and fi in c and la in c), None)
            if not hit:
                if 'F' in show:
                    print(tag, 'NOTFOUND', st.get('kind'), repr(st.get('first')), '…', repr(st.get('last')))
                continue
            used.add(hit[0])
            q = hit[1]
            T['found'] += 1
            cue = text[q['cue'][0]:q['cue'][1]].decode() if q.get('cue') else ''
            if norm(cue) == norm(st.get('cue')):
                T['cue'] += 1
            elif 'Q' in show:
                print(tag, 'CUE', repr(st.get('cue')), 'got', repr(cue), '|', st.get('first'))
            srcs = [s.get('name', '') for s in q.get('sources', [])]
            es = norm(st.get('source'))
            if (not es and not srcs) or (es and any(es in norm(x) or norm(x) in es for x in srcs if x)):
                T['src'] += 1
            elif 'O' in show:
                print(tag, 'SOURCE', repr(st.get('source')), 'got', srcs, '|', st.get('first'))
            sp = st.get('speaker') or ''
            if not sp:
                continue
            T['spk_n'] += 1
            spk = q.get('speaker') or {}
            name = spk.get('name') or ''
            e = ents.get(spk.get('entity'))
            right = canon(name) == canon(sp)
            if right:
                T['spk'] += 1
            elif 'S' in show:
                print(tag, 'SPEAKER', repr(sp), 'got', repr(name), '|', st.get('first'))
            roles = [r.get('text', '') for r in (e or {}).get('roles', [])] if e and right else []
            affs = [a.get('text', '') for a in (e or {}).get('affiliations', [])] if e and right else []
            er, ea = norm(st.get('role')), norm(st.get('affiliation'))
            nr, na = [norm(r) for r in roles], [norm(a) for a in affs]
            both = norm(er + ' ' + ea)
            if (not er and not nr) or (er and (er in nr or both in nr or any(noparen(r) == noparen(er) for r in roles))):
                T['role'] += 1
            elif 'R' in show:
                print(tag, 'ROLE', repr(st.get('role')), 'got', roles, '|', sp)
            if (not ea and not na) or (ea and (ea in na or any(noparen(a) == noparen(ea) for a in affs) or both in nr)):
                T['aff'] += 1
            elif 'A' in show:
                print(tag, 'AFFIL', repr(st.get('affiliation')), 'got', affs, 'roles', roles, '|', sp)

    def line(label, T):
        n, sn = T['n'] or 1, T['spk_n'] or 1
        return ('%-10s statements %5d  found %5d (%5.1f%%)  cue %5d  source %5d (%5.1f%%)  speaker %5d/%d (%5.1f%%)  '
                'role %5d (%5.1f%%)  affil %5d (%5.1f%%)' %
                (label, T['n'], T['found'], 100 * T['found'] / n, T['cue'], T['src'], 100 * T['src'] / n, T['spk'],
                 T['spk_n'], 100 * T['spk'] / sn, T['role'], 100 * T['role'] / sn, T['aff'], 100 * T['aff'] / sn))

    for d in sorted(per_set):
        for k in keys:
            total[k] += per_set[d][k]
        if by_set:
            print(line(os.path.basename(d), per_set[d]))
    print(line('all', total))
    return 0


if __name__ == '__main__':
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # (piped into head: stop quietly)
    sys.exit(main(sys.argv[1:]))
