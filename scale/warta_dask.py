#!/usr/bin/python3
"""warta-dask: run `warta extract` over many machines with Dask distributed.

usage: scale/warta_dask.py (--local N | --scheduler tcp://HOST:8786) [--out DIR] [--db PATH]
                           [OPTIONS] INPUT...

Splits the inputs (files, folders, JSON Lines, HTML pages, WARC archives)
into tasks of about --chunk-size bytes each, runs
`warta extract --with-text --format jsonl` on every task on the Dask
workers, and writes what each task extracted as one part, DIR/part-NNNNN.jsonl
(partitioned JSON Lines, schema 1 with the article text).  With --db the
parts are then added to one warta store with `warta ingest --results`, in
input order, while the workers go on: the store is the one
`warta ingest --db PATH INPUT...` builds in one process (same documents,
quotes, entities, mentions, sources, and the same row ids).

Splitting: the inputs are listed in the order warta reads them (folders
walked recursively, names sorted bytewise, hidden files skipped).  A plain
JSON Lines file larger than the chunk size is cut into byte ranges that
start at line starts; the other files (HTML, text, WARC, anything gzipped)
are whole units.  Consecutive units are grouped into tasks of about
--chunk-size bytes, so tasks are balanced by bytes and keep the input order.

Workers need only the warta binary (--warta, the same path on every node)
and the inputs and DIR on shared storage mounted at the same path: no copy of
the repository, no Python package besides Debian's python3-distributed.

options:
  --local N          start a LocalCluster of N worker processes (1 thread each)
                     on this machine (default: --local with one per core)
  --threads          with --local: worker threads in this process instead of
                     processes (warta runs as a child process either way)
  --scheduler ADDR   use a running cluster: tcp://HOST:8786 (dask-scheduler)
  --out DIR          write the parts there and keep them (DIR/part-NNNNN.jsonl,
                     DIR/manifest.json, DIR/report.json); with --scheduler, DIR
                     must be on storage this machine and the workers share
  --db PATH          merge the parts into this warta store (SQLite), created
                     when missing; without --out the parts go to a temporary
                     folder (--local only) that is removed at the end
  --warta PATH       the warta binary on the workers and here (default: the
                     build's binary, build/warta next to scale/, else `warta`
                     on PATH); checked on every worker before the run
  --chunk-size SIZE  bytes of input per task: 64K, 16M, 1G (default: the total
                     divided by 4 tasks per worker, between 1M and 256M)
  --retries N        run a failed task again up to N times (default 2): a task
                     fails when warta is killed, runs out of memory, cannot
                     write its part or the worker dies; bad input does not
                     fail a task, it is reported
  --jobs N           `warta extract --jobs N` in each task (default 1)
  --merge-jobs N     `warta ingest --results --jobs N` for the merge (default 1):
                     threads that read and prepare the parts for the one writer
  --outlet NAME      passed to `warta ingest` (the merge)
  --published DATE, --input text|jsonl|html|warc, --text-field NAME,
  --id-field NAME, --html-field NAME, --repair, --fix-mojibake, --no-nfc,
  --all-text         passed to `warta extract` (see `warta extract --help`)
  --report FILE      write the summary as JSON there too (default DIR/report.json
                     with --out)
  --progress MODE    bar (Dask's progress bar), plain (a line now and then) or
                     none; default bar on a terminal, plain otherwise
  --max-messages N   bad-input messages printed in the summary (default 20;
                     the report has them all, up to 20,000 a task)
  -q, --quiet        no progress and only the summary's first lines
  -h, --help         this help

At the end a summary says how many tasks ran and failed, how many records
were extracted and how many were bad, with the bad ones' file:line messages
collected from the workers (for a JSON Lines range, the line in the whole
file), and what the merge added.  The job never stops on a bad input.

exit codes: 0 everything ok; 1 some records, inputs or tasks failed (the rest
            was processed and merged); 2 usage error, no input, no workers or
            no working warta binary on a worker; 3 the merge failed (store)

examples:
  scale/warta_dask.py --local 2 --db news.db articles.jsonl crawl/ pages/
  scale/warta_dask.py --scheduler tcp://10.0.0.5:8786 --warta /opt/warta/bin/warta \\
      --out /mnt/shared/run1 --db news.db /mnt/shared/crawls/2023/
  warta ingest --db news.db --results /mnt/shared/run1/part-*.jsonl   # merge again later
"""
import json
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
import uuid

