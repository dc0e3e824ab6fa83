#!/usr/bin/env python3
"""Writes the store tests' fixture: extraction results (schema 1, with text)
for a few hand-written articles, one JSON object a line on stdout.

The articles are written for warta's tests.  Quotes, speakers, entities and
sources are given as substrings of the text; this script turns them into
UTF-8 byte spans, as `warta extract --with-text --format jsonl` would.
The same statement by Kim runs in three outlets on three days (Antara first,
then VOI citing TASS, then Kompas citing Interfax) for the propagation tests.
"""
import json
import sys

ARTICLES = [
    {
        "id": "antara-1", "url": "https://www.antaranews.com/berita/1", "published": "2023-09-12",
        "title": "Kim: Korea Utara berdiri bersama Rusia",
        "text": "PYONGYANG (ANTARA) - Pemimpin Korea Utara Kim Jong-un berbicara di depan pejabat partai.\n"
                "\"Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme,\" kata Kim.\n"
                "Pernyataan itu disampaikan di Pyongyang pada Selasa.",
        "dateline": ("PYONGYANG (ANTARA) -", "PYONGYANG", "ANTARA"),
        "entities": [
            ("PER", "Kim Jong-un", ["Kim Jong-un", "Kim"], ["Pemimpin Korea Utara"], []),
            ("LOC", "Rusia", ["Rusia"], [], []),
        ],
        "quotes": [
            ("direct", "Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme", "kata",
             "Kim", 0, [], 0.95),
        ],
    },
    {
        "id": "voi-1", "url": "https://voi.id/berita/1", "published": "2023-09-13",
        "title": "Kim Jong-un dan Putin bertemu di Vostochny",
        "text": "JAKARTA - Pemimpin Korea Utara Kim Jong-un mengatakan hubungan dengan Rusia adalah prioritas "
                "utama negaranya.\n"
                "\"Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme,\" kata Kim, "
                "seperti dikutip dari TASS 13 September.\n"
                "Presiden Rusia Vladimir Putin menyatakan kerja sama militer akan dibahas dalam pertemuan di "
                "Vostochny. \"Kami punya banyak hal untuk dibicarakan,\" ujar Putin.",
        "dateline": ("JAKARTA -", "JAKARTA", None),
        "entities": [
            ("PER", "Kim Jong-un", ["Kim Jong-un", "Kim"], ["Pemimpin Korea Utara"], []),
            ("PER", "Vladimir Putin", ["Vladimir Putin", "Putin"], ["Presiden Rusia"], []),
            ("MEDIA", "TASS", ["TASS"], [], []),
        ],
        "quotes": [
            ("indirect", "hubungan dengan Rusia adalah prioritas utama negaranya", "mengatakan", "Kim Jong-un", 0,
             [], 0.8),
            ("direct", "Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme", "kata",
             "Kim", 0, [("TASS", "dikutip dari", "2023-09-13")], 0.93),
            ("indirect", "kerja sama militer akan dibahas dalam pertemuan di Vostochny", "menyatakan",
             "Vladimir Putin", 1, [], 0.85),
            ("direct", "Kami punya banyak hal untuk dibicarakan", "ujar", "Putin", 1, [], 0.9),
        ],
    },
    {
        "id": "kompas-1", "url": "https://www.kompas.com/global/read/1", "published": "2023-09-14",
        "title": "Korea Utara dukung Rusia",
        "text": "MOSKWA, KOMPAS.com - Ketua Partai Buruh Korea, Kim Jong Un, menegaskan sikap negaranya.\n"
                "\"Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme,\" ujar Kim Jong Un, "
                "menurut kantor berita Interfax.\n"
                "Menurut seorang diplomat, pertemuan itu berlangsung lebih dari empat jam.",
        "dateline": ("MOSKWA, KOMPAS.com -", "MOSKWA", "KOMPAS.com"),
        "entities": [
            ("PER", "Kim Jong Un", ["Kim Jong Un"], ["Ketua"], ["Partai Buruh Korea"]),
        ],
        "quotes": [
            ("direct", "Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme", "ujar",
             "Kim Jong Un", 0, [("Interfax", "menurut", None)], 0.92),
            ("indirect", "pertemuan itu berlangsung lebih dari empat jam", "Menurut", "seorang diplomat", None, [],
             0.6),
        ],
    },
    {
        "id": "detik-1", "url": "https://news.detik.com/berita/d-1", "published": "2023-09-15",
        "title": "Jokowi minta harga beras turun",
        "text": "Jakarta - Presiden Joko Widodo meminta harga beras segera turun.\n"
                "\"Harga beras harus turun sebelum akhir tahun. Saya sudah perintahkan Bulog,\" kata Jokowi di "
                "Istana Merdeka.\n"
                "Kementerian Perdagangan mengatakan stok beras nasional masih mencukupi hingga Desember.",
        "dateline": None,
        "entities": [
            ("PER", "Joko Widodo", ["Joko Widodo", "Jokowi"], ["Presiden"], []),
            ("ORG", "Kementerian Perdagangan", ["Kementerian Perdagangan"], [], []),
        ],
        "quotes": [
            ("direct", "Harga beras harus turun sebelum akhir tahun. Saya sudah perintahkan Bulog", "kata",
             "Jokowi", 0, [], 0.97),
            ("indirect", "stok beras nasional masih mencukupi hingga Desember", "mengatakan",
             "Kementerian Perdagangan", 1, [], 0.88),
        ],
    },
    {
        "id": "warga-1", "url": None, "published": None, "title": None,
        "text": "Seorang warga Cianjur mengeluhkan naiknya harga. \"Sekarang semua serba mahal, "
                "beras juga naik terus,\" ujar seorang warga yang enggan disebut namanya.",
        "dateline": None,
        "entities": [],
        "quotes": [
            ("direct", "Sekarang semua serba mahal, beras juga naik terus", "ujar", "seorang warga", None, [], 0.7),
        ],
    },
]


