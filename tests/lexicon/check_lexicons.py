#!/usr/bin/env python3
"""Check warta's word lists (data/*.lex) for mistakes the compiler does not catch.

    check_lexicons.py DATA_DIR

Reads every DATA_DIR/*.lex with the rules of data/gen_lexicon.py and checks:
  - every class is a known one (the list below, or a name starting with
    'cue', 'src_' or 'time_');
  - a line with a CANONICAL name points at a non-alias entry of the same kind
    (loc -> loc, org -> org, media -> media, role -> role); an 'alias' line
    has a CANONICAL.  Lines of cue files (classes starting with 'cue') are
    skipped: there the third field is the verb's root;
  - no key appears twice in one file (keys are compared without ASCII case),
    unless the two lines give it disjoint classes and neither is an alias
    (a grammar file may list a word in two sections: "seraya; np_stop" and
    "seraya; content_stop");
  - no key has two different explicit CANONICAL names in different files;
  - each gazetteer class has at least its minimum number of entries (aliases
    not counted);
  - gen_lexicon.py accepts all files together with the word lists, and the
    classes fit in 64 bits.
Prints the count of entries per class.  Exit status 0 when all checks pass.
Notes (an alias whose canonical name the compiler will take from an earlier
file) are printed but do not fail the check.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

ALLOWED = set('''person_noun
naming

loc country capital province city region alias
org ministry state_body police military party company university intl org_head
media agency outlet
title title_hon title_rel title_acad title_rank
role role_common
pronoun pron_3s pron_3p name_particle name_first name_bali
abbrev abbrev_end boiler_line boiler_prefix boiler_colon month weekday
adv_skip clause_conj np_stop desc_end content_stop comp org_suffix
org_sub speech_intro org_seat nonname loc_head role_field role_place
firsthand work_head per_alias org_named role_org org_eponym abbrev_lower role_prefix
rank_corps connective loc_noun ask_object role_rel org_form alike abroad press_event org_noun street
speech_noun term hypothetical channel time_span loc_admin role_occ org_branch org_office
root
'''.split())
# A new class is added here when a data file starts using it; anything else
# is a typo.
ALLOWED_PREFIXES = ('cue', 'src_', 'time_')

# Classes whose entries must point at an entry of the same kind.
KINDS = ('loc', 'org', 'media', 'role')

MINIMUM = {
    'country': 190, 'capital': 150, 'province': 38, 'city': 450,
    'ministry': 30, 'state_body': 40, 'police': 30, 'party': 15,
    'agency': 25, 'outlet': 60, 'title_rank': 50, 'role': 150,
    'role_common': 50, 'name_first': 1000,
}

FORM_RE = re.compile(r'(me|di|ter)(-\w+)?|nya|bare|ber')
CLASS_RE = re.compile(r'[a-z][a-z0-9_]*')


def lower_ascii(s):
    return ''.join(ch.lower() if 'A' <= ch <= 'Z' else ch for ch in s)


class Line:
    __slots__ = ('path', 'num', 'key', 'classes', 'canon')

    def __init__(self, path, num, key, classes, canon):
        self.path, self.num, self.key = path, num, key
        self.classes, self.canon = classes, canon

    @property
    def where(self):
        return '%s:%d' % (os.path.basename(self.path), self.num)


def parse(path, errors):
    """The lines of one .lex file, read as gen_lexicon.py reads them."""
    out = []
    default = set()
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for n, raw in enumerate(lines, 1):
        line = raw.split('#', 1)[0].strip() if not raw.lstrip().startswith('#') else ''
        if not line:
            continue
        if line.startswith('@classes'):
            default = set(line.split()[1:])
            continue
        parts = [p.strip() for p in line.split(';')]
        key = ' '.join(parts[0].split())
        classes = set(default)
        for tok in (parts[1].split() if len(parts) > 1 else []):
            if '=' in tok:
                classes.add(tok.partition('=')[0])
            elif FORM_RE.fullmatch(tok):
                continue
            elif CLASS_RE.fullmatch(tok):
                classes.add(tok)
            else:
                errors.append('%s:%d: bad class %r' % (os.path.basename(path), n, tok))
        canon = parts[2] if len(parts) > 2 and parts[2] else None
        if len(parts) > 3:
            errors.append('%s:%d: too many fields' % (os.path.basename(path), n))
        if key:
            out.append(Line(path, n, key, classes, canon))
    return out


def is_cue(ln):
    return any(c.startswith('cue') for c in ln.classes)


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    data = argv[0]
    files = sorted(glob.glob(os.path.join(data, '*.lex')))
    if not files:
        sys.exit('no .lex files in %s' % data)
    errors, notes = [], []
    lines = []
    for path in files:
        lines.extend(parse(path, errors))

    # 1. known classes
    for ln in lines:
        for c in sorted(ln.classes):
            if c not in ALLOWED and not c.startswith(ALLOWED_PREFIXES):
                errors.append('%s: unknown class %r (key %r); if it is a new class, add it to '
                              'ALLOWED in tests/lexicon/check_lexicons.py' % (ln.where, c, ln.key))

    # 2. no key twice in one file
    seen = {}
    for ln in lines:
        k = (ln.path, lower_ascii(ln.key))
        for prev in seen.get(k, []):
            sections = (not (prev.classes & ln.classes) and prev.canon is None
                        and ln.canon is None and 'alias' not in prev.classes | ln.classes)
            if not sections:
                errors.append('%s: key %r already at line %d' % (ln.where, ln.key, prev.num))
        seen.setdefault(k, []).append(ln)

    # 3. canonical names point at entries of the same kind
    entries = {}        # key -> non-alias lines
    for ln in lines:
        if 'alias' not in ln.classes:
            entries.setdefault(lower_ascii(ln.key), []).append(ln)
    for ln in lines:
        if is_cue(ln):
            continue
        if 'alias' in ln.classes and ln.canon is None:
            errors.append('%s: alias %r has no canonical name' % (ln.where, ln.key))
            continue
        if 'per_alias' in ln.classes:
            # a nickname's full name is a person's, built at run time from
            # the text; no list holds it
            if ln.canon is None:
                errors.append('%s: nickname %r has no full name' % (ln.where, ln.key))
            continue
        if ln.canon is None:
            continue
        targets = entries.get(lower_ascii(ln.canon), [])
        if not targets:
            errors.append('%s: %r points at %r, which is not a non-alias entry'
                          % (ln.where, ln.key, ln.canon))
            continue
        for kind in KINDS:
            if kind in ln.classes and not any(kind in t.classes for t in targets):
                errors.append('%s: %r is %s but %r is not' % (ln.where, ln.key, kind, ln.canon))

    # 4. one canonical name per key across files; note aliases the compiler
    #    will name after an earlier file's entry (the first file's wins).
    by_key = {}
    for ln in lines:
        if not is_cue(ln):
            by_key.setdefault(lower_ascii(ln.key), []).append(ln)
    for k, group in sorted(by_key.items()):
        explicit = {}
        for ln in group:
            if ln.canon is not None:
                explicit.setdefault(lower_ascii(ln.canon), ln)
        if len(explicit) > 1:
            errors.append('key %r has different canonical names: %s' % (k, ', '.join(
                '%r (%s)' % (ln.canon, ln.where) for ln in explicit.values())))
        first = group[0]
        if first.canon is None and 'alias' not in first.classes and (first.classes - {'root', 'stop'}):
            for ln in group[1:]:
                if ln.canon is not None and lower_ascii(ln.canon) != k:
                    notes.append('%s: alias %r -> %r, but %s comes first, so the compiled '
                                 'canonical name is %r' % (ln.where, ln.key, ln.canon,
                                                           first.where, first.key))

    # 5. counts per class (aliases not counted; a key counts once)
    counted = {}
    for ln in lines:
        if 'alias' in ln.classes:
            continue
        for c in ln.classes:
            counted.setdefault(c, set()).add(lower_ascii(ln.key))
    for c, m in sorted(MINIMUM.items()):
        got = len(counted.get(c, ()))
        if got < m:
            errors.append('class %s has %d entries, at least %d expected' % (c, got, m))

    # 6. the compiler accepts everything together
    gen = os.path.join(data, 'gen_lexicon.py')
    words = [os.path.join(data, w) for w in ('kata-dasar.txt', 'stopwords-id.txt')
             if os.path.exists(os.path.join(data, w))]
    nclasses = None
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, gen, tmp] + files + words,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            errors.append('gen_lexicon.py failed (%d): %s' % (r.returncode, r.stdout.strip()))
        else:
            with open(os.path.join(tmp, 'lexicon_gen.h'), encoding='utf-8') as f:
                m = re.search(r'#define LX_NCLASSES (\d+)', f.read())
            nclasses = int(m.group(1)) if m else None
            if nclasses is None:
                errors.append('lexicon_gen.h has no LX_NCLASSES')
            elif nclasses > 64:
                errors.append('%d classes, at most 64 fit' % nclasses)

    print('entries per class (aliases not counted):')
    for c in sorted(counted):
        mark = '  (min %d)' % MINIMUM[c] if c in MINIMUM else ''
        print('  %-14s %6d%s' % (c, len(counted[c]), mark))
    print('aliases: %d' % sum(1 for ln in lines if 'alias' in ln.classes))
    print('classes in the first bit set (LX_NCLASSES): %s (limit 64)' % nclasses)
    print('files: %d, lines: %d' % (len(files), len(lines)))
    for n in notes:
        print('note: ' + n)
    for e in errors:
        print('error: ' + e)
    if errors:
        print('%d error(s)' % len(errors))
        return 1
    print('ok')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