PROG = "warta-dask"
MAX_TASK_MESSAGES = 20000  # a task's messages carried back to the client; the rest counted
HERE = os.path.dirname(os.path.abspath(__file__))
JSONL_NAMES = (".jsonl", ".ndjson")
PASS_VALUE = ("--published", "--input", "--text-field", "--id-field", "--html-field")
PASS_FLAG = ("--repair", "--fix-mojibake", "--no-nfc", "--all-text")


class Usage(Exception):
    pass


def say(*a):
    print(PROG + ":", *a, file=sys.stderr, flush=True)


def human(n):
    for unit, k in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= k:
            return "%.1f %s" % (n / k, unit)
    return "%d bytes" % n


def parse_size(s):
    m = re.fullmatch(r"\s*(\d+)\s*([kKmMgG]?)[bB]?\s*", s)
    if not m:
        raise Usage("--chunk-size %r is not a size (64K, 16M, 1G)" % s)
    return int(m.group(1)) * {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]


def parse_args(argv):
    o = {"local": None, "threads": False, "scheduler": None, "out": None, "db": None, "warta": None,
         "chunk": None, "retries": 2, "jobs": 1, "merge_jobs": 1, "outlet": None, "extract": [], "report": None,
         "progress": None, "quiet": False, "max_messages": 20, "inputs": [], "test_fail": {}}
    i = 0

    def value():
        nonlocal i
        if i + 1 >= len(argv):
            raise Usage("%s needs a value" % argv[i])
        i += 1
        return argv[i]

    def number(v, name, lo=0):
        try:
            n = int(v)
        except ValueError:
            raise Usage("%s %r is not a number" % (name, v))
        if n < lo:
            raise Usage("%s must be at least %d" % (name, lo))
        return n

    while i < len(argv):
        a = argv[i]
        if a in ("-h", "--help"):
            try:
                print(__doc__.strip(), flush=True)
            except BrokenPipeError:  # `--help | head`
                sys.stdout = None
            sys.exit(0)
        elif a == "--":
            o["inputs"] += argv[i + 1:]
            break
        elif a == "--local":
            o["local"] = number(value(), a, 1)
        elif a == "--threads":
            o["threads"] = True
        elif a == "--scheduler":
            o["scheduler"] = value()
        elif a == "--out":
            o["out"] = value()
        elif a == "--db":
            o["db"] = value()
        elif a == "--warta":
            o["warta"] = value()
        elif a == "--chunk-size":
            o["chunk"] = max(1, parse_size(value()))
        elif a == "--retries":
            o["retries"] = number(value(), a)
        elif a == "--jobs":
            o["jobs"] = number(value(), a, 1)
        elif a == "--merge-jobs":
            o["merge_jobs"] = number(value(), a, 1)
        elif a == "--outlet":
            o["outlet"] = value()
        elif a in PASS_VALUE:
            o["extract"] += [a, value()]
        elif a in PASS_FLAG:
            o["extract"].append(a)
        elif a == "--report":
            o["report"] = value()
        elif a == "--progress":
            o["progress"] = value()
            if o["progress"] not in ("bar", "plain", "none"):
                raise Usage("--progress is bar, plain or none")
        elif a == "--max-messages":
            o["max_messages"] = number(value(), a)
        elif a in ("-q", "--quiet"):
            o["quiet"] = True
        elif a == "--test-fail":
            # for the tests: task T raises on its first N attempts (T[:N], N
            # default 1), to exercise retries and failed tasks
            t, _, n = value().partition(":")
            o["test_fail"][number(t, a)] = number(n or "1", a, 1)
        elif a.startswith("-") and a != "-":
            raise Usage("unknown option %r (see --help)" % a)
        else:
            o["inputs"].append(a)
        i += 1
    if o["local"] is not None and o["scheduler"]:
        raise Usage("--local and --scheduler exclude each other")
    if o["threads"] and o["scheduler"]:
        raise Usage("--threads is for --local")
    if not o["out"] and not o["db"]:
        raise Usage("nothing to write: give --out DIR (partitioned JSONL) and/or --db PATH (one store)")
    if o["scheduler"] and o["db"] and not o["out"]:
        raise Usage("with --scheduler, --db needs --out DIR on storage the workers and this machine share")
    if not o["inputs"]:
        raise Usage("no INPUT (see --help)")
    if "-" in o["inputs"]:
        raise Usage("standard input cannot be split across workers: give files")
    if o["scheduler"] is None and o["local"] is None:
        o["local"] = os.cpu_count() or 1
    if o["progress"] is None:
        o["progress"] = "none" if o["quiet"] else ("bar" if sys.stdout.isatty() else "plain")
    return o


