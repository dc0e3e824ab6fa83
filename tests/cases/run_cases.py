#!/usr/bin/env python3
"""Run warta's hand-made case files (quotes, speakers, sources, dates).

    run_cases.py WARTA DIR [DIR...] [--only FILE] [--verbose] [--keep]
    run_cases.py --lint DIR [DIR...]     check the case files themselves (no warta)
    run_cases.py --lint-samples [DIR]    check samples/*.expect.json against their articles
    run_cases.py --selftest              prove the comparison logic on built-in examples

Every *.cases file under the given directories is read; all cases go into one
JSON Lines file ({"id": "FILE:LINE", "text": ..., "published": ...}) that is
given once to `WARTA extract --format jsonl --input jsonl`; then every
expectation is checked against the output (JSON schema v1 of DESIGN.md).
Each failure is printed with FILE:LINE, the expectation and what was found,
then a summary per file.  Exit status 1 when any case fails, 2 on a usage or
case-file error.  Standard library only.

Case files
----------
Cases are separated by blank lines; each line of a case is "KEY: VALUE";
lines starting with '#' are comments.  Keys:

  in: TEXT          one paragraph of the article (repeat for more paragraphs;
                    paragraphs are joined with a blank line; "\\n" in TEXT is a
                    newline, for hard-wrapped paragraphs)
  published: DATE   YYYY-MM-DD, the publication date (optional)
  quote: KIND | CONTENT | CUE | SPEAKER
                    a quote whose content is CONTENT must be found, with a kind
                    among KIND ("direct", "partial", "indirect", "mixed", or
                    alternatives joined by "/"), the cue text CUE ("-": no cue)
                    and the speaker's canonical name SPEAKER ("-": none known).
                    CUE and SPEAKER may also list alternatives joined by "/".
                    Contents are compared after trimming spaces, quote marks
                    and , . ; : at both ends (check.py's TRIM), with runs of
                    white space inside counted as one space; a predicted
                    content that begins with "bahwa " also matches without it.
                    "START … END" (an ellipsis between spaces) matches a
                    content that begins with START and ends with END: used for
                    quotes running over several paragraphs.
  nquotes: N        exactly N quotes are predicted
  mention: START | TEXT  a quote whose content begins with START names its
                    speaker with the mention TEXT (titles and ranks included:
                    "Ajun Komisaris Mega Pratama")
  role: NAME | ROLE    the entity named NAME has a role whose text is ROLE
                       (alternatives joined by "/", and "\\/" is a slash
                       inside one: "Danramil 03\\/Lhoksukon"); a role "ROLE AFFIL" or
                       "ROLE dari AFFIL", where AFFIL is one of the entity's
                       affiliations, also counts
  affil: NAME | AFFIL  the entity named NAME has an affiliation whose text is AFFIL
  norole: NAME      the entity named NAME (which must exist) has no role
  noaffil: NAME     the entity named NAME (which must exist) has no affiliation
  entity: NAME | TYPE  the entity named NAME has the type TYPE (PER, ORG, LOC,
                       MEDIA), and no entity of another type has that name
  noentity: NAME | TYPE  no entity of type TYPE is named NAME
  source: START | NAME | DATE
                    a quote whose content begins with START has a source named
                    NAME (alternatives joined by "/") whose date is DATE
                    (YYYY-MM-DD, or "-": no date)
  nosource: START   every quote whose content begins with START has no source
                    (and at least one such quote exists)
  date: TEXT | VALUE   a date whose text is TEXT (or a date span containing
                       TEXT) with value VALUE (YYYY-MM-DD or null)
  nodate: TEXT      no date span overlaps any occurrence of TEXT
"""
import datetime
import difflib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile

TRIM = ' \t\r\n"\'“”‘’«»„‚,.;:'
KINDS = {'direct', 'partial', 'indirect', 'mixed'}
KEYS = {'in', 'published', 'quote', 'nquotes', 'mention', 'role', 'norole', 'noaffil', 'entity', 'noentity', 'affil', 'source',
        'nosource', 'date', 'nodate'}
NFIELDS = {'quote': 4, 'mention': 2, 'role': 2, 'norole': 1, 'noaffil': 1, 'entity': 2, 'noentity': 2, 'affil': 2, 'source': 3, 'nosource': 1, 'date': 2, 'nodate': 1, 'nquotes': 1}
ELLIPSIS = ' … '
ISO = re.compile(r'^\d{4}-\d{2}-\d{2}$')


class CaseError(Exception):
    pass


# ------------------------------------------------------------------ parsing

class Case:
    def __init__(self, file, line):
        self.file = file          # relative name, e.g. "quotes/direct.cases"
        self.line = line
        self.paras = []
        self.published = None
        self.exps = []            # (line, key, fields)

    @property
    def id(self):
        return '%s:%d' % (self.file, self.line)

    @property
    def text(self):
        return '\n\n'.join(self.paras)


