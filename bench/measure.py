#!/usr/bin/env python3
"""Times a command the way bench/run.sh reports it.

    measure.py [--runs N] [--stdin FILE] [--label TEXT] [--bytes B] [--records R] -- CMD...

Runs CMD N times (stdout to /dev/null, or to --stdout FILE), each under
`/usr/bin/time -f '%e %M'`, and prints one JSON line with the median wall time
(measured here with a monotonic clock, finer than time's %e), the largest peak
RSS (time's %M, KiB), MB/s for B input bytes (MB = 10^6 bytes) and articles/s
for R records, and the median CPU time (user + system, time's %U + %S) with the
MB/s it gives: on a machine shared with other work, CPU time is the steadier
measure of one core's speed, wall time the one that shows --jobs scaling.  A run that exits non-zero is reported with its status and the
last lines of its standard error.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main(argv):
    runs, stdin, label, nbytes, records, stdout = 5, None, "", 0, 0, os.devnull
    i = 0
    while i < len(argv) and argv[i] != "--":
        a = argv[i]
        v = argv[i + 1] if i + 1 < len(argv) else None
        if a == "--runs":
            runs = int(v)
        elif a == "--stdin":
            stdin = v
        elif a == "--stdout":
            stdout = v
        elif a == "--label":
            label = v
        elif a == "--bytes":
            nbytes = int(v)
        elif a == "--records":
            records = int(v)
        else:
            sys.stderr.write(__doc__)
            return 2
        i += 2
    cmd = argv[i + 1:]
    if not cmd:
        sys.stderr.write(__doc__)
        return 2
    times, rss, cpu = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        tf = os.path.join(tmp, "time")
        ef = os.path.join(tmp, "err")
        for _ in range(runs):
            with open(stdin or os.devnull, "rb") as fin, open(stdout, "wb") as fout, open(ef, "wb") as ferr:
                t0 = time.perf_counter()
                p = subprocess.run(["/usr/bin/time", "-o", tf, "-f", "%e %M %U %S"] + cmd, stdin=fin, stdout=fout,
                                   stderr=ferr)
                dt = time.perf_counter() - t0
            if p.returncode not in (0, 1):
                with open(ef, errors="replace") as f:
                    tail = f.read()[-2000:]
                print(json.dumps({"label": label, "error": p.returncode, "stderr": tail}))
                return 1
            with open(tf) as f:
                last = f.read().strip().splitlines()[-1].split()
            times.append(dt)
            rss.append(int(last[1]))
            cpu.append(float(last[2]) + float(last[3]))
    med = statistics.median(times)
    mcpu = statistics.median(cpu)
    out = {"label": label, "runs": runs, "seconds": round(med, 4), "min": round(min(times), 4),
           "max": round(max(times), 4), "rss_kb": max(rss), "bytes": nbytes, "records": records,
           "mb_s": round(nbytes / 1e6 / med, 1) if nbytes else None,
           "articles_s": round(records / med) if records else None,
           "cpu_seconds": round(mcpu, 3), "mb_s_cpu": round(nbytes / 1e6 / mcpu, 1) if nbytes and mcpu > 0 else None}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
