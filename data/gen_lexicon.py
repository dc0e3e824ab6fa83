#!/usr/bin/env python3
"""Compile warta's word lists (data/*.lex, data/*.txt) into C tables.

    gen_lexicon.py OUT_DIR DATA_FILE...

Writes OUT_DIR/lexicon_gen.h (one LX_* or LX2_* bit per class named in the data) and
OUT_DIR/lexicon_gen.c (a string pool and an open-addressing hash table keyed
by the lower-cased word or phrase).  The build runs this whenever a data file
changes; the output is never edited by hand.

Line format of a .lex file (UTF-8, '#' starts a comment):

    KEY [; CLASSES [; CANONICAL]]

KEY is a word or a phrase (words separated by single spaces), written as it is
usually spelled; it is matched case-insensitively (ASCII).  CLASSES is a list
of class names (letters, digits, '_') and at most one NAME=NUMBER value.
CANONICAL is the name an alias stands for ("DPRK; loc alias; Korea Utara");
by default an entry's canonical name is its KEY as written.
"@classes A B" sets classes added to every following line of the file.

A .txt file is a plain word list, one word a line; its class is its file
name's stem ("kata-dasar.txt" -> root words via the mapping below).

Reporting verbs are given as roots with the forms they take
("kata; cue; me-kan di-kan nya bare ber") and expanded here with the rules of
Indonesian morphology (me- allomorphy, di-, -kan/-i, -nya), so the runtime does
one lookup per token.
"""
import os
import re
import sys

TXT_CLASS = {'kata-dasar': 'root', 'stopwords-id': 'stop'}

# Classes that say what kind of a kind an entry is (a country among places, a
# police rank among titles): kept in a second bit set (LX2_*), so that the
# first (LX_*, the classes the stages test on every token) never runs out.
SECONDARY = {
    'country', 'capital', 'province', 'city', 'region', 'ministry', 'state_body', 'police',
    'military', 'party', 'company', 'university', 'intl', 'agency', 'outlet', 'title_hon',
    'title_rel', 'title_acad', 'title_rank', 'pron_3s', 'pron_3p', 'boiler_line',
    'boiler_prefix', 'boiler_colon', 'time_past', 'time_future', 'time_part', 'time_unit',
    'time_day', 'time_week', 'time_month', 'time_year', 'month', 'weekday', 'abbrev_end', 'time_num',
    'time_mod', 'time_ahead', 'time_range', 'org_named', 'role_org', 'org_eponym', 'abbrev_lower', 'role_prefix',
    'rank_corps', 'connective', 'loc_noun', 'ask_object', 'role_rel', 'org_form', 'alike', 'abroad', 'org_noun',
    'press_event', 'caps', 'street', 'cue_clause', 'speech_noun', 'term', 'hypothetical', 'channel', 'time_span',
    'loc_admin', 'role_occ',
}
VOWELS = set('aeiou')

# Words the stages compare tokens with by name (wt_tok_is, src/internal.h).
# Each is an entry of the table (one with no class when the data gives it
# none, a plain root or stop word staying in the roots' set as well), and
# wt_named_entry (lexicon_gen.h) gives its entry by its name: a token is
# the word when its entry is that one, which a stage tells with one compare.
# (A word left out of the list is compared by its bytes.)
NAMED = '''
    ada adalah akan akrab akrabnya alias and antaranya asal asli atau bagi bahwa begitu belum berasal
    berinisial bernama biasa bukan catatan dalam dan dari data datang demi demikian dengan depan desa
    di dihubungi dikenal dikonfirmasi dikutip dilansir dipanggil disamarkan disapa ditemui diterima
    diwawancarai enggan for guna hanya hari ialah identitasnya ini inisial itu kabupaten karib kata
    ke kecamatan kelahiran kemarin kepada ketika keturunan kota lain lainnya lalu laporan lebih lewat
    manajemen mantan masih masyarakat melalui mendatang mengutip menolak menurut minggu misalnya muncul
    nama namanya namun of oleh on pada panggilan panggung panggungnya para pekan pihak provinsi publik
    saat salah samaran sambil sang sapaan satu satunya sebagai sebagaimana sebenarnya sebuah sebut
    sekitar selaku seluruh sembari semua seorang seperti seraya serta setempat sudah sumber survei
    tahun tak tapi telah termasuk tersebut tetapi the tidak untuk via wartawan wilayah yaitu yakni yang
    bekas binti eks khas merupakan sempat sesudah seusai usai
'''.split()