def unescape(s):
    return s.replace('\\n', '\n').replace('\\t', '\t')


def valid_date(s):
    if not ISO.match(s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def parse_file(path, rel):
    """Returns the cases of one file; raises CaseError on a malformed line."""
    cases = []
    cur = None
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for no, raw in enumerate(lines, 1):
        line = raw.rstrip('\r')
        if not line.strip():
            cur = None
            continue
        if line.lstrip().startswith('#'):
            continue
        m = re.match(r'^([a-z]+):(?: (.*))?$', line)
        if not m or m.group(1) not in KEYS:
            raise CaseError('%s:%d: not a "KEY: VALUE" line with a known key: %r' % (rel, no, line[:60]))
        key, val = m.group(1), (m.group(2) or '').strip()
        if cur is None:
            cur = Case(rel, no)
            cases.append(cur)
        if key == 'in':
            cur.paras.append(unescape(val))
        elif key == 'published':
            if not valid_date(val):
                raise CaseError('%s:%d: published is not YYYY-MM-DD: %r' % (rel, no, val))
            cur.published = val
        else:
            fields = [x.strip() for x in val.split('|')]
            if len(fields) != NFIELDS[key] or not all(fields):
                raise CaseError('%s:%d: %s needs %d fields separated by "|"' % (rel, no, key, NFIELDS[key]))
            if key == 'quote':
                for k in fields[0].split('/'):
                    if k not in KINDS:
                        raise CaseError('%s:%d: unknown quote kind %r' % (rel, no, k))
            if key == 'nquotes' and not fields[0].isdigit():
                raise CaseError('%s:%d: nquotes needs a number' % (rel, no))
            if key == 'source' and fields[2] != '-' and not valid_date(fields[2]):
                raise CaseError('%s:%d: source date is not YYYY-MM-DD or -' % (rel, no))
            if key == 'date' and fields[1] != 'null' and not valid_date(fields[1]):
                raise CaseError('%s:%d: date value is not YYYY-MM-DD or null' % (rel, no))
            cur.exps.append((no, key, fields))
    for c in cases:
        if not c.paras:
            raise CaseError('%s: case without "in:" text' % c.id)
        if not c.exps:
            raise CaseError('%s: case without any expectation' % c.id)
    return cases


def collect(dirs, only=None):
    """All cases of the *.cases files under dirs, as {relname: [Case]}."""
    files = {}
    for d in dirs:
        d = os.path.normpath(d)
        base = os.path.dirname(d)
        if os.path.isfile(d):
            paths = [d]
        else:
            paths = []
            for root, _, names in os.walk(d):
                paths += [os.path.join(root, n) for n in names if n.endswith('.cases')]
        for p in sorted(paths):
            rel = os.path.relpath(p, base)
            if only and not (os.path.basename(p) == only or rel == only or p.endswith(only)):
                continue
            files[rel] = parse_file(p, rel)
    return files


# ------------------------------------------------------------------ comparison

def norm(s):
    return ' '.join(s.strip(TRIM).split())


def clip(b, s):
    if not (isinstance(s, (list, tuple)) and len(s) == 2 and all(isinstance(x, int) for x in s)):
        return ''
    if s[0] < 0 or s[1] < s[0] or s[1] > len(b):
        return ''
    return b[s[0]:s[1]].decode('utf-8', errors='replace')


def alts(s):
    # ("\/" is a slash inside one alternative: "Danramil 03\/Lhoksukon")
    return [a.strip().replace('\x00', '/') for a in s.replace('\\/', '\x00').split('/')]


def content_matches(expected, got):
    """expected: CONTENT of a case; got: the predicted content text."""
    g = norm(got)
    cands = [g]
    if g.lower().startswith('bahwa '):
        cands.append(norm(g[6:]))
    if ELLIPSIS in expected:
        a, b = expected.split(ELLIPSIS, 1)
        a, b = norm(a), norm(b)
        return any(c.startswith(a) and c.endswith(b) and len(c) >= len(a) + len(b) for c in cands)
    e = norm(expected)
    return e in cands


def starts_with(prefix, got):
    g = norm(got)
    p = norm(prefix)
    return g.startswith(p) or (g.lower().startswith('bahwa ') and norm(g[6:]).startswith(p))


class Doc:
    """One predicted document, with helpers to read its spans."""

    def __init__(self, case, out):
        self.case = case
        self.out = out
        t = out.get('text') if isinstance(out, dict) else None
        self.b = (t if isinstance(t, str) else case.text).encode('utf-8')

    def quotes(self):
        r = []
        for q in self.out.get('quotes') or []:
            if not isinstance(q, dict):
                continue
            sp = q.get('speaker') if isinstance(q.get('speaker'), dict) else {}
            srcs = [s for s in (q.get('sources') or []) if isinstance(s, dict)]
            r.append({'kind': q.get('kind'), 'content': clip(self.b, q.get('content')),
                      'cue': clip(self.b, q.get('cue')), 'speaker': sp.get('name'),
                      'mention': clip(self.b, sp.get('mention')),
                      'sources': [(s.get('name'), s.get('date')) for s in srcs]})
        return r

    def entities(self, name):
        return [e for e in self.out.get('entities') or [] if isinstance(e, dict) and e.get('name') == name]

    def span_texts(self, items):
        r = []
        for x in items or []:
            if isinstance(x, dict):
                t = clip(self.b, x.get('span')) if x.get('span') is not None else (x.get('text') or '')
            else:
                t = clip(self.b, x)
            r.append(norm(t))
        return r

    def dates(self):
        r = []
        for d in self.out.get('dates') or []:
            if isinstance(d, dict):
                sp = d.get('span')
                r.append((clip(self.b, sp), d.get('value'), sp))
        return r


def show_quote(q):
    src = ''.join(', via %s%s' % (n, ' ' + d if d else '') for n, d in q['sources'])
    return '%s [%s] cue=%r speaker=%r%s' % (json.dumps(norm(q['content']), ensure_ascii=False)[:160],
                                            q['kind'], q['cue'] or '-', q['speaker'], src)


def nearest(expected, quotes):
    if not quotes:
        return 'no quotes were predicted'
    e = norm(expected.replace(ELLIPSIS, ' '))
    best = max(quotes, key=lambda q: difflib.SequenceMatcher(None, e, norm(q['content'])).ratio())
    return 'nearest: ' + show_quote(best)


def check_quote(doc, fields):
    kinds, content, cue, speaker = alts(fields[0]), fields[1], alts(fields[2]), alts(fields[3])
    qs = doc.quotes()
    hits = [q for q in qs if content_matches(content, q['content'])]
    if not hits:
        return 'not found; ' + nearest(content, qs)
    problems = []
    for q in hits:
        p = []
        if q['kind'] not in kinds:
            p.append('kind %s not in %s' % (q['kind'], '/'.join(kinds)))
        got_cue = norm(q['cue']) if q['cue'] else '-'
        if got_cue not in cue:
            p.append('cue %r, want %s' % (got_cue, ' or '.join(repr(c) for c in cue)))
        got_sp = q['speaker'] if q['speaker'] else '-'
        if got_sp not in speaker:
            p.append('speaker %r (mention %r), want %s' % (got_sp, q['mention'], ' or '.join(repr(s) for s in speaker)))
        if not p:
            return None
        problems.append('; '.join(p))
    return problems[0] + ('  [%d matching quotes]' % len(hits) if len(hits) > 1 else '')


def check_mention(doc, fields):
    qs = [q for q in doc.quotes() if starts_with(fields[0], q['content'])]
    if not qs:
        return 'no quote begins with %r; %s' % (fields[0], nearest(fields[0], doc.quotes()))
    want = norm(fields[1])
    got = [q['mention'] for q in qs]
    return None if any(m is not None and norm(m) == want for m in got) else 'speaker mentions %s' % got


def check_role(doc, fields, key):
    name, want = fields[0], [norm(a) for a in alts(fields[1])]
    ents = doc.entities(name)
    if not ents:
        names = [e.get('name') for e in doc.out.get('entities') or [] if isinstance(e, dict)]
        return 'no entity named %r; entities: %s' % (name, names)
    seen = []
    for e in ents:
        roles = doc.span_texts(e.get('roles'))
        affs = doc.span_texts(e.get('affiliations'))
        if key == 'role':
            seen += roles
            for r in roles:
                if r in want or any(r in (w + ' ' + a, w + ' dari ' + a) for w in want for a in affs):
                    return None
        else:
            seen += affs
            if any(a in want for a in affs):
                return None
    return '%s of %r are %s' % ('roles' if key == 'role' else 'affiliations', name, seen)


def check_source(doc, fields, key):
    start = fields[0]
    qs = [q for q in doc.quotes() if starts_with(start, q['content'])]
    if not qs:
        return 'no quote begins with %r; %s' % (start, nearest(start, doc.quotes()))
    if key == 'nosource':
        bad = [q for q in qs if q['sources']]
        return None if not bad else 'has sources: ' + show_quote(bad[0])
    names, date = alts(fields[1]), None if fields[2] == '-' else fields[2]
    for q in qs:
        if any(n in names and d == date for n, d in q['sources']):
            return None
    return 'want source %s%s; found %s' % (fields[1], ' ' + date if date else ' (no date)',
                                          '; '.join(show_quote(q) for q in qs))


def occurrences(text_b, sub):
    s = sub.encode('utf-8')
    r, i = [], text_b.find(s)
    while i >= 0:
        r.append((i, i + len(s)))
        i = text_b.find(s, i + 1)
    return r


def check_date(doc, fields, key):
    ds = doc.dates()
    shown = ', '.join('%r=%s' % (t, v) for t, v, _ in ds) or 'none'
    if key == 'nodate':
        occ = occurrences(doc.b, fields[0])
        if not occ:
            return '%r is not in the text' % fields[0]
        for t, v, sp in ds:
            if isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp):
                if any(sp[0] < e and s < sp[1] for s, e in occ):
                    return 'reported as a date: %r=%s' % (t, v)
        return None
    text, value = fields[0], None if fields[1] == 'null' else fields[1]
    for t, v, _ in ds:
        if (t == text or text in t) and v == value:
            return None
    return 'want %r=%s; dates: %s' % (text, fields[1], shown)