# ---------------------------------------------------------------- planning

def walk(d, units):
    """Appends the files under folder d in the order warta reads them:
    names sorted bytewise, hidden ones skipped, folders recursed in place,
    links to regular files followed, other links and special files left."""
    try:
        names = sorted(os.listdir(os.fsencode(d)))
    except OSError as e:
        units.append({"path": d, "size": 0, "missing": "%s: %s" % (d, e.strerror)})
        return
    for n in names:
        if n.startswith(b"."):
            continue
        p = d + ("" if d.endswith("/") else "/") + os.fsdecode(n)
        try:
            st = os.lstat(p)
        except OSError as e:
            units.append({"path": p, "size": 0, "missing": "%s: %s" % (p, e.strerror)})
            continue
        if stat.S_ISDIR(st.st_mode):
            walk(p, units)
            continue
        if stat.S_ISLNK(st.st_mode):
            try:
                st = os.stat(p)
            except OSError:
                continue
        if not stat.S_ISREG(st.st_mode):
            continue
        units.append({"path": p, "size": st.st_size, "from_dir": True})


def is_plain_jsonl(path, force):
    if force and force != "jsonl":
        return False
    if not force and not path.lower().endswith(JSONL_NAMES):
        return False
    try:
        with open(path, "rb") as f:
            return f.read(2) != b"\x1f\x8b"
    except OSError:
        return False


def line_ranges(path, size, chunk):
    """Byte ranges of about chunk bytes, each starting at a line start."""
    out, start = [], 0
    with open(path, "rb") as f:
        while start < size:
            end = start + chunk
            if end >= size:
                end = size
            else:
                f.seek(end)
                while True:  # to the byte after the next newline
                    buf = f.read(65536)
                    if not buf:
                        end = size
                        break
                    k = buf.find(b"\n")
                    if k >= 0:
                        end += k + 1
                        break
                    end += len(buf)
            out.append((start, end))
            start = end
    return out