def me_prefix(root):
    """me- with its allomorph: meN- assimilates to the root's first sound."""
    c = root[0]
    two = root[:2]
    if root.count('a') + root.count('e') + root.count('i') + root.count('o') + root.count('u') == 1:
        return 'menge' + root                      # monosyllables: mengecat
    if two in ('kl', 'kr', 'tr', 'pr', 'sp', 'st', 'sk', 'pl', 'sl'):
        # consonant clusters keep their first sound: mengklaim, mentransfer
        return {'k': 'meng', 't': 'men', 'p': 'mem', 's': 'men'}[c] + root
    if c in VOWELS or c in 'gh':
        return 'meng' + root
    if c == 'k':
        return 'meng' + root[1:]
    if c in 'bfv':
        return 'mem' + root
    if c == 'p':
        return 'mem' + root[1:]
    if c in 'cdjz':
        return 'men' + root
    if c == 't':
        return 'men' + root[1:]
    if c == 's':
        return 'meny' + root[1:]
    return 'me' + root                              # l m n r w y, ny, ng


def expand_cue(root, forms):
    """Surface forms of a reporting verb -> classes for each."""
    out = {}

    def add(w, *cls):
        out.setdefault(w, set()).update(cls)

    for f in forms:
        if f == 'bare':
            add(root, 'cue', 'cue_bare')
        elif f == 'nya':
            add(root + 'nya', 'cue', 'cue_nya')
        elif f == 'ber':
            b = 'be' + root if root[0] == 'r' else 'ber' + root
            add(b, 'cue', 'cue_active')
        elif f.startswith('me'):
            suf = f[3:] if f.startswith('me-') else ''
            add(me_prefix(root) + suf, 'cue', 'cue_active')
            if suf:
                add(me_prefix(root) + suf + 'nya', 'cue', 'cue_active')
        elif f.startswith('di'):
            suf = f[3:] if f.startswith('di-') else ''
            add('di' + root + suf, 'cue', 'cue_passive')
            add('di' + root + suf + 'nya', 'cue', 'cue_passive', 'cue_nya')
        elif f.startswith('ter'):
            add('ter' + root, 'cue', 'cue_passive')
        else:
            raise ValueError('unknown cue form %r for %r' % (f, root))
    return out


M64 = (1 << 64) - 1


def word_hash(b):
    """The runtime's wt_hash (src/lexicon.h): eight bytes at a time, each byte
    OR 0x20 (ASCII letters fold to lower case), little-endian words."""
    n = len(b)
    h = (0x9E3779B97F4A7C15 ^ n) & M64
    i = 0
    while n - i >= 8:
        w = int.from_bytes(bytes(x | 0x20 for x in b[i:i + 8]), 'little')
        h = ((h ^ w) * 0xFF51AFD7ED558CCD) & M64
        h ^= h >> 32
        i += 8
    if i < n:
        w = int.from_bytes(bytes(x | 0x20 for x in b[i:n]), 'little')
        h = ((h ^ w) * 0xFF51AFD7ED558CCD) & M64
        h ^= h >> 32
    h = (h * 0xC4CEB9FE1A85EC53) & M64
    h ^= h >> 29
    return h


# The pair filter's size in bits (2 ** PAIR_BITS; WT_PAIR_BITS in src/lexicon.h)
PAIR_BITS = 15
PAIR_WORDS = (1 << PAIR_BITS) // 64