def check_case(case, out):
    """Returns a list of (line, expectation, problem)."""
    fails = []
    if out is None:
        return [(case.line, 'output', 'no output for this record (rejected by warta?)')]
    doc = Doc(case, out)
    for line, key, fields in case.exps:
        if key == 'quote':
            p = check_quote(doc, fields)
        elif key == 'nquotes':
            qs = doc.quotes()
            p = None if len(qs) == int(fields[0]) else '%d quotes predicted: %s' % (
                len(qs), ' | '.join(show_quote(q) for q in qs) or '-')
        elif key == 'mention':
            p = check_mention(doc, fields)
        elif key in ('role', 'affil'):
            p = check_role(doc, fields, key)
        elif key in ('norole', 'noaffil'):
            ents = doc.entities(fields[0])
            what = 'roles' if key == 'norole' else 'affiliations'
            found = [r for e in ents for r in doc.span_texts(e.get(what))]
            p = ('no entity named %r' % fields[0]) if not ents else ('%s %s' % (what, found) if found else None)
        elif key == 'entity':
            all_ents = [e for e in doc.out.get('entities') or [] if isinstance(e, dict)]
            types = sorted({str(e.get('type')) for e in all_ents if e.get('name') == fields[0]})
            p = None if types == [fields[1]] else 'entities named %r have the types %s' % (fields[0], types or '-')
        elif key == 'noentity':
            all_ents = [e for e in doc.out.get('entities') or [] if isinstance(e, dict)]
            hit = [e for e in all_ents if e.get('name') == fields[0] and e.get('type') == fields[1]]
            p = ('an entity %s %r exists' % (fields[1], fields[0])) if hit else None
        elif key in ('source', 'nosource'):
            p = check_source(doc, fields, key)
        else:
            p = check_date(doc, fields, key)
        if p:
            fails.append((line, '%s: %s' % (key, ' | '.join(fields)), p))
    return fails


