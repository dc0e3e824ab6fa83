#!/usr/bin/env python3
"""Generates JSON Lines records, good and bad, for test_jsonl_fast: string
escapes of every kind (surrogate pairs, lone surrogates, bad hex, \\u0000),
raw control bytes and NUL, invalid UTF-8, numbers, nesting, duplicate and
escaped keys, truncated lines, trailing garbage and a byte-order mark.

    gen.py SEED COUNT > generated.jsonl      (generated.jsonl: gen.py 1 1500)
"""
import random, sys
r = random.Random(int(sys.argv[1]))
def rstr():
    parts = []
    for _ in range(r.randrange(0, 12)):
        c = r.random()
        if c < 0.35: parts.append(r.choice(["Presiden", "kata", " ", "“Kami”", "é", "日本", "😀", "a", "JAKARTA - ", "2023-09-13"]))
        elif c < 0.5: parts.append(r.choice(["\\n", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\t"]))
        elif c < 0.6: parts.append("\\u%04x" % r.choice([0x41, 0xe9, 0x201c, 0x2028, 0x7f, 0x1f, 0xffff, 0x800, 0x7ff]))
        elif c < 0.63: parts.append("\\u%04X" % r.choice([0x201D, 0xABCD]))
        elif c < 0.66: parts.append("\\ud83d\\ude00")
        elif c < 0.68: parts.append(r.choice(["\\ud83d", "\\ude00", "\\ud83dx", "\\ud83d\\u0041"]))
        elif c < 0.70: parts.append(r.choice(["\\u0000", "\\\\u0000", "\\u00", "\\uZZZZ", "\\x", "\\u12g4"]))
        elif c < 0.72: parts.append(r.choice(["\x01", "\t", "\x00", "\x7f"]))
        elif c < 0.74: parts.append(r.choice(["\udcff", "\udc80"]))  # become raw invalid bytes
        else: parts.append(r.choice(["Budi", "hari ini.", "“", "”", "'", "Dr."]))
    return '"' + "".join(parts) + '"'
def rval():
    c = r.random()
    if c < 0.7: return rstr()
    return r.choice(["null", "true", "false", "12", "-1.5e3", "[1,\"a\"]", "{\"x\":\"y\"}", "nul", "tru", "\"unterminated", "0x1"])
def ws():
    return r.choice(["", "", " ", "\t", " \x01 ", "\x00"]) if r.random() < 0.3 else ""
def rkey():
    return r.choice(['"text"', '"id"', '"published"', '"title"', '"url"', '"other"', '"te\\u0078t"', '"text "', '"Text"', '"body"'])
lines = []
for _ in range(int(sys.argv[2])):
    n = r.randrange(0, 6)
    mem = []
    if r.random() < 0.8: mem.append(ws() + '"text"' + ws() + ":" + ws() + rstr() + ws())
    for _ in range(n):
        k = rkey()
        v = rval() if k != '"published"' or r.random() < 0.3 else r.choice(['"2023-09-13"', '"2020-01-31T10:00:00Z"', '"bad"'])
        mem.append(ws() + k + ws() + ":" + ws() + v + ws())
    r.shuffle(mem)
    line = "{" + ",".join(mem) + "}"
    c = r.random()
    if c < 0.05: line = line[:r.randrange(len(line) + 1)]
    elif c < 0.08: line = line + r.choice([" garbage", "}", ",", " {\"a\":1}"])
    elif c < 0.10: line = "\ufeff" + line
    elif c < 0.12: line = r.choice(["[]", "\"str\"", "12", "{}", "{,}", "{\"text\"}", "{\"text\":}"])
    elif c < 0.14: line = "  \t" + line
    lines.append(line)
sys.stdout.buffer.write("\n".join(lines).encode("utf-8", "surrogateescape") + b"\n")