def pair_bit(first, word):
    """The runtime's wt_pair_bit (src/lexicon.h): the filter's bit for a
    phrase whose first word is entry first and whose second word's bytes are
    word (its first eight, each OR 0x20, and its length)."""
    w = int.from_bytes(bytes(x | 0x20 for x in word[:8]), 'little')
    h = ((w + len(word) + first * 0x9E3779B97F4A7C15) & M64) * 0xFF51AFD7ED558CCD & M64
    return h >> (64 - PAIR_BITS)


def lower_ascii(s):
    return ''.join(ch.lower() if 'A' <= ch <= 'Z' else ch for ch in s)


class Entry:
    __slots__ = ('key', 'cls', 'canon', 'canon_explicit', 'val', 'where', 'caps')

    def __init__(self, key):
        self.key = key
        self.cls = set()
        self.caps = None  # every .lex line writes it as a short acronym
        self.canon = None
        self.canon_explicit = False
        self.val = None
        self.where = None


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    outdir, files = argv[0], argv[1:]
    entries = {}
    errors = []

    def put(key_as_written, classes, canon, val, where):
        key_as_written = ' '.join(key_as_written.split())
        if not key_as_written:
            return
        k = lower_ascii(key_as_written)
        e = entries.get(k)
        if e is None:
            e = entries[k] = Entry(k)
            e.where = where
        e.cls.update(classes)
        # a short acronym ("AJI", "PAN", "WHO") that no list writes
        # otherwise is matched only in capitals (class caps): "Aji", "Pan"
        # and "Who" are a name, a word and English
        if not where.split(':')[0].endswith('.txt'):
            acro = bool(re.fullmatch(r'[A-Z]{2,3}', key_as_written))
            e.caps = acro if e.caps is None else (e.caps and acro)
        explicit = canon is not None
        if canon is None and classes - {'root', 'stop'}:
            canon = key_as_written
        # an explicit canonical (an alias's third field) wins over one that
        # was only the key as some other file wrote it
        if canon is not None and (e.canon is None or (explicit and not e.canon_explicit)):
            e.canon = canon
            e.canon_explicit = explicit
        if val is not None:
            if e.val is not None and e.val != val:
                errors.append('%s: %r has value %d and %d (first at %s)' % (where, k, e.val, val, e.where))
            e.val = val

    for path in files:
        stem = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        if path.endswith('.txt'):
            cls = TXT_CLASS.get(stem)
            if cls is None:
                errors.append('%s: no class for this word list' % path)
                continue
            for n, line in enumerate(lines, 1):
                w = line.strip()
                if w and not w.startswith('#') and re.fullmatch(r"[a-z][a-z\-']*", w):
                    put(w, {cls}, None, None, '%s:%d' % (path, n))
            continue
        default = set()
        for n, raw in enumerate(lines, 1):
            where = '%s:%d' % (path, n)
            line = raw.split('#', 1)[0].strip() if not raw.lstrip().startswith('#') else ''
            if not line:
                continue
            if line.startswith('@classes'):
                default = set(line.split()[1:])
                continue
            parts = [p.strip() for p in line.split(';')]
            key = parts[0]
            classes, val, forms = set(default), None, []
            for tok in (parts[1].split() if len(parts) > 1 else []):
                if '=' in tok:
                    name, _, num = tok.partition('=')
                    try:
                        val = int(num)
                    except ValueError:
                        errors.append('%s: bad value %r' % (where, tok))
                    classes.add(name)
                elif re.fullmatch(r'(me|di|ter)(-\w+)?|nya|bare|ber', tok):
                    forms.append(tok)
                elif re.fullmatch(r'[a-z][a-z0-9_]*', tok):
                    classes.add(tok)
                else:
                    errors.append('%s: bad class %r' % (where, tok))
            canon = parts[2] if len(parts) > 2 and parts[2] else None
            if len(parts) > 3:
                errors.append('%s: too many fields' % where)
            if forms:
                for w, cl in expand_cue(lower_ascii(key), forms).items():
                    put(w, classes | cl, canon or key, val, where)
            else:
                put(key, classes, canon, val, where)
                # a key with an apostrophe is also found written with the
                # curly one ("Dato’", "Asy’ari"): the text is not normalised
                if "'" in key:
                    put(key.replace("'", '\u2019'), classes, canon, val, where)

    if errors:
        sys.exit('\n'.join(errors))

    # A deputy's post is written with "Wa" before the minister's short form
    # ("Wamenkeu", "Wamenkum", "Wamendagri"): each short form of a minister
    # (one word, Men…) gives its deputy's, "Wakil" before the full post.
    for k, e in list(entries.items()):
        if (' ' not in k and k.startswith('men') and {'role', 'alias'} <= e.cls and e.canon and
                e.canon.startswith('Menteri ') and 'wa' + k not in entries):
            put('Wa' + k, set(e.cls), 'Wakil ' + e.canon, None, e.where)

    for e in entries.values():
        if e.caps:
            e.cls.add('caps')

    # Phrases: the first word of each is marked so the runtime knows to try
    # longer keys; 'phrase_len' holds the most words any phrase there has.
    # Every shorter start of a phrase of three words or more is an entry too
    # (class phrase_more), so the runtime stops extending a key as soon as no
    # phrase can begin that way.
    first_max = {}
    for k in list(entries):
        words = k.split(' ')
        if len(words) > 1:
            if len(words) > 15:
                sys.exit('phrase too long: %r' % k)
            first_max[words[0]] = max(first_max.get(words[0], 1), len(words))
            for n in range(2, len(words)):
                pre = ' '.join(words[:n])
                if pre not in entries:
                    entries[pre] = Entry(pre)
                entries[pre].cls.add('phrase_more')
    for w, m in first_max.items():
        if w not in entries:
            entries[w] = Entry(w)
        entries[w].cls.add('phrase_start')

    allc = sorted({c for e in entries.values() for c in e.cls})
    classes = [c for c in allc if c not in SECONDARY]
    classes2 = [c for c in allc if c in SECONDARY]
    if len(classes) > 64 or len(classes2) > 64:
        sys.exit('more than 64 classes in a bit set: %s / %s' % (classes, classes2))
    bit = {c: i for i, c in enumerate(classes)}
    bit2 = {c: i for i, c in enumerate(classes2)}

    keys = sorted(entries)
    pool = bytearray()
    offs = {}

    def intern(s):
        b = s.encode('utf-8')
        if b in offs:
            return offs[b]
        o = len(pool)
        pool.extend(b + b'\0')
        offs[b] = o
        return o

    # Words that are only root or stop words go to a set of their own, looked
    # up only for capitalised words (is it a dictionary word or a name?); the
    # main table stays small enough to stay in the cache for every token.
    plain_words = [k for k in keys if entries[k].cls and entries[k].cls <= {'root', 'stop'}]
    plain_set = set(plain_words)
    # the named words (NAMED): an entry each, with no class when the data
    # gives it none or only root or stop (those stay in the roots' set, and
    # their entry's classes stay what a plain word's are: none)
    for w in NAMED:
        if w not in entries:
            entries[w] = Entry(w)
        e = entries[w]
        if e.caps or 'abbrev' in e.cls:
            # a token of the word might then have another entry, or the
            # entry be a token's with a dot ("Aji", "dll.")
            sys.exit('named word %r is an acronym or an abbreviation: leave it out of NAMED' % w)
    named = set(NAMED)
    keys = sorted(k for k in entries if k not in plain_set or k in named)
    rows = []
    for k in keys:
        e = entries[k]
        ko = intern(k)
        co = intern(e.canon) if e.canon is not None else 0xFFFFFFFF
        mask = mask2 = 0
        for c in (e.cls if k not in plain_set else ()):
            if c in bit:
                mask |= 1 << bit[c]
            else:
                mask2 |= 1 << bit2[c]
        nwords = k.count(' ') + 1
        rows.append((k, ko, len(k.encode()), nwords, first_max.get(k, 0), mask, co,
                     e.val if e.val is not None else 0, mask2))

    if len(rows) >= 1 << 24:
        sys.exit('more than 16M entries: the phrase cache keeps an entry in 24 bits')
    size = 1
    while size < 2 * len(rows):
        size *= 2
    # a slot holds the entry index and the upper half of its key's hash, so a
    # probe that meets another key's slot rejects it without reading the entry
    table = [(0, 0xFFFFFFFF)] * size
    for i, r in enumerate(rows):
        hv = word_hash(r[0].encode())
        h = hv & (size - 1)
        while table[h][1] != 0xFFFFFFFF:
            h = (h + 1) & (size - 1)
        table[h] = (hv >> 32, i)
    # the plain words: slots of (hash high half, pool offset << 8 | length)
    rsize = 1
    while rsize < 2 * max(1, len(plain_words)):
        rsize *= 2
    roots = [(0, 0xFFFFFFFF)] * rsize
    for k in plain_words:
        b = k.encode()
        if len(b) > 127:
            continue
        hv = word_hash(b)
        h = hv & (rsize - 1)
        while roots[h][1] != 0xFFFFFFFF:
            h = (h + 1) & (rsize - 1)
        # stop words carry bit 7 of the length byte
        stop = 0x80 if 'stop' in entries[k].cls else 0
        roots[h] = (hv >> 32, (intern(k) << 8) | len(b) | stop)

    # The pair filter: a bit per (first word's entry, second word) of every
    # phrase, at pair_bit's place, so that the runtime can tell from two
    # words, without building and looking up their key, that no phrase starts
    # with them (src/lexicon.h, wt_pair_maybe).  A set bit may be another
    # pair's: then the runtime looks the key up.
    index = {r[0]: i for i, r in enumerate(rows)}
    pairs = [0] * (PAIR_WORDS)
    for k in keys:
        words = k.split(' ')
        if len(words) > 1:
            b = pair_bit(index[words[0]], words[1].encode())
            pairs[b // 64] |= 1 << (b % 64)

    # Per entry, the classes of every phrase that starts with it (itself
    # included), so that a stage can tell from a word alone that no phrase it
    # wants starts there (wt_phrase_union, src/internal.h).
    union = [r[5] for r in rows]
    for r in rows:
        if r[3] > 1:
            f = index.get(r[0].split(' ')[0])
            if f is not None:
                union[f] |= r[5]
    # The words a date expression can start with, a bit per entry
    # (wt_date_word): the words the date rules open one with (dates.c,
    # match: a month, a weekday, "awal"/"akhir", "hari"), and the words a
    # time phrase may start with there (time_phrase: a number word, a day,
    # week, month or year, "kemarin", and the first words of such phrases,
    # "pekan lalu", "tadi malam").  The other calendar words ("lalu",
    # "depan", "lagi", "hingga", "sampai") open no date: listed, each cost
    # the date stage a try for nothing.
    opens = {'month', 'weekday', 'time_mod', 'time_num'}
    period = {'time_day', 'time_week', 'time_month', 'time_year'}
    date_words = [0] * ((len(rows) + 63) // 64)
    for i, r in enumerate(rows):
        cls = entries[r[0]].cls
        if cls & (opens | period) or r[0] == 'hari':
            date_words[i // 64] |= 1 << (i % 64)
        if r[3] > 1 and cls & period:
            f = index.get(r[0].split(' ')[0])
            if f is not None:
                date_words[f // 64] |= 1 << (f % 64)

    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, 'lexicon_gen.h'), 'w') as f:
        f.write('/* Generated by data/gen_lexicon.py from data/; do not edit. */\n')
        f.write('#ifndef WARTA_LEXICON_GEN_H\n#define WARTA_LEXICON_GEN_H\n')
        f.write('#include <stdint.h>\n')
        for c in classes:
            f.write('#define LX_%s (1ull << %d)\n' % (c.upper(), bit[c]))
        for c in classes2:
            f.write('#define LX2_%s (1ull << %d)\n' % (c.upper(), bit2[c]))
        f.write('#define LX_NCLASSES %d\n' % len(classes))
        f.write('#define LX_NENTRIES %du\n#define LX_TABLE_SIZE %du\n' % (len(rows), size))
        f.write('/* The entry of a named word (NAMED in gen_lexicon.py), UINT32_MAX for any\n'
                ' * other: for a literal, a constant the compiler finds (wt_tok_is). */\n')
        f.write('static inline __attribute__((always_inline)) uint32_t wt_named_entry(const char *w) {\n')
        for w in sorted(named):
            f.write('  if (!__builtin_strcmp(w, "%s")) return %du;\n' % (w, index[w]))
        f.write('  return UINT32_MAX;\n}\n')
        f.write('#endif\n')
    with open(os.path.join(outdir, 'lexicon_gen.c'), 'w') as f:
        f.write('/* Generated by data/gen_lexicon.py from data/; do not edit. */\n')
        f.write('#include "lexicon.h"\n\n')
        # eight zero bytes after the last key: the runtime compares keys eight
        # bytes at a time and may read that far past a key's end
        f.write('static const char pool[%d] =\n' % (len(pool) + 8))
        chunk = 72
        data = bytes(pool)
        for i in range(0, len(data), chunk):
            part = data[i:i + chunk]
            f.write('  "%s"\n' % ''.join(
                chr(b) if 32 <= b < 127 and b not in (34, 92, 63) else '\\%03o' % b for b in part))
        f.write(';\n\nstatic const wt_lexentry entries[%d] = {\n' % max(1, len(rows)))
        for r in rows:
            f.write('  {%du, %du, %du, %du, 0x%xull, 0x%xull, %du, %d},\n' % (r[1], r[2], r[3], r[4], r[5], r[8], r[6], r[7]))
        f.write('};\n\nstatic const wt_lexslot table[%d] = {\n' % size)
        for i in range(0, size, 6):
            f.write('  ' + ', '.join('{%du, %du}' % x for x in table[i:i + 6]) + ',\n')
        f.write('};\n\n')
        f.write('static const char *const class_names[%d] = {%s};\n\n' % (
            len(classes), ', '.join('"%s"' % c for c in classes)))
        f.write('static const wt_lexslot roots[%d] = {\n' % rsize)
        for i in range(0, rsize, 6):
            f.write('  ' + ', '.join('{%du, %du}' % x for x in roots[i:i + 6]) + ',\n')
        f.write('};\n\n')
        f.write('static const uint64_t pairs[%d] = {\n' % PAIR_WORDS)
        for i in range(0, PAIR_WORDS, 4):
            f.write('  ' + ', '.join('0x%xull' % x for x in pairs[i:i + 4]) + ',\n')
        f.write('};\n\n')
        f.write('const uint64_t wt_phrase_union_tab[%d] = {\n' % max(1, len(rows)))
        for i in range(0, len(union), 4):
            f.write('  ' + ', '.join('0x%xull' % x for x in union[i:i + 4]) + ',\n')
        f.write('};\n\n')
        f.write('const uint64_t wt_date_word_tab[%d] = {\n' % max(1, len(date_words)))
        for i in range(0, len(date_words), 4):
            f.write('  ' + ', '.join('0x%xull' % x for x in date_words[i:i + 4]) + ',\n')
        f.write('};\n\n')
        f.write('const wt_lexicon wt_builtin_lexicon = {pool, entries, table, %du, %du, class_names, %d, roots, %du, pairs};\n'
                % (len(rows), size, len(classes), rsize))


if __name__ == '__main__':
    main(sys.argv[1:])