# ------------------------------------------------------------------ running

def run(warta, files, verbose=False, keep=False):
    cases = [c for cs in files.values() for c in cs]
    if not cases:
        print('no cases found')
        return 2
    fd, inp = tempfile.mkstemp(suffix='.jsonl', prefix='warta-cases-')
    with os.fdopen(fd, 'w', encoding='utf-8') as f:
        for c in cases:
            rec = {'id': c.id, 'text': c.text}
            if c.published:
                rec['published'] = c.published
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    try:
        p = subprocess.run([warta, 'extract', '--quiet', '--format', 'jsonl', '--input', 'jsonl', inp],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    finally:
        if keep:
            print('input kept in', inp)
        else:
            os.unlink(inp)
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr.decode('utf-8', 'replace'))
        print('warta extract failed with exit status %d' % p.returncode)
        return 2
    outs = {}
    for ln in p.stdout.decode('utf-8', 'replace').splitlines():
        if ln.strip():
            try:
                o = json.loads(ln)
            except ValueError:
                print('warta printed a line that is not JSON: %r' % ln[:100])
                return 2
            outs[o.get('id')] = o
    err = p.stderr.decode('utf-8', 'replace')
    total_ok = total = 0
    summary = []
    for rel, cs in files.items():
        ok = 0
        for c in cs:
            fails = check_case(c, outs.get(c.id))
            if not fails:
                ok += 1
                if verbose:
                    print('ok    %s' % c.id)
                continue
            for line, exp, prob in fails:
                print('FAIL  %s:%d  %s\n        %s' % (rel, line, exp, prob))
            if outs.get(c.id) is None:
                for el in err.splitlines():
                    if c.id in el:
                        print('        warta: ' + el)
        summary.append('%s: %d/%d cases' % (rel, ok, len(cs)))
        total_ok += ok
        total += len(cs)
    print('\n'.join(summary))
    print('total: %d/%d cases' % (total_ok, total))
    return 0 if total_ok == total else 1