def build(a):
    text = a["text"]
    raw = text.encode("utf-8")

    def span_of(s, after=0):
        """Byte span of the first occurrence of s at or after byte `after`."""
        b = s.encode("utf-8")
        i = raw.find(b, after)
        if i < 0:
            sys.exit("fixture: %r not in %s" % (s, a["id"]))
        return [i, i + len(b)]

    def all_spans(s):
        b = s.encode("utf-8")
        out, i = [], raw.find(b)
        while i >= 0:
            # whole words only
            before = raw[i - 1:i] if i else b" "
            after = raw[i + len(b):i + len(b) + 1] or b" "
            if not before.isalpha() and not after.isalpha() and after != b"-":
                out.append([i, i + len(b)])
            i = raw.find(b, i + 1)
        return out

    ents = []
    for k, (typ, name, mentions, roles, affs) in enumerate(a["entities"]):
        ms = sorted(sp for m in mentions for sp in all_spans(m))
        ents.append({"id": k, "type": typ, "name": name, "mentions": ms,
                     "roles": [{"span": span_of(r), "text": r} for r in roles],
                     "affiliations": [{"span": span_of(r), "text": r} for r in affs]})
    quotes = []
    for k, (kind, content, cue, speaker, ent, sources, conf) in enumerate(a["quotes"]):
        c = span_of(content)
        cu = span_of(cue, 0 if kind != "direct" else c[1])
        sp = span_of(speaker, cu[1] if kind == "direct" else 0)
        srcs = []
        for (nm, scue, date) in sources:
            s = span_of(nm, c[1])
            srcs.append({"name": nm, "span": s, "cue": scue, "date": date})
        quotes.append({"id": k, "kind": kind, "content": c, "text": content, "cue": cu,
                       "speaker": {"mention": sp, "entity": ent,
                                   "name": a["entities"][ent][1] if ent is not None else None},
                       "sources": srcs, "confidence": conf})
    dl = None
    if a["dateline"]:
        whole, place, outlet = a["dateline"]
        dl = {"place": place, "span": span_of(whole), "outlet": outlet}
    return {"warta": 1, "id": a["id"], "lang": "id", "published": a["published"], "title": a["title"],
            "url": a["url"], "body": {"span": [0, len(raw)]}, "dateline": dl, "quotes": quotes,
            "entities": ents, "dates": [], "text": text}


for art in ARTICLES:
    print(json.dumps(build(art), ensure_ascii=False))
