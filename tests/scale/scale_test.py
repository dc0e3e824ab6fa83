#!/usr/bin/python3
"""scale_test.py WARTA REPO TMPDIR -- scale/warta_dask.py on a LocalCluster
of 2 worker processes gives what one process gives.

The fixture set, built in TMPDIR from files of the repository:
  samples.jsonl     the bundled sample articles with their dates
  corpus.jsonl      512 KB of bench/corpus.py's articles (the same statements
                    in many articles: propagation groups), with a line that is
                    not JSON at line 200, so that the file is cut into byte
                    ranges and the bad line lies in a later range
  tests/data/jsonl/edge.jsonl, generated.jsonl    bad and odd records (invalid
                    UTF-8 in titles and URLs too: the library replaces it with
                    U+FFFD, so both paths store the same text and hash)
  tests/data/html   a folder: HTML pages, their texts, a subfolder (with a
                    binary file, a hidden file and a dangling link added in a
                    copy of it)
  good.warc.gz, corrupt.warc.gz  tests/ingest/make_warc.py's archives, the
                    second with a corrupt record
  blob.bin          binary data named on the command line (reported)
  missing.jsonl     a file that does not exist (reported)

Checks:
  1. `warta ingest --db single.db INPUTS` (one process) and
     `warta_dask.py --local 2 --out parts --db merged.db --merge-jobs 2 INPUTS`
     (task 1 made to fail once: retried) build equal stores, row ids included
     (tests/scale/compare_stores.py --ids, and `warta stats --check`);
  2. the parts, in order, are byte for byte `warta extract --with-text
     --format jsonl INPUTS`;
  3. the bad inputs and records reported (report.json) are the ones the single
     process reports, with the same file:line, and the job did not stop on
     them (exit 1, every task ok);
  4. a task that fails for good is reported, the others are merged (exit 1);
  5. --help exits 0, a usage error exits 2.

Processes (LocalCluster(processes=True)) are what a cluster runs; the run of
check 4 uses --threads (worker threads in the client process) to cover that
mode too and to keep the test short.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time

PY = "/usr/bin/python3"
FAILS = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what, flush=True)
    if not cond:
        FAILS.append(what)


def run(cmd, **kw):
    t0 = time.time()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), time.time() - t0


INFO = re.compile(r": \d+ records?: |binary files? in the directories skipped")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    warta, repo, tmp = os.path.abspath(argv[0]), os.path.abspath(argv[1]), os.path.abspath(argv[2])
    tool = os.path.join(repo, "scale", "warta_dask.py")
    compare = os.path.join(repo, "tests", "scale", "compare_stores.py")
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    os.chdir(tmp)

    # ---- the fixture set
    with open("samples.jsonl", "w") as f:
        subprocess.run([PY, os.path.join(repo, "tools", "samples_jsonl.py"), os.path.join(repo, "samples")],
                       stdout=f, check=True)
    subprocess.run([PY, os.path.join(repo, "bench", "corpus.py"), "jsonl", "512K", "corpus.jsonl"], check=True)
    with open("corpus.jsonl", "rb") as f:
        lines = f.readlines()
    lines.insert(199, b'{"id": "broken", "text": "tidak ditutup\n')
    with open("corpus.jsonl", "wb") as f:
        f.writelines(lines)
    os.makedirs("warc")
    subprocess.run([PY, os.path.join(repo, "tests", "ingest", "make_warc.py"),
                    os.path.join(repo, "tests", "data", "html"), "warc"], check=True, stdout=subprocess.DEVNULL)
    shutil.copytree(os.path.join(repo, "tests", "data", "html"), "html")
    with open("html/articles/zz-image.bin", "wb") as f:  # binary inside a folder: skipped, as warta does
        f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with open("html/.hidden.txt", "w") as f:
        f.write("tersembunyi")
    os.symlink("nowhere.txt", "html/dangling.txt")
    with open("blob.bin", "wb") as f:
        f.write(bytes(range(256)) * 4)
    inputs = ["samples.jsonl", "corpus.jsonl", os.path.join(repo, "tests", "data", "jsonl", "edge.jsonl"),
              os.path.join(repo, "tests", "data", "jsonl", "generated.jsonl"), "html", "warc/good.warc.gz", "warc/corrupt.warc.gz", "blob.bin", "missing.jsonl"]

    # ---- one process
    rc, out, err, t_single = run([warta, "ingest", "--db", "single.db"] + inputs)
    check(rc == 1, "warta ingest in one process: exit 1 (bad records), got %d" % rc)
    m = re.search(r"(\d+) new documents?, (\d+) already stored, (\d+) failed", out + err)
    single_bad = sorted(l[len("warta: "):] for l in err.splitlines()
                        if l.startswith("warta: ") and not INFO.search(l))
    check(m is not None and len(single_bad) == int(m.group(3)),
          "one process: %s failed records, %d messages" % (m and m.group(3), len(single_bad)))
    rc, extracted, _, _ = run([warta, "extract", "--quiet", "--with-text", "--format", "jsonl"] + inputs)

    # ---- two worker processes; task 1 fails once and is retried
    rc, out, err, t_dask = run([PY, tool, "--local", "2", "--out", "parts", "--db", "merged.db", "--chunk-size", "48K",
                                "--retries", "2", "--test-fail", "1:1", "--merge-jobs", "2", "--progress", "plain",
                                "--warta", warta]
                               + inputs)
    sys.stdout.write(err)
    check(rc == 1, "warta_dask.py --local 2: exit 1 (bad input reported, not fatal), got %d" % rc)
    rep = json.load(open("parts/report.json"))
    check(rep["tasks"] >= 8 and rep["tasks_failed"] == 0,
          "%d tasks, %d failed (task 1 failed once and was retried)" % (rep["tasks"], rep["tasks_failed"]))
    check(os.path.exists("parts/.fail-00001-0"), "task 1's first attempt was the injected failure")
    man = json.load(open("parts/manifest.json"))
    ranges = [t for t in man["tasks"] if t["units"][0].get("range") and t["units"][0]["path"] == "corpus.jsonl"]
    check(len(ranges) >= 4, "corpus.jsonl cut into %d byte ranges" % len(ranges))
    rc2, cmp_out, cmp_err, _ = run([PY, compare, "--ids", "--warta", warta, "single.db", "merged.db"])
    sys.stdout.write(cmp_out + cmp_err)
    check(rc2 == 0, "the merged store equals the single-process store (ids included)")
    parts = b"".join(open(os.path.join("parts", t["part"]), "rb").read() for t in man["tasks"])
    check(parts == extracted.encode("utf-8"), "the parts in order are `warta extract` of the inputs (%d bytes)" %
          len(parts))
    check(sorted(rep["bad"]) == single_bad, "bad input reported as the single process reports it (%d messages)" %
          len(rep["bad"]))
    if sorted(rep["bad"]) != single_bad:
        for x in sorted(set(rep["bad"]) ^ set(single_bad))[:10]:
            print("     differs: " + x)
    for want in ("corpus.jsonl:200: not valid JSON", "missing.jsonl: No such file or directory",
                 "blob.bin: binary data", "corrupt.warc.gz: record 5", "edge.jsonl:4: not valid JSON"):
        check(any(want in b for b in rep["bad"]), "reported: " + want)
    check(rep["binary_skipped"] == 1, "the binary file inside a folder skipped, not reported")
    check(rep["merge"]["new"] == int(m.group(1)),
          "merge added %d documents, one process %s" % (rep["merge"]["new"], m.group(1)))

    # ---- a task that fails for good: reported, the rest merged
    rc, out, err, _ = run([PY, tool, "--local", "2", "--threads", "--out", "parts2", "--db", "merged2.db",
                           "--chunk-size", "48K", "--retries", "1", "--test-fail", "0:9", "--progress", "none",
                           "--warta", warta, "samples.jsonl", "corpus.jsonl"])
    rep2 = json.load(open("parts2/report.json"))
    check(rc == 1 and rep2["tasks_failed"] == 1 and "task 0 (samples.jsonl)" in err,
          "a task failing for good: exit %d, %d failed, reported" % (rc, rep2["tasks_failed"]))
    check(rep2["merge"]["new"] > 0 and rep2["merge"]["skipped_parts"] == [0],
          "the other parts merged (%d documents), the failed one skipped" % rep2["merge"]["new"])

    # ---- usage
    rc, out, _, _ = run([PY, tool, "--help"])
    check(rc == 0 and "--scheduler" in out, "--help")
    rc, _, err, _ = run([PY, tool, "--local", "2", "samples.jsonl"])
    check(rc == 2 and "nothing to write" in err, "no --out nor --db: usage error (exit 2)")
    rc, _, err, _ = run([PY, tool, "--local", "1", "--out", "parts3", "--warta", "/nonexistent/warta",
                         "samples.jsonl"])
    check(rc == 2 and "cannot run warta" in err, "a missing binary on the workers: exit 2, said")

    print("single process %.1f s, warta_dask.py --local 2 %.1f s (cluster start included)" % (t_single, t_dask))
    if FAILS:
        print("scale_test: %d checks failed" % len(FAILS))
        return 1
    print("scale_test: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