# ------------------------------------------------------------------ lint

WEEKDAYS = {'senin': 0, 'selasa': 1, 'rabu': 2, 'kamis': 3, 'jumat': 4, "jum'at": 4, 'sabtu': 5, 'minggu': 6}
MONTHS = {'januari': 1, 'jan': 1, 'februari': 2, 'feb': 2, 'maret': 3, 'mar': 3, 'april': 4, 'apr': 4,
          'mei': 5, 'juni': 6, 'jun': 6, 'juli': 7, 'jul': 7, 'agustus': 8, 'agu': 8, 'agt': 8,
          'september': 9, 'sept': 9, 'sep': 9, 'oktober': 10, 'okt': 10, 'november': 11, 'nov': 11,
          'desember': 12, 'des': 12}


def nearest_year(pub, month, day):
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = datetime.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - pub).days) < abs((best - pub).days):
            best = d
    return best


def resolve(text, pub):
    """A reference resolver for the simple shapes of the date conventions
    (tests/data/dates/README.cases); None when it has no opinion, 'null'
    when the value cannot be known."""
    t = text.lower().strip()
    t = re.sub(r'^(hari|pada|pada hari)\s+', '', t)
    m = re.search(r'(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?', t)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        if y:
            y = int(y) + (2000 if len(y) == 2 else 0)
            return datetime.date(y, mo, d).isoformat()
        return nearest_year(pub, mo, d).isoformat() if pub else 'null'
    m = re.match(r'^(?:(\w+),?\s+)?(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?$', t)
    if m and m.group(3) in MONTHS:
        d, mo, y = int(m.group(2)), MONTHS[m.group(3)], m.group(4)
        if y:
            return datetime.date(int(y), mo, d).isoformat()
        return nearest_year(pub, mo, d).isoformat() if pub else 'null'
    rel = {'kemarin': -1, 'hari ini': 0, 'besok': 1, 'lusa': 2, 'kemarin lusa': -2}
    if t in rel:
        return (pub + datetime.timedelta(days=rel[t])).isoformat() if pub else 'null'
    nums = {'satu': 1, 'dua': 2, 'tiga': 3, 'empat': 4, 'lima': 5, 'enam': 6, 'tujuh': 7}
    m = re.match(r'^(\w+) hari (lalu|yang lalu|sebelumnya)$', t)
    if m and (m.group(1) in nums or m.group(1).isdigit()):
        n = nums.get(m.group(1)) or int(m.group(1))
        return (pub - datetime.timedelta(days=n)).isoformat() if pub else 'null'
    words = t.split()
    orig = re.sub(r'^(?:[Hh]ari|[Pp]ada|[Pp]ada [Hh]ari)\s+', '', text.strip()).split()
    if words and words[0] in WEEKDAYS and orig and orig[0][:1].isupper():
        wd = WEEKDAYS[words[0]]
        rest = ' '.join(words[1:])
        if rest in ('', 'pagi', 'siang', 'sore', 'malam', 'dini hari'):
            mode = 'onbefore'
        elif rest in ('lalu', 'kemarin', 'yang lalu', 'pekan lalu', 'minggu lalu'):
            mode = 'before' if rest in ('lalu', 'kemarin', 'yang lalu') else None
        elif rest in ('depan', 'mendatang', 'besok', 'pekan depan', 'minggu depan'):
            mode = 'after' if rest in ('depan', 'mendatang', 'besok') else None
        else:
            mode = None
        if mode is None:
            return None
        if not pub:
            return 'null'
        if mode == 'onbefore':
            return (pub - datetime.timedelta(days=(pub.weekday() - wd) % 7)).isoformat()
        if mode == 'before':
            return (pub - datetime.timedelta(days=((pub.weekday() - wd - 1) % 7) + 1)).isoformat()
        return (pub + datetime.timedelta(days=((wd - pub.weekday() - 1) % 7) + 1)).isoformat()
    return None


