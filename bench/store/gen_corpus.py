#!/usr/bin/env python3
"""Generates Indonesian-like news articles for the store's benchmark and
crash test (deterministic for a seed; nothing here is real news).

    gen_corpus.py articles N [--seed S] [--dup-every K] > articles.jsonl
        N articles, one JSON object a line: {"id","url","title","published","text"}
        (what `warta ingest` reads).  With --dup-every K, every K-th line
        repeats an earlier article exactly (ingest must store it once).
    gen_corpus.py results N [--seed S] [--dup-every K] > results.jsonl
        the same articles as extraction results of schema 1 with their text,
        quotes, speakers and sources (what `warta ingest --results` reads), so
        the store's quote tables are exercised without the extractor.
    gen_corpus.py count N [--dup-every K]
        prints "documents D quotes Q": what a complete ingest of N stores.

Words are roots of data/kata-dasar.txt with Indonesian affixes (meN-, di-,
ber-, ter-, peN-...-an, ke-...-an, -kan, -nya), drawn with Zipf-like
weights; statements are reused across outlets on later days, the way
agency copy propagates.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOTS = os.path.join(HERE, '..', '..', 'data', 'kata-dasar.txt')

FIRST = ['Agus', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fajar', 'Gita', 'Hadi', 'Indra', 'Joko', 'Kartika', 'Lestari',
         'Made', 'Nur', 'Oki', 'Putri', 'Rahmat', 'Sari', 'Teguh', 'Umar', 'Wahyu', 'Yusuf', 'Zainal', 'Ayu',
         'Bambang', 'Dian', 'Fitri', 'Hendra', 'Irfan', 'Kurnia', 'Lukman', 'Mega', 'Novi', 'Rizki', 'Siti']
LAST = ['Santoso', 'Wijaya', 'Pratama', 'Saputra', 'Hidayat', 'Nugroho', 'Kusuma', 'Setiawan', 'Gunawan',
        'Lubis', 'Siregar', 'Nasution', 'Harahap', 'Simanjuntak', 'Sitompul', 'Wibowo', 'Purnomo', 'Susanto',
        'Hakim', 'Rahman', 'Syahputra', 'Halim', 'Tanjung', 'Pane', 'Ginting', 'Tarigan', 'Manurung']
ROLES = ['Menteri Perdagangan', 'Gubernur', 'Kepala Bidang Humas', 'Ketua Komisi', 'Direktur Utama',
         'Juru Bicara', 'Wakil Ketua', 'Kapolres', 'Bupati', 'Wali Kota', 'Ekonom', 'Pengamat politik']
OUTLETS = [('KOMPAS', 'kompas.com'), ('ANTARA', 'antaranews.com'), ('DETIK', 'detik.com'), ('VOI', 'voi.id'),
           ('TEMPO', 'tempo.co'), ('REPUBLIKA', 'republika.co.id'), ('OKEZONE', 'okezone.com'),
           ('LIPUTAN6', 'liputan6.com'), ('SINDO', 'sindonews.com'), ('CNN Indonesia', 'cnnindonesia.com')]
AGENCIES = ['Antara', 'Reuters', 'AFP', 'AP', 'TASS', 'Xinhua', 'Kyodo', 'Yonhap', 'Bernama', 'Interfax']
CITIES = ['JAKARTA', 'SURABAYA', 'BANDUNG', 'MEDAN', 'MAKASSAR', 'SEMARANG', 'DENPASAR', 'PALEMBANG',
          'YOGYAKARTA', 'BALIKPAPAN', 'PONTIANAK', 'JAYAPURA']
CUES = ['kata', 'ujar', 'ungkap', 'tutur', 'jelas', 'tegas', 'imbuh']
ICUES = ['mengatakan', 'menyatakan', 'menjelaskan', 'menegaskan', 'mengungkapkan', 'menyebutkan']
FUNCTION = ['yang', 'dan', 'di', 'itu', 'dengan', 'untuk', 'tidak', 'ini', 'dari', 'dalam', 'akan', 'pada',
            'juga', 'ke', 'karena', 'tersebut', 'bisa', 'ada', 'mereka', 'lebih', 'sudah', 'saat', 'oleh',
            'harus', 'kami', 'kita', 'masih', 'sangat', 'bahwa', 'hingga']


def men(r):
    """meN- with its assimilation: mengambil, memukul, menulis, menyapu."""
    c = r[0]
    if c in 'aiueogh':
        return 'meng' + r
    if c == 'k':
        return 'meng' + r[1:]
    if c in 'bfv':
        return 'mem' + r
    if c == 'p':
        return 'mem' + r[1:]
    if c in 'cdjz':
        return 'men' + r
    if c == 't':
        return 'men' + r[1:]
    if c == 's':
        return 'meny' + r[1:]
    return 'me' + r


def affix(rng, r):
    k = rng.random()
    if k < 0.45:
        return r
    if k < 0.6:
        return men(r) + ('kan' if rng.random() < 0.4 else '')
    if k < 0.7:
        return 'di' + r + ('kan' if rng.random() < 0.5 else '')
    if k < 0.78:
        return 'ber' + r
    if k < 0.84:
        return 'pe' + men(r)[2:] + 'an'
    if k < 0.9:
        return 'ke' + r + 'an'
    if k < 0.95:
        return r + 'nya'
    return 'ter' + r


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        with open(ROOTS, encoding='utf-8') as f:
            roots = [w.strip() for w in f if w.strip().isalpha() and len(w.strip()) > 3]
        self.rng.shuffle(roots)
        self.roots = roots[:6000]
        # Zipf-like weights over the vocabulary
        self.weights = [1.0 / (i + 10) for i in range(len(self.roots))]
        self.people = [(self.rng.choice(FIRST) + ' ' + self.rng.choice(LAST), self.rng.choice(ROLES))
                       for _ in range(400)]
        self.statements = []  # (speaker index, text, day, agency)

    def words(self, n):
        rng = self.rng
        out = []
        picks = rng.choices(self.roots, weights=self.weights, k=n)
        for w in picks:
            out.append(rng.choice(FUNCTION) if rng.random() < 0.3 else affix(rng, w))
        return out

    def clause(self, lo=6, hi=16):
        return ' '.join(self.words(self.rng.randint(lo, hi)))

    def sentence(self):
        s = self.clause(8, 20)
        return s[0].upper() + s[1:] + '.'

    def article(self, i):
        """Text plus annotations (byte spans filled in later)."""
        rng = self.rng
        day = 19500 + i * 730 // max(1, self.n)  # about two years from 2023-05-24
        outlet, host = rng.choice(OUTLETS)
        city = rng.choice(CITIES)
        parts = []  # (text, annotation or None)
        parts.append(('%s, %s - ' % (city, outlet), ('dateline', city, outlet)))
        parts.append((self.sentence() + ' ' + self.sentence() + '\n\n', None))
        ents = {}
        for p in range(rng.randint(5, 10)):
            r = rng.random()
            if r < 0.45:
                # a direct quote, sometimes a statement already run elsewhere
                if self.statements and rng.random() < 0.25:
                    sp, text, _, agency = rng.choice(self.statements[-200:])
                else:
                    sp, text, agency = rng.randrange(len(self.people)), self.clause(8, 24), rng.choice(AGENCIES)
                    self.statements.append((sp, text, day, agency))
                name, role = self.people[sp]
                cue = rng.choice(CUES)
                src = rng.random() < 0.5
                parts.append(('%s ' % self.sentence(), None))
                parts.append(('"', None))
                parts.append((text, ('quote', 'direct', sp)))
                parts.append((',"', None))
                parts.append((' %s ' % cue, ('cue',)))
                parts.append((role + ' ', ('role', sp)))
                parts.append((name, ('speaker', sp)))
                if src:
                    parts.append((', seperti dikutip dari ', None))
                    parts.append((agency, ('source', agency, 'dikutip dari')))
                parts.append(('.\n\n', None))
                ents[sp] = True
            elif r < 0.7:
                sp = rng.randrange(len(self.people))
                name, role = self.people[sp]
                parts.append((role + ' ', ('role', sp)))
                parts.append((name, ('speaker', sp)))
                parts.append((' ', None))
                parts.append((rng.choice(ICUES), ('cue',)))
                parts.append((' ', None))
                parts.append((self.clause(8, 18), ('quote', 'indirect', sp)))
                parts.append(('. %s\n\n' % self.sentence(), None))
                ents[sp] = True
            else:
                parts.append((' '.join(self.sentence() for _ in range(rng.randint(2, 4))) + '\n\n', None))
        return day, outlet, host, parts

    def build(self, i, results):
        day, outlet, host, parts = self.article(i)
        text = ''
        raw_len = 0
        spans = []
        for t, ann in parts:
            b = t.encode('utf-8')
            if ann:
                s, e = raw_len, raw_len + len(b)
                if ann[0] == 'cue':  # the cue word without its spaces
                    s, e = s + 1, e - 1
                if ann[0] == 'role':
                    e -= 1
                spans.append((ann, [s, e], t.strip()))
            text += t
            raw_len += len(b)
        y, m, d = civil(day)
        doc = {'id': 'gen-%d' % i, 'url': 'https://%s/berita/%d' % (host, i),
               'title': self.clause(4, 8).capitalize(), 'published': '%04d-%02d-%02d' % (y, m, d), 'text': text}
        if not results:
            return doc
        ents, ent_index, quotes = [], {}, []
        dateline = None
        pending_cue = None
        for ann, sp, t in spans:
            if ann[0] == 'dateline':
                dateline = {'place': ann[1], 'span': [sp[0], sp[1] - 2], 'outlet': ann[2]}
            elif ann[0] == 'quote':
                quotes.append({'id': len(quotes), 'kind': ann[1], 'content': sp, 'text': t,
                               'cue': pending_cue if ann[1] == 'indirect' else None,
                               'speaker': {'mention': None, 'entity': None, 'name': None}, 'sources': [],
                               'confidence': 0.9, '_sp': ann[2]})
                pending_cue = None
            elif ann[0] == 'cue':
                if quotes and quotes[-1]['cue'] is None and quotes[-1]['kind'] == 'direct':
                    quotes[-1]['cue'] = sp
                else:
                    pending_cue = sp
            elif ann[0] in ('speaker', 'role'):
                k = ann[1]
                if k not in ent_index:
                    ent_index[k] = len(ents)
                    ents.append({'id': len(ents), 'type': 'PER', 'name': self.people[k][0], 'mentions': [],
                                 'roles': [], 'affiliations': []})
                e = ents[ent_index[k]]
                if ann[0] == 'role':
                    e['roles'].append({'span': sp, 'text': t})
                else:
                    e['mentions'].append(sp)
            elif ann[0] == 'source':
                quotes[-1]['sources'].append({'name': ann[1], 'span': sp, 'cue': ann[2], 'date': None})
        # attach speakers: direct quotes take the speaker after them, indirect the one before
        for q in quotes:
            k = q.pop('_sp')
            e = ents[ent_index[k]]
            q['speaker'] = {'mention': e['mentions'][0], 'entity': ent_index[k], 'name': e['name']}
        doc.update({'warta': 1, 'lang': 'id', 'body': {'span': [0, raw_len]}, 'dateline': dateline,
                    'quotes': quotes, 'entities': ents, 'dates': []})
        return doc


def civil(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


def main(argv):
    if len(argv) < 2 or argv[0] not in ('articles', 'results', 'count'):
        sys.exit(__doc__)
    mode, n = argv[0], int(argv[1])
    seed, dup = 7, 0
    i = 2
    while i < len(argv):
        if argv[i] == '--seed':
            seed = int(argv[i + 1])
            i += 2
        elif argv[i] == '--dup-every':
            dup = int(argv[i + 1])
            i += 2
        else:
            sys.exit('unknown argument %r' % argv[i])
    g = Gen(seed)
    g.n = n
    out = sys.stdout
    docs = quotes = 0
    made = []
    for i in range(n):
        if dup and i % dup == dup - 1 and made:
            line = made[len(made) // 2]
        else:
            d = g.build(i, mode != 'articles')
            line = json.dumps(d, ensure_ascii=False)
            docs += 1
            if mode != 'articles':
                quotes += len(d.get('quotes', []))
            if len(made) < 1000:
                made.append(line)
        if mode != 'count':
            out.write(line + '\n')
    if mode == 'count':
        print('documents %d quotes %d' % (docs, quotes))


if __name__ == '__main__':
    main(sys.argv[1:])
