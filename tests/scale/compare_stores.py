#!/usr/bin/python3
"""compare_stores.py A.db B.db [--ids] [--warta BIN] -- are two warta stores the same?

Compares what the stores hold, table by table, with every row written in
terms of natural keys instead of row ids, so that two stores built in a
different order still compare equal when they hold the same things:

  documents  by content hash (SHA-256 of URL and text): ext_id, url, title,
             outlet, published, dateline, text, nquotes
  entities   by (type, folded key): name
  aliases    (entity, key, alias)
  mentions   (document, start, end, entity)
  roles      (document, entity, kind, start, end, text)
  quotes     by (document, ord): every column; the speaker entity by its key,
             the propagation group as the set of its members, the day of skey
  sources    (quote, ord, name, cue, date, start, end)
  lsh        (band key, quote)
  names_fts  (name, entity): the speaker-name index's content
  meta       (key, value)

Rows are sorted and compared as multisets; the first differences of each
table are printed.  The `added` timestamp is left out (it is when a row was
written, not what it says).

--ids       also require the same row ids and skeys (a merge done in the
            same order as the single-process run must give them)
--warta BIN also run `BIN stats --check` on both (integrity and both
            full-text indexes), and with --ids compare the output of
            `speakers` and of a few `search` queries (the FTS5 indexes are
            read through warta's tokenizer, which Python's sqlite3 lacks)

Exit 0 when equal, 1 when not, 2 on a usage error.
"""
import sqlite3
import subprocess
import sys
from collections import Counter


def rows(db, sql):
    return db.execute(sql).fetchall()


def natural(path):
    """{table: Counter of rows} in natural keys."""
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    db.text_factory = bytes  # metadata may hold what is not UTF-8: compare bytes
    out = {}
    doc = {i: h for i, h in rows(db, "SELECT id, hex(hash) FROM documents")}
    ent = {i: "%s\t%s" % (t, k) for i, t, k in rows(db, "SELECT id, type, key FROM entities")}
    qkey = {i: (doc.get(d), o) for i, d, o in rows(db, "SELECT id, document, ord FROM quotes")}
    groups = {}
    for i, g in rows(db, "SELECT id, grp FROM quotes WHERE grp IS NOT NULL"):
        groups.setdefault(g, []).append(qkey[i])
    grp_of = {}
    for members in groups.values():
        members.sort()
        for m in members:
            grp_of[m] = tuple(members)

    out["meta"] = Counter(rows(db, "SELECT key, value FROM meta"))
    out["documents"] = Counter(
        (doc[r[0]],) + tuple(r[1:])
        for r in rows(db, "SELECT id, ext_id, url, title, outlet, published, dateline, text, nquotes FROM documents"))
    out["entities"] = Counter((ent[r[0]], r[1]) for r in rows(db, "SELECT id, name FROM entities"))
    out["aliases"] = Counter((ent[e], k, a) for e, k, a in rows(db, "SELECT entity, key, alias FROM aliases"))
    out["mentions"] = Counter(
        (doc[d], s, e, ent[n]) for d, s, e, n in rows(db, "SELECT document, start_byte, end_byte, entity FROM mentions"))
    out["roles"] = Counter(
        (doc[d], ent[n], k, s, e, t)
        for d, n, k, s, e, t in rows(db, "SELECT document, entity, kind, start_byte, end_byte, text FROM roles"))
    q = []
    for r in rows(db, "SELECT id, skey, kind, start_byte, end_byte, text, cue, cue_start, cue_end, speaker, "
                      "speaker_start, speaker_end, entity, role, affiliation, confidence, sources FROM quotes"):
        k = qkey[r[0]]
        q.append(k + (r[1] >> 24,) + tuple(r[2:12]) + (ent.get(r[12]),) + tuple(r[13:]) + (grp_of.get(k),))
    out["quotes"] = Counter(q)
    out["sources"] = Counter(
        (qkey[r[0]],) + tuple(r[1:])
        for r in rows(db, "SELECT quote, ord, name, cue, date, start_byte, end_byte FROM sources"))
    out["lsh"] = Counter((k, qkey[qq]) for k, qq in rows(db, "SELECT key, quote FROM lsh"))
    # names_fts is an FTS5 table with its own content: its shadow table
    # holds (name, entity) without needing the tokenizer
    out["names_fts"] = Counter(
        (n, ent.get(int(e)) if e is not None else None)
        for n, e in rows(db, "SELECT c0, c1 FROM names_fts_content"))
    db.close()
    return out