def lint(files):
    """Checks that every expectation can be met by the text of its case."""
    problems = 0

    def bad(case, line, msg):
        nonlocal problems
        problems += 1
        print('LINT  %s:%d  %s' % (case.file, line, msg))

    n = 0
    for rel, cs in files.items():
        for c in cs:
            n += 1
            text = c.text
            ntext = ' '.join(text.split())
            pub = datetime.date.fromisoformat(c.published) if c.published else None
            for line, key, f in c.exps:
                if key == 'quote':
                    parts = f[1].split(ELLIPSIS) if ELLIPSIS in f[1] else [f[1]]
                    for part in parts:
                        if norm(part) not in ntext:
                            bad(c, line, 'content %r is not in the text' % norm(part))
                    for cue in alts(f[2]):
                        if cue != '-' and not re.search(r'(?<!\w)' + re.escape(cue) + r'(?!\w)', text):
                            bad(c, line, 'cue %r is not a word of the text' % cue)
                    for sp in alts(f[3]):
                        if sp != '-' and sp not in text:
                            bad(c, line, 'speaker %r is not written in the text' % sp)
                elif key in ('entity', 'noentity'):
                    if f[0] not in text:
                        bad(c, line, 'name %r is not in the text' % f[0])
                    if f[1] not in ('PER', 'ORG', 'LOC', 'MEDIA'):
                        bad(c, line, 'type %r is none of PER, ORG, LOC, MEDIA' % f[1])
                elif key in ('role', 'affil'):
                    if f[0] not in text:
                        bad(c, line, 'name %r is not in the text' % f[0])
                    for r in alts(f[1]):
                        if r not in text:
                            bad(c, line, '%s %r is not in the text' % (key, r))
                elif key in ('source', 'nosource'):
                    if norm(f[0]) not in ntext:
                        bad(c, line, 'quote start %r is not in the text' % f[0])
                    if key == 'source' and not any(a.lower() in text.lower() for a in alts(f[1])):
                        bad(c, line, 'source %r is not in the text' % f[1])
                elif key in ('date', 'nodate'):
                    if f[0] not in text:
                        bad(c, line, '%r is not in the text' % f[0])
                    if key == 'date':
                        words = re.findall(r"[A-Za-z']+", f[0].lower())
                        wds = [WEEKDAYS[w] for w in words if w in WEEKDAYS]
                        if wds and f[1] != 'null' and datetime.date.fromisoformat(f[1]).weekday() != wds[0]:
                            bad(c, line, '%s is not a %s' % (f[1], words[0]))
                        want = resolve(f[0], pub)
                        if want is not None and want != f[1]:
                            bad(c, line, 'the conventions give %s for %r, the case says %s' % (want, f[0], f[1]))
    print('%d cases in %d files, %d problems' % (n, len(files), problems))
    return 1 if problems else 0


def lint_samples(dirs):
    """Checks NAME.expect.json files (golden/check.py format) against NAME.txt:
    every starts/ends, cue, speaker, mention, role and date text is in the
    article, starts comes before ends, and simple dates agree with the rules."""
    problems = n = 0

    def bad(name, msg):
        nonlocal problems
        problems += 1
        print('LINT  %s  %s' % (name, msg))

    for d in dirs:
        for fn in sorted(os.listdir(d)):
            if not fn.endswith('.expect.json'):
                continue
            n += 1
            name = fn[:-len('.expect.json')]
            txt = os.path.join(d, name + '.txt')
            if not os.path.exists(txt):
                bad(fn, 'no %s.txt beside it' % name)
                continue
            exp = json.load(open(os.path.join(d, fn), encoding='utf-8'))
            text = open(txt, encoding='utf-8').read()
            flat = ' '.join(text.split())
            pub = datetime.date.fromisoformat(exp['published']) if exp.get('published') else None
            for key in ('published', 'dateline', 'quotes', 'entities', 'dates'):
                if key not in exp:
                    bad(fn, 'no %r' % key)
            if exp.get('dateline') and exp['dateline'] not in text[:200]:
                bad(fn, 'dateline %r is not at the start' % exp['dateline'])
            paras = [p.strip() for p in re.split(r'\n\s*\n', text)]
            for b in exp.get('boilerplate_removed', []):
                if b not in paras:
                    bad(fn, 'boilerplate %r is not a paragraph' % b)
                elif 0 < paras.index(b) < len(paras) - 1 and any(
                        p not in exp['boilerplate_removed'] for p in paras[:paras.index(b)]) and any(
                        p not in exp['boilerplate_removed'] for p in paras[paras.index(b) + 1:]):
                    bad(fn, 'boilerplate %r is inside the body: check.py cannot see it removed' % b)
            for q in exp.get('quotes', []):
                lab = '%s … %s' % (q['starts'], q['ends'])
                i = flat.find(' '.join(q['starts'].split()))
                j = flat.rfind(' '.join(q['ends'].split()))
                if i < 0 or j < 0 or j + len(q['ends']) < i + len(q['starts']):
                    bad(fn, 'quote %s: starts/ends not found in order' % lab)
                if q['starts'] != q['starts'].strip(TRIM) or q['ends'] != q['ends'].strip(TRIM):
                    bad(fn, 'quote %s: starts/ends carry marks or punctuation check.py trims' % lab)
                if not set(q['kind']) <= KINDS:
                    bad(fn, 'quote %s: unknown kind %s' % (lab, q['kind']))
                if q.get('speaker') and q['speaker'] not in text:
                    bad(fn, 'quote %s: speaker %r not in the text' % (lab, q['speaker']))
                if q.get('cue') and not re.search(r'(?<!\w)' + re.escape(q['cue']) + r'(?!\w)', text):
                    bad(fn, 'quote %s: cue %r not in the text' % (lab, q['cue']))
                if q.get('source') and q['source'].lower() not in text.lower():
                    bad(fn, 'quote %s: source %r not in the text' % (lab, q['source']))
                if q.get('source_date') and not valid_date(q['source_date']):
                    bad(fn, 'quote %s: source_date is not YYYY-MM-DD' % lab)
            for e in exp.get('entities', []):
                if e['type'] not in ('PER', 'ORG', 'LOC', 'MEDIA'):
                    bad(fn, 'entity %s: type %s' % (e['name'], e['type']))
                if e['name'].lower() not in text.lower():
                    bad(fn, 'entity %s: its name is not in the text' % e['name'])
                for m in e.get('mentions', []) + e.get('roles', []):
                    if m not in text:
                        bad(fn, 'entity %s: %r not in the text' % (e['name'], m))
            for dt in exp.get('dates', []):
                if dt['text'] not in text:
                    bad(fn, 'date %r not in the text' % dt['text'])
                if dt['value'] is not None and not valid_date(dt['value']):
                    bad(fn, 'date %r: value %r' % (dt['text'], dt['value']))
                want = resolve(dt['text'], pub)
                got = 'null' if dt['value'] is None else dt['value']
                if want is not None and want != got:
                    bad(fn, 'date %r: the conventions give %s, the file says %s' % (dt['text'], want, got))
    print('%d sample expectations, %d problems' % (n, problems))
    return 1 if problems else 0


