#!/usr/bin/python3
"""bench_scale.py CORPUS.jsonl [RUNS] [--workers 1,2] [--no-merge] -- times scale/warta_dask.py.

Runs each command RUNS times (default 3) and prints the median wall time,
the CPU time of everything the command started (user + sys, warta processes
and Dask workers included), articles/s and MB/s, and the load average before
the runs:

  extract   build/warta extract --quiet --with-text --format jsonl CORPUS > /dev/null
            (one process, no Dask: the baseline)
  dask N    scale/warta_dask.py --local N --out DIR CORPUS   (N = each of --workers);
            also the time inside the run, from the first task submitted to the
            last part written (report.json "extract"), without the cluster's
            start and stop
  merge     build/warta ingest --db NEW.db --results DIR/part-*.jsonl (the single writer)
  dask+db   scale/warta_dask.py --local 2 --out DIR --db NEW.db CORPUS (extraction and
            merge overlapped)
  ingest    build/warta ingest --db NEW.db CORPUS (one process, for comparison)

Work files go to $TMPDIR (default /tmp) and are removed.  Example:
  /usr/bin/python3 bench/corpus.py jsonl 10M /tmp/c10m.jsonl
  scale/bench_scale.py /tmp/c10m.jsonl 3
"""
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WARTA = os.path.join(HERE, "..", "build", "warta")
TOOL = os.path.join(HERE, "warta_dask.py")


def timed(cmd, stdout=subprocess.DEVNULL):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE)
    wall = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    if p.returncode not in (0, 1):
        sys.exit("bench_scale: %s exited %d: %s" % (" ".join(cmd), p.returncode, p.stderr.decode()[-500:]))
    return wall, cpu


def main(argv):
    workers = [1, 2]
    merge = True
    if "--workers" in argv:
        i = argv.index("--workers")
        workers = [int(x) for x in argv[i + 1].split(",")]
        del argv[i:i + 2]
    if "--no-merge" in argv:
        merge = False
        argv.remove("--no-merge")
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    corpus = os.path.abspath(argv[0])
    runs = int(argv[1]) if len(argv) > 1 else 3
    size = os.path.getsize(corpus)
    with open(corpus, "rb") as f:
        articles = sum(1 for line in f if line.strip())
    work = tempfile.mkdtemp(prefix="warta-bench-scale-")
    rows = []

    def row(name, results, extra=""):
        wall = statistics.median(r[0] for r in results)
        cpu = statistics.median(r[1] for r in results)
        rows.append("| %s | %d | %.2f | %.2f | %.0f | %.2f |%s" %
                    (name, len(results), wall, cpu, articles / wall, size / 1e6 / wall, extra))

    try:
        print("corpus %s: %d articles, %.1f MB; load before: %s" %
              (corpus, articles, size / 1e6, " ".join("%.2f" % x for x in os.getloadavg())), flush=True)
        res = [timed([WARTA, "extract", "--quiet", "--with-text", "--format", "jsonl", corpus]) for _ in range(runs)]
        row("`warta extract --with-text` (1 process, no Dask)", res)
        for n in workers:
            res, inner = [], []
            for _ in range(runs):
                out = os.path.join(work, "parts")
                shutil.rmtree(out, ignore_errors=True)
                res.append(timed(["/usr/bin/python3", TOOL, "--local", str(n), "--out", out, "-q",
                                  "--progress", "none", corpus]))
                inner.append(json.load(open(os.path.join(out, "report.json")))["seconds"]["extract"])
            e = statistics.median(inner)
            row("`warta_dask.py --local %d --out DIR`" % n, res,
                " tasks only: %.2f s, %.0f articles/s |" % (e, articles / e))
        if merge:
            parts = sorted(os.path.join(out, p) for p in os.listdir(out) if p.startswith("part-"))
            res = []
            for _ in range(runs):
                db = os.path.join(work, "m.db")
                for x in (db, db + "-wal", db + "-shm"):
                    if os.path.exists(x):
                        os.unlink(x)
                res.append(timed([WARTA, "ingest", "--quiet", "--db", db, "--results"] + parts))
            row("merge: `warta ingest --results` of the parts (one writer)", res)
            res = []
            for _ in range(runs):
                out = os.path.join(work, "parts2")
                shutil.rmtree(out, ignore_errors=True)
                db = os.path.join(work, "d.db")
                for x in (db, db + "-wal", db + "-shm"):
                    if os.path.exists(x):
                        os.unlink(x)
                res.append(timed(["/usr/bin/python3", TOOL, "--local", "2", "--out", out, "--db", db, "-q",
                                  "--progress", "none", corpus]))
            row("`warta_dask.py --local 2 --out DIR --db NEW.db` (extract + merge)", res)
            res = []
            for _ in range(runs):
                db = os.path.join(work, "s.db")
                for x in (db, db + "-wal", db + "-shm"):
                    if os.path.exists(x):
                        os.unlink(x)
                res.append(timed([WARTA, "ingest", "--quiet", "--db", db, corpus]))
            row("`warta ingest` (1 process, for comparison)", res)
        print("| command | runs | median wall s | median CPU s | articles/s (wall) | MB/s (wall) | |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for r in rows:
            print(r)
        print("load after: %s" % " ".join("%.2f" % x for x in os.getloadavg()))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