def raw(path):
    """{table: sorted rows with their ids}, for --ids."""
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    db.text_factory = bytes  # metadata may hold what is not UTF-8: compare bytes
    out = {
        "documents": rows(db, "SELECT id, hex(hash), ext_id, url, title, outlet, published, dateline, nquotes "
                              "FROM documents ORDER BY id"),
        "entities": rows(db, "SELECT id, type, key, name FROM entities ORDER BY id"),
        "aliases": rows(db, "SELECT entity, key, alias FROM aliases ORDER BY entity, key"),
        "mentions": rows(db, "SELECT * FROM mentions ORDER BY document, start_byte, entity"),
        "roles": rows(db, "SELECT * FROM roles ORDER BY document, entity, kind, start_byte"),
        "quotes": rows(db, "SELECT id, skey, document, ord, entity, grp FROM quotes ORDER BY id"),
        "sources": rows(db, "SELECT * FROM sources ORDER BY quote, ord"),
        "lsh": rows(db, "SELECT * FROM lsh ORDER BY key, quote"),
        "names_fts": rows(db, "SELECT id, c0, c1 FROM names_fts_content ORDER BY id"),
    }
    db.close()
    return out


def short(x, n=160):
    s = repr(x)
    return s if len(s) <= n else s[:n] + "..."


def diff_counters(name, a, b, out):
    if a == b:
        return True
    only_a, only_b = a - b, b - a
    out.append("%s: %d rows in A, %d in B; %d only in A, %d only in B" %
               (name, sum(a.values()), sum(b.values()), sum(only_a.values()), sum(only_b.values())))
    for r in sorted(only_a, key=repr)[:3]:
        out.append("  only in A: " + short(r))
    for r in sorted(only_b, key=repr)[:3]:
        out.append("  only in B: " + short(r))
    return False


def warta_out(binary, db, args):
    p = subprocess.run([binary] + args + ["--db", db], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout


def main(argv):
    ids = "--ids" in argv
    argv = [a for a in argv if a != "--ids"]
    binary = None
    if "--warta" in argv:
        i = argv.index("--warta")
        if i + 1 >= len(argv):
            print(__doc__, file=sys.stderr)
            return 2
        binary = argv[i + 1]
        del argv[i:i + 2]
    if len(argv) != 2 or argv[0] in ("-h", "--help"):
        print(__doc__, file=sys.stderr if len(argv) != 1 else sys.stdout)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    a, b = argv
    msgs = []
    na, nb = natural(a), natural(b)
    ok = True
    for t in na:
        ok &= diff_counters(t, na[t], nb[t], msgs)
    if ids:
        ra, rb = raw(a), raw(b)
        for t in ra:
            if ra[t] != rb[t]:
                ok = False
                first = next((i for i, (x, y) in enumerate(zip(ra[t], rb[t])) if x != y), min(len(ra[t]), len(rb[t])))
                msgs.append("%s: ids differ (A has %d rows, B %d); first difference at row %d:" %
                            (t, len(ra[t]), len(rb[t]), first))
                msgs.append("  A: " + short(ra[t][first] if first < len(ra[t]) else None))
                msgs.append("  B: " + short(rb[t][first] if first < len(rb[t]) else None))
    if binary:
        for db in (a, b):
            rc, out = warta_out(binary, db, ["stats", "--check"])
            if rc != 0:
                ok = False
                msgs.append("%s: warta stats --check failed (exit %d): %s" % (db, rc, out.decode(errors="replace")))
        if ids:
            queries = [["speakers", "--format", "jsonl", "--limit", "100000"],
                       ["search", "--format", "jsonl", "--limit", "100000", "--kind", "direct"],
                       ["search", "--format", "jsonl", "--limit", "100000", "--kind", "indirect"]]
            for w in ("kata", "Presiden", "Rusia", "harga", "warga"):
                queries.append(["search", "--format", "jsonl", "--limit", "100000", w])
                queries.append(["search", "--documents", "--format", "jsonl", "--limit", "100000", w])
            for qargs in queries:
                ra_, oa = warta_out(binary, a, qargs)
                rb_, ob = warta_out(binary, b, qargs)
                if (ra_, oa) != (rb_, ob):
                    ok = False
                    msgs.append("warta %s: outputs differ (exit %d vs %d, %d vs %d bytes)" %
                                (" ".join(qargs), ra_, rb_, len(oa), len(ob)))
    if ok:
        n = {t: sum(na[t].values()) for t in ("documents", "quotes", "entities", "mentions", "sources")}
        print("compare_stores: equal (%s)%s" % (", ".join("%d %s" % (v, k) for k, v in n.items()),
                                                "; same ids" if ids else ""))
        return 0
    print("compare_stores: the stores differ", file=sys.stderr)
    for m in msgs:
        print(m, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