# ------------------------------------------------------------------ selftest

SELFTEST_CASES = '''\
in: ”Kami siap,” kata Bupati Sleman Harjono Wibisono. Ia tersenyum.
in: Menurut dia, jalan itu selesai pekan depan, seperti dilansir Antara, Senin (13/11/2023).
published: 2023-11-14
quote: direct | Kami siap | kata | Harjono Wibisono
quote: indirect | jalan itu selesai pekan depan | Menurut | Harjono Wibisono
nquotes: 2
role: Harjono Wibisono | Bupati
affil: Harjono Wibisono | Sleman
source: jalan itu | Antara | 2023-11-13
nosource: Kami siap
date: Senin (13/11/2023) | 2023-11-13
nodate: Sleman

in: Ia mengatakan bahwa “semua” baik. Rapat dimulai Kamis.
in: “Paragraf satu.
in: “Paragraf dua,” ujarnya.
quote: mixed/indirect | “semua” baik | mengatakan | -
quote: direct | Paragraf satu … Paragraf dua | ujarnya | -
date: Kamis | null
'''


def selftest():
    with tempfile.TemporaryDirectory() as d:
        os.mkdir(os.path.join(d, 'st'))
        with open(os.path.join(d, 'st', 'a.cases'), 'w', encoding='utf-8') as f:
            f.write(SELFTEST_CASES)
        files = collect([os.path.join(d, 'st')])
    c1, c2 = files['st/a.cases']
    t1 = c1.text.encode('utf-8')
    t2 = c2.text.encode('utf-8')

    def sp(b, s, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = b.find(s.encode('utf-8'), i + 1)
        assert i >= 0, s
        return [i, i + len(s.encode('utf-8'))]

    good1 = {
        'id': c1.id,
        'quotes': [
            {'kind': 'direct', 'content': sp(t1, 'Kami siap,'), 'cue': sp(t1, 'kata'),
             'speaker': {'mention': sp(t1, 'Harjono Wibisono'), 'entity': 0, 'name': 'Harjono Wibisono'},
             'sources': []},
            {'kind': 'indirect', 'content': sp(t1, 'jalan itu selesai pekan depan'), 'cue': sp(t1, 'Menurut'),
             'speaker': {'mention': sp(t1, 'dia'), 'entity': 0, 'name': 'Harjono Wibisono'},
             'sources': [{'name': 'Antara', 'span': sp(t1, 'Antara'), 'date': '2023-11-13'}]}],
        'entities': [{'id': 0, 'type': 'PER', 'name': 'Harjono Wibisono', 'mentions': [sp(t1, 'Harjono Wibisono')],
                      'roles': [{'span': sp(t1, 'Bupati Sleman'), 'text': 'Bupati Sleman'}],
                      'affiliations': [{'span': sp(t1, 'Sleman'), 'text': 'Sleman'}]}],
        'dates': [{'span': sp(t1, 'Senin (13/11/2023)'), 'value': '2023-11-13'}]}
    good2 = {
        'id': c2.id,
        'quotes': [
            {'kind': 'mixed', 'content': sp(t2, 'bahwa “semua” baik'), 'cue': sp(t2, 'mengatakan'),
             'speaker': {'mention': sp(t2, 'Ia'), 'entity': None, 'name': None}},
            {'kind': 'direct', 'content': sp(t2, 'Paragraf satu.\n\n“Paragraf dua,'), 'cue': sp(t2, 'ujarnya'),
             'speaker': None}],
        'entities': [],
        'dates': [{'span': sp(t2, 'Kamis'), 'value': None}]}
    assert check_case(c1, good1) == [], check_case(c1, good1)
    assert check_case(c2, good2) == [], check_case(c2, good2)

    # each kind of mistake is caught, and only that one
    def fails_of(case, out):
        return sorted(e.split(':')[0] for _, e, _ in check_case(case, out))

    bad = json.loads(json.dumps(good1))
    bad['quotes'][0]['kind'] = 'indirect'
    bad['quotes'][1]['speaker']['name'] = 'Harjono'
    assert fails_of(c1, bad) == ['quote', 'quote'], check_case(c1, bad)
    bad = json.loads(json.dumps(good1))
    bad['quotes'][0]['content'] = sp(t1, 'Kami siap,” kata Bupati')      # swallowed the cue
    assert fails_of(c1, bad) == ['quote'], check_case(c1, bad)
    bad = json.loads(json.dumps(good1))
    bad['quotes'][0]['cue'] = None
    bad['quotes'][1]['sources'][0]['date'] = None
    bad['quotes'].append(dict(bad['quotes'][0]))
    assert fails_of(c1, bad) == ['nquotes', 'quote', 'source'], check_case(c1, bad)
    bad = json.loads(json.dumps(good1))
    bad['quotes'][0]['sources'] = [{'name': 'Antara', 'date': None}]
    bad['entities'][0]['roles'] = [{'span': sp(t1, 'Bupati Sleman Harjono'), 'text': 'x'}]
    bad['entities'][0]['affiliations'] = []
    assert fails_of(c1, bad) == ['affil', 'nosource', 'role'], check_case(c1, bad)
    bad = json.loads(json.dumps(good1))
    bad['dates'] = [{'span': sp(t1, 'Senin'), 'value': '2023-11-13'}, {'span': sp(t1, 'Sleman'), 'value': None}]
    assert fails_of(c1, bad) == ['date', 'nodate'], check_case(c1, bad)
    bad = json.loads(json.dumps(good1))
    bad['entities'][0]['name'] = 'Harjono'
    assert fails_of(c1, bad) == ['affil', 'role'], check_case(c1, bad)
    bad = json.loads(json.dumps(good2))
    bad['quotes'][1]['content'] = sp(t2, 'Paragraf satu.')              # stopped at the paragraph end
    bad['dates'][0]['value'] = '2023-11-16'
    assert fails_of(c2, bad) == ['date', 'quote'], check_case(c2, bad)
    bad = json.loads(json.dumps(good2))
    bad['quotes'][0]['kind'] = 'partial'
    bad['quotes'][1]['speaker'] = {'name': 'Harjono Wibisono'}
    assert fails_of(c2, bad) == ['quote', 'quote'], check_case(c2, bad)
    assert check_case(c2, None) and check_case(c2, {})
    # the lint of the built-in cases is clean
    assert lint(files) == 0
    print('selftest: ok')
    return 0


def main(argv):
    if hasattr(signal, 'SIGPIPE'):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # quiet under | head
    args, only, verbose, keep = [], None, False, False
    mode = 'run'
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == '--only':
            if i + 1 >= len(argv):
                sys.exit('--only needs a file name')
            only = argv[i + 1]
            i += 1
        elif a in ('-v', '--verbose'):
            verbose = True
        elif a == '--keep':
            keep = True
        elif a == '--lint':
            mode = 'lint'
        elif a == '--lint-samples':
            mode = 'lint-samples'
        elif a == '--selftest':
            mode = 'selftest'
        elif a in ('-h', '--help'):
            print(__doc__)
            return 0
        else:
            args.append(a)
        i += 1
    if mode == 'selftest':
        return selftest()
    try:
        if mode == 'lint-samples':
            return lint_samples(args or ['samples'])
        if mode == 'lint':
            if not args:
                sys.exit(__doc__)
            return lint(collect(args, only))
        if len(args) < 2:
            sys.exit(__doc__)
        files = collect(args[1:], only)
    except CaseError as e:
        print('case file error: %s' % e)
        return 2
    if not files:
        print('no case files matched')
        return 2
    return run(args[0], files, verbose, keep)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