def plan(o, nworkers):
    units = []
    for a in o["inputs"]:
        try:
            st = os.stat(a)
        except OSError as e:
            units.append({"path": a, "size": 0, "missing": "%s: %s" % (a, e.strerror)})
            continue
        if stat.S_ISDIR(st.st_mode):
            walk(a, units)
        else:
            units.append({"path": a, "size": st.st_size})
    total = sum(u["size"] for u in units)
    chunk = o["chunk"]
    if not chunk:
        chunk = min(256 << 20, max(1 << 20, total // max(1, 4 * nworkers)))
    force = None
    if "--input" in o["extract"]:
        force = o["extract"][o["extract"].index("--input") + 1]
    # big plain JSON Lines files become byte ranges
    expanded = []
    for u in units:
        if "missing" not in u and u["size"] > chunk and is_plain_jsonl(u["path"], force):
            rs = line_ranges(u["path"], u["size"], chunk)
            for k, (s, e) in enumerate(rs):
                expanded.append({"path": u["path"], "size": e - s, "range": [s, e], "piece": k,
                                 "pieces": len(rs)})
        else:
            expanded.append(u)
    # consecutive units grouped into tasks of about chunk bytes
    tasks, cur, cur_bytes = [], [], 0
    missing = []

    def flush():
        nonlocal cur, cur_bytes
        if cur:
            tasks.append({"units": cur, "bytes": cur_bytes})
        cur, cur_bytes = [], 0

    for u in expanded:
        if "missing" in u:  # reported where it stands among the tasks' messages
            missing.append((len(tasks) + (0.5 if cur else -0.5), u["missing"]))
            continue
        if "range" in u:
            flush()
            cur, cur_bytes = [u], u["size"]
            flush()
            continue
        if cur and (cur_bytes + u["size"] > chunk or len(cur) >= 2000):
            flush()
        cur.append(u)
        cur_bytes += u["size"]
    flush()
    for k, t in enumerate(tasks):
        t["index"] = k
        t["part"] = "part-%05d.jsonl" % k
    return tasks, missing, total, chunk


# ------------------------------------------------------------ on a worker

def check_warta(path):
    """Run on every worker: can it run the warta binary?"""
    host = socket.gethostname()
    if not os.path.isfile(path) or not os.access(path, os.X_OK):
        return "%s: %s is not an executable file" % (host, path)
    try:
        p = subprocess.run([path, "extract", "--help"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return "%s: %s does not run: %s" % (host, path, e)
    if p.returncode != 0:
        return "%s: `%s extract --help` exited %d: %s" % (host, path, p.returncode,
                                                         p.stderr.decode(errors="replace").strip()[:300])
    return None


def run_task(spec):
    """Run on a worker: `warta extract` over the task's units into its part.
    Bad input is returned as messages; what may go better on another try
    (warta killed, out of memory, a write error, no binary) raises, so Dask
    retries the task."""
    host = socket.gethostname()
    t0 = time.time()
    cwd = spec["cwd"] if os.path.isdir(spec["cwd"]) else None
    fail = spec.get("test_fail")
    if fail:
        marks = [m for m in os.listdir(spec["outdir"]) if m.startswith(".fail-%05d-" % spec["index"])]
        if len(marks) < fail:
            open(os.path.join(spec["outdir"], ".fail-%05d-%d" % (spec["index"], len(marks))), "w").close()
            raise RuntimeError("test failure injected on attempt %d (--test-fail)" % (len(marks) + 1))
    warta = spec["warta"]
    if not os.access(warta, os.X_OK):
        raise RuntimeError("%s: no warta binary at %s" % (host, warta))
    final = os.path.join(spec["outdir"], spec["part"])
    tmp = os.path.join(spec["outdir"], ".%s.%s.%d.tmp" % (spec["part"], host, os.getpid()))
    cmd = [warta, "extract", "--quiet", "--with-text", "--format", "jsonl", "--jobs", str(spec["jobs"])]
    cmd += spec["extract"]
    units = spec["units"]
    rng = units[0].get("range") if len(units) == 1 else None
    newlines = None
    with open(tmp, "wb") as out, tempfile.TemporaryFile() as err:
        if rng:
            if "--input" not in spec["extract"]:
                cmd += ["--input", "jsonl"]
            cmd.append("-")
            p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=out, stderr=err, cwd=cwd)
            newlines = 0
            try:
                with open(os.path.join(cwd or "", units[0]["path"]), "rb") as f:
                    f.seek(rng[0])
                    left = rng[1] - rng[0]
                    while left > 0:
                        buf = f.read(min(left, 1 << 20))
                        if not buf:
                            break
                        left -= len(buf)
                        newlines += buf.count(b"\n")
                        p.stdin.write(buf)
                read_err = None
            except BrokenPipeError:
                read_err = "warta stopped reading its input"
            except OSError as e:
                read_err = "%s: %s" % (units[0]["path"], e.strerror)
            try:
                p.stdin.close()
            except BrokenPipeError:
                pass
            rc = p.wait()
        else:
            cmd += [u["path"] for u in units]
            rc = subprocess.run(cmd, stdout=out, stderr=err, cwd=cwd).returncode
            read_err = None
        err.seek(0)
        msgs = err.read().decode("utf-8", errors="replace").splitlines()
    more = max(0, len(msgs) - MAX_TASK_MESSAGES)  # counted, not carried back
    if more:
        msgs = msgs[:MAX_TASK_MESSAGES]
    if rc < 0 or rc >= 3:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        why = "killed by signal %d" % -rc if rc < 0 else "exit %d" % rc
        raise RuntimeError("%s: warta extract %s: %s" % (host, why, " | ".join(msgs[-5:])))
    if read_err:
        os.unlink(tmp)
        raise RuntimeError("%s: %s" % (host, read_err))
    if rc == 2:  # a usage error: the same on every try
        os.unlink(tmp)
        return {"index": spec["index"], "status": "failed", "host": host, "rc": rc,
                "error": "warta extract: usage error: " + " | ".join(msgs[-5:]), "messages": [],
                "records": 0, "newlines": newlines, "seconds": time.time() - t0, "bytes_out": 0}
    records = 0
    with open(tmp, "rb") as f:
        while True:
            buf = f.read(1 << 20)
            if not buf:
                break
            records += buf.count(b"\n")
    bytes_out = os.path.getsize(tmp)
    os.replace(tmp, final)
    return {"index": spec["index"], "status": "ok", "host": host, "rc": rc, "messages": msgs,
            "more_messages": more, "records": records, "newlines": newlines, "seconds": time.time() - t0,
            "bytes_out": bytes_out}


# ------------------------------------------------------------ on the client

INFO = re.compile(r": \d+ records?: |: replaced \d+ invalid UTF-8|: repaired \d+ mojibake|"
                  r"binary files? in the directories skipped")
INGEST_SUM = re.compile(r"^warta: (\d+) new documents?, (\d+) already stored, (\d+) failed; (\d+) quotes? "
                        r"\((\d+) linked")
INGEST_HOLDS = re.compile(r"^warta: .* holds (\d+) documents?, (\d+) quotes?, (\d+) speakers?")


class Merger(threading.Thread):
    """Adds the parts to the store in task order, as soon as a run of
    consecutive parts is ready, with `warta ingest --results`."""

    def __init__(self, o, tasks, futures, outdir):
        super().__init__(daemon=True)
        self.o, self.tasks, self.futures, self.outdir = o, tasks, futures, outdir
        self.added = {"new": 0, "stored": 0, "failed": 0, "quotes": 0, "linked": 0}
        self.holds = None
        self.messages = []
        self.fatal = None
        self.runs = 0
        self.seconds = 0.0
        self.done_at = None
        self.skipped = []

    def ingest(self, parts):
        cmd = [self.o["warta"], "ingest", "--db", self.o["db"], "--results", "--jobs", str(self.o["merge_jobs"])]
        if self.o["outlet"]:
            cmd += ["--outlet", self.o["outlet"]]
        t0 = time.time()
        p = subprocess.run(cmd + parts, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.seconds += time.time() - t0
        self.runs += 1
        # the summary is on standard output, problems on standard error
        for line in (p.stdout + p.stderr).decode("utf-8", errors="replace").splitlines():
            m = INGEST_SUM.match(line)
            h = INGEST_HOLDS.match(line)
            if m:
                for k, v in zip(("new", "stored", "failed", "quotes", "linked"), m.groups()):
                    self.added[k] += int(v)
            elif h:
                self.holds = tuple(int(x) for x in h.groups())
            elif line.strip():
                self.messages.append(line)
        if p.returncode >= 2 or p.returncode < 0:
            self.fatal = "warta ingest --results exited %d" % p.returncode
        return self.fatal is None

    def run(self):
        from distributed import wait
        i, n = 0, len(self.futures)
        min_batch = max(1, n // 20)
        try:
            while i < n and not self.fatal:
                wait([self.futures[i]])
                j = i
                while j < n and self.futures[j].done():
                    j += 1
                if j - i < min_batch and j < n:
                    wait(self.futures[i:min(n, i + min_batch)])
                    continue
                parts = []
                for k in range(i, j):
                    f = self.futures[k]
                    r = f.result() if f.status == "finished" else None
                    if r and r["status"] == "ok":
                        parts.append(os.path.join(self.outdir, self.tasks[k]["part"]))
                    else:
                        self.skipped.append(k)
                for s in range(0, len(parts), 500):
                    if not self.ingest(parts[s:s + 500]):
                        break
                i = j
        except Exception as e:  # the summary says so
            self.fatal = "merging: %s" % e
        self.done_at = time.time()


def progress_plain(futures, tasks, t0):
    from distributed import as_completed
    n, done, failed, nbytes = len(futures), 0, 0, 0
    total = sum(t["bytes"] for t in tasks) or 1
    last = 0.0
    for f in as_completed(futures):
        done += 1
        nbytes += tasks[int(f.key.rsplit("-", 1)[1])]["bytes"]
        if f.status != "finished" or f.result()["status"] != "ok":
            failed += 1
        now = time.time()
        if done == n or now - last >= 5:
            last = now
            say("%d/%d tasks done (%d failed), %.1f of %.1f MB, %.0f s" %
                (done, n, failed, nbytes / 1e6, total / 1e6, now - t0))


def remap(msg, unit, base):
    """A message about standard input (a JSON Lines range) in terms of the
    whole file: line numbers counted from the file's start when known."""
    m = re.match(r"^(?:warta: )?-:(\d+):(.*)$", msg)
    if m and base is not None:
        return "%s:%d:%s" % (unit["path"], base + int(m.group(1)), m.group(2))
    if m:
        return "%s[bytes %d-%d]:%s:%s" % (unit["path"], unit["range"][0], unit["range"][1], m.group(1), m.group(2))
    return re.sub(r"^(?:warta: )?-:", "%s[bytes %d-%d]:" % (unit["path"], unit["range"][0], unit["range"][1]), msg)


def strip(msg):
    return msg[len("warta: "):] if msg.startswith("warta: ") else msg


def main(argv):
    try:
        o = parse_args(argv)
    except Usage as e:
        say(str(e))
        return 2
    if not o["warta"]:
        built = os.path.join(HERE, "..", "build", "warta")
        o["warta"] = os.path.abspath(built) if os.access(built, os.X_OK) else (shutil.which("warta") or built)
    o["warta"] = os.path.abspath(o["warta"])
    here = check_warta(o["warta"]) if o["db"] else None
    if here:
        say("the merge runs warta on this machine: " + here)
        return 2

    import logging
    from distributed import Client, LocalCluster, progress, wait

    t0 = time.time()
    cluster = None
    try:
        if o["scheduler"]:
            client = Client(o["scheduler"], timeout="30s")
            client.wait_for_workers(1, timeout=120)
        else:
            # listens on 127.0.0.1 only (LocalCluster's default for tcp; inproc with --threads)
            cluster = LocalCluster(n_workers=o["local"], threads_per_worker=1, processes=not o["threads"],
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    except Exception as e:
        say("no cluster: %s" % e)
        return 2
    tmpdir = None
    try:
        nworkers = len(client.scheduler_info()["workers"])
        bad = [b for b in client.run(check_warta, o["warta"]).values() if b]
        if bad:
            for b in bad:
                say("worker cannot run warta: " + b)
            return 2
        if o["out"]:
            outdir = os.path.abspath(o["out"])
            os.makedirs(outdir, exist_ok=True)
            old = [n for n in os.listdir(outdir) if re.fullmatch(r"part-\d+\.jsonl", n)]
            if old:
                say("%s holds parts of an earlier run (%s, ...): remove them or give another --out" %
                    (outdir, sorted(old)[0]))
                return 2
        else:
            outdir = tmpdir = tempfile.mkdtemp(prefix="warta-dask-")
        tasks, missing, total, chunk = plan(o, nworkers)
        t_plan = time.time()
        with open(os.path.join(outdir, "manifest.json"), "w") as f:
            json.dump({"inputs": o["inputs"], "chunk_size": chunk, "warta": o["warta"], "extract": o["extract"],
                       "tasks": tasks}, f, indent=1)
        if not o["quiet"]:
            files = len({u["path"] for t in tasks for u in t["units"]})
            say("%d files, %s in %d tasks of about %s on %d workers%s" %
                (files, human(total), len(tasks), human(chunk), nworkers,
                 "" if not o["db"] else "; merging into " + o["db"]))
        cwd = os.getcwd()
        run_id = uuid.uuid4().hex[:8]  # keys unique on a scheduler that other jobs share
        futures = []
        for t in tasks:
            spec = {"index": t["index"], "part": t["part"], "units": t["units"], "outdir": outdir,
                    "warta": o["warta"], "jobs": o["jobs"], "extract": o["extract"], "cwd": cwd,
                    "test_fail": o["test_fail"].get(t["index"])}
            futures.append(client.submit(run_task, spec, key="warta-extract-%s-%05d" % (run_id, t["index"]),
                                         retries=o["retries"], pure=False))
        merger = None
        if o["db"]:
            merger = Merger(o, tasks, futures, outdir)
            merger.start()
        if futures and o["progress"] == "bar":
            progress(futures)  # stops early when a task fails for good
            print(file=sys.stdout, flush=True)
        elif futures and o["progress"] == "plain":
            progress_plain(futures, tasks, t_plan)
        wait(futures)
        t_extract = time.time()
        if merger:
            merger.join()
        t_end = time.time()
        return summarize(o, tasks, futures, missing, merger, outdir, total, nworkers,
                         (t_plan - t0, t_extract - t_plan, t_end - t_extract, t_end - t0))
    finally:
        client.close()
        if cluster:
            cluster.close()
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)


def summarize(o, tasks, futures, missing, merger, outdir, total, nworkers, times):
    results, failed = [], []
    for t, f in zip(tasks, futures):
        if f.status == "finished":
            r = f.result()
        else:
            try:
                e = f.exception()
                why = "%s: %s" % (type(e).__name__, e)
            except Exception as e2:  # cancelled
                why = str(e2)
            r = {"index": t["index"], "status": "failed", "error": why, "messages": [], "records": 0}
        results.append(r)
        if r["status"] != "ok":
            what = t["units"][0]["path"] + ("" if len(t["units"]) == 1 else " and %d more" % (len(t["units"]) - 1))
            failed.append("task %d (%s): %s" % (t["index"], what, r["error"]))
    # line numbers of JSON Lines ranges: counted from the file's start
    base, bases = {}, {}
    for t, r in zip(tasks, results):
        u = t["units"][0]
        if "range" not in u:
            continue
        if u["piece"] == 0:
            base[u["path"]] = 0
        b = base.get(u["path"])
        bases[t["index"]] = b
        base[u["path"]] = b + r["newlines"] if b is not None and r.get("newlines") is not None else None
    bad = [(k, strip(m)) for k, m in missing]
    info, binary = [], 0
    for t, r in zip(tasks, results):
        from_dir = {u["path"] for u in t["units"] if u.get("from_dir")}
        for m in r["messages"]:
            if "range" in t["units"][0]:
                m = remap(m, t["units"][0], bases.get(t["index"]))
            m = strip(m)
            if INFO.search(m):
                info.append(m)
            elif ": binary data, not an article" in m and m.split(": binary data")[0] in from_dir:
                binary += 1  # as warta does inside folders: counted, not an error
            else:
                bad.append((t["index"], m))
    bad = [m for _, m in sorted(bad, key=lambda x: x[0])]  # in input order (the sort is stable)
    unlisted = sum(r.get("more_messages", 0) for r in results)
    records = sum(r.get("records", 0) for r in results)
    ok_tasks = sum(1 for r in results if r["status"] == "ok")
    tp, te, tm, tt = times
    rep = {
        "tasks": len(tasks), "tasks_ok": ok_tasks, "tasks_failed": len(tasks) - ok_tasks, "workers": nworkers,
        "bytes": total, "records_ok": records, "records_bad": len(bad) + unlisted, "binary_skipped": binary,
        "bad_not_listed": unlisted,
        "bad": bad, "failed_tasks": failed, "info": info,
        "seconds": {"start": round(tp, 3), "extract": round(te, 3), "merge_after_extract": round(tm, 3),
                    "total": round(tt, 3)},
        "hosts": sorted({r.get("host") for r in results if r.get("host")}),
        "out": outdir if o["out"] else None, "db": o["db"],
    }
    if merger:
        rep["merge"] = dict(merger.added, runs=merger.runs, seconds=round(merger.seconds, 3),
                            messages=merger.messages, error=merger.fatal, skipped_parts=merger.skipped)
        if merger.holds:
            rep["merge"]["store_holds"] = {"documents": merger.holds[0], "quotes": merger.holds[1],
                                           "speakers": merger.holds[2]}
    report = o["report"] or (os.path.join(outdir, "report.json") if o["out"] else None)
    if report:
        with open(report, "w") as f:
            json.dump(rep, f, indent=1, ensure_ascii=False)
    say("%d tasks: %d ok, %d failed; %d workers (%s)" %
        (len(tasks), ok_tasks, len(tasks) - ok_tasks, nworkers, ", ".join(rep["hosts"]) or "none"))
    say("records: %d extracted, %d bad%s; %.1f MB in %.1f s (%.2f MB/s)" %
        (records, len(bad) + unlisted, ", %d binary files in folders skipped" % binary if binary else "",
         total / 1e6, te, total / 1e6 / te if te > 0 else 0))
    if failed:
        say("failed tasks (after %d retries):" % o["retries"])
        for m in failed:
            print("  " + m, file=sys.stderr)
    if bad and not o["quiet"]:
        say("bad input%s:" % ("" if len(bad) <= o["max_messages"] else " (first %d of %d%s)" % (
            o["max_messages"], len(bad), "; all in " + report if report else "")))
        for m in bad[:o["max_messages"]]:
            print("  " + m, file=sys.stderr)
    if merger:
        m = rep["merge"]
        say("merged into %s: %d new documents, %d already stored, %d failed; %d quotes; %d runs of "
            "warta ingest, %.1f s, %.1f s after the last task" %
            (o["db"], m["new"], m["stored"], m["failed"], m["quotes"], m["runs"], m["seconds"], tm))
        if merger.holds and not o["quiet"]:
            say("%s holds %d documents, %d quotes, %d speakers" % ((o["db"],) + merger.holds))
        for line in merger.messages[:o["max_messages"]]:
            print("  " + line, file=sys.stderr)
        if merger.fatal:
            say("the merge failed: %s" % merger.fatal)
            return 3
    if o["out"] and not o["quiet"]:
        say("parts in %s (part-*.jsonl, manifest.json, report.json)" % outdir)
    if failed or bad or unlisted or (merger and (merger.added["failed"] or merger.messages)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
