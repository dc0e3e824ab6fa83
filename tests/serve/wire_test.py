#!/usr/bin/env python3
"""`warta serve` on the wire: raw HTTP requests over loopback sockets.

    wire_test.py WARTA SAMPLES_DIR

Builds a small store from the samples, starts the server on a free port and
sends what browsers and attackers send: huge bodies (with and without a
Content-Length), invalid UTF-8 and NUL bytes in paths and query strings,
'../' paths in every spelling, malformed query strings, wrong methods, many
requests on one keep-alive connection and several connections at once.
Every answer must be a 4xx (or the 200 it should be), the server must stay
up, and SIGTERM must let a request in progress finish, then exit 0.
"""
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

warta, samples = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def read_response(s):
    """Reads one HTTP response; returns (status, headers, body)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before the headers ({data[:200]!r})")
        data += chunk
    head, rest = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    n = int(headers.get("content-length", "0"))
    while len(rest) < n:
        chunk = s.recv(65536)
        if not chunk:
            break
        rest += chunk
    return status, headers, rest[:n]


def raw(port, request, timeout=20):
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(request)
        return read_response(s)
    finally:
        s.close()


def get(port, target, method="GET"):
    req = f"{method} ".encode() + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    return raw(port, req)


def is_json_error(status, headers, body):
    try:
        e = json.loads(body)["error"]
        return e["status"] == status and e["message"]
    except Exception:  # noqa: BLE001 -- any shape problem is a failure
        return False


def main():
    tmp = tempfile.mkdtemp(prefix="warta-wire-")
    db = os.path.join(tmp, "w.db")
    for name, date in [("voi-kim-putin.txt", "2023-09-13"), ("antara-pupuk-bersubsidi.txt", "2023-11-16")]:
        subprocess.run([warta, "ingest", "--quiet", "--db", db, "--published", date, os.path.join(samples, name)],
                       check=True)
    article = open(os.path.join(samples, "voi-kim-putin.txt"), "rb").read()
    proc = subprocess.Popen([warta, "serve", "--db", db, "--port", "0", "--threads", "2", "--log"],
                            stderr=subprocess.PIPE, text=True, errors="replace")
    port = None
    lines = []
    deadline = time.time() + 20
    while time.time() < deadline and port is None:
        line = proc.stderr.readline()
        lines.append(line)
        m = re.search(r"serving http://127\.0\.0\.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
    if port is None:
        print("FAIL the server did not start:", "".join(lines))
        proc.kill()
        return 1
    log = []
    threading.Thread(target=lambda: log.extend(proc.stderr), daemon=True).start()

    # the basics over the wire
    st, h, body = get(port, b"/healthz")
    check("GET /healthz", st == 200 and h["content-type"].startswith("application/json"), (st, body[:200]))
    st, h, body = get(port, b"/")
    check("GET / serves the page with a content security policy",
          st == 200 and "default-src 'none'" in h.get("content-security-policy", "")
          and h.get("x-content-type-options") == "nosniff", h)
    st, h, body = get(port, b"/", method="HEAD")
    check("HEAD / has no body", st == 200 and body == b"", (st, body[:50]))
    st, h, body = get(port, b"/api/search?q=Rusia&limit=3")
    check("GET /api/search", st == 200 and len(json.loads(body)["results"]) >= 1, body[:200])

    # bad requests: 4xx with a JSON error, never a crash
    bad = [
        (b"/../etc/passwd", 400), (b"/%2e%2e/%2e%2e/etc/passwd", 400), (b"/..%2f..%2fetc%2fpasswd", 400),
        (b"/.%2E/x", 400), (b"/api/../../etc/passwd", 400), (b"/%c0%ae%c0%ae/etc/passwd", 400),
        (b"/etc/passwd", 404), (b"/index.html%00.js", 400), (b"/\xff\xfe", 400), (b"/%ff", 400),
        (b"/api/search?q=\xff", 400), (b"/api/search?q=%ff%fe", 400), (b"/api/search?q=%", 400),
        (b"/api/search?q=%zz", 400), (b"/api/search?=x", 400), (b"/api/search?q=a%00b", 400),
        (b"/api/search?limit=-5", 400), (b"/api/search?kind=x", 400), (b"/api/search?from=2023-02-30x", 400),
        (b"/api/search?q=" + b"a" * 5000, 414), (b"/api/quotes/abc", 400), (b"/api/quotes/99999999", 404),
        (b"/api/nothing", 404), (b"/api/search?q=%22", 400),
    ]
    for target, want in bad:
        try:
            st, h, body = get(port, target)
            ok = st == want and is_json_error(st, h, body)
        except (ConnectionError, OSError) as e:
            st, body, ok = None, str(e).encode(), False
        check(f"{target[:60]!r} -> {want}", ok, (st, body[:200]))
    st, h, body = get(port, b"/api/search", method="DELETE")
    check("DELETE -> 405 with Allow", st == 405 and h.get("allow") == "GET, HEAD", (st, h))
    st, h, body = get(port, b"/api/extract")
    check("GET /api/extract -> 405 with Allow: POST", st == 405 and h.get("allow") == "POST", (st, h))

    # bodies
    def post(body, ctype=b"text/plain", extra=b"", target=b"/api/extract?published=2023-09-13"):
        req = (b"POST " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: " + ctype +
               b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n" + extra + b"\r\n" + body)
        return raw(port, req, timeout=60)

    st, h, body = post(article)
    r = json.loads(body) if st == 200 else {}
    check("POST /api/extract -> schema 1 with the text", st == 200 and r.get("warta") == 1 and
          r.get("text", "").encode() == article and len(r.get("quotes", [])) >= 8, (st, body[:200]))
    st, h, body = post(b"abc\xff\xfe def")
    check("POST invalid UTF-8 -> 400", st == 400 and is_json_error(st, h, body), (st, body[:200]))
    st, h, body = post(b"{}", ctype=b"application/json")
    check("POST application/json -> 415", st == 415, (st, body[:200]))
    st, h, body = post(b"")
    check("POST an empty body -> 400", st == 400, (st, body[:200]))
    # a Content-Length over the limit is answered before the body is sent
    req = (b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
           b"Content-Length: 1000000000\r\nExpect: 100-continue\r\n\r\n")
    st, h, body = raw(port, req)
    check("Content-Length 1 GB -> 413 before the body", st == 413 and is_json_error(st, h, body), (st, body[:200]))
    # 9 MiB sent in full
    big = b"a" * (9 * 1024 * 1024)
    try:
        st, h, body = post(big)
    except (ConnectionError, OSError) as e:
        st, body = None, str(e).encode()
    check("a 9 MiB body -> 413", st == 413, (st, body[:200]))
    # 9 MiB chunked, no Content-Length
    s = socket.create_connection(("127.0.0.1", port), timeout=60)
    s.sendall(b"POST /api/extract HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/plain\r\n"
              b"Transfer-Encoding: chunked\r\n\r\n")
    piece = b"a" * 65536
    for _ in range(144):
        s.sendall(b"10000\r\n" + piece + b"\r\n")
    s.sendall(b"0\r\n\r\n")
    st, h, body = read_response(s)
    s.close()
    check("a 9 MiB chunked body -> 413", st == 413, (st, body[:200]))
    # garbage that is not HTTP
    for junk in [b"\x00\x01\x02\r\n\r\n", b"GET\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n",
                 b"GET /healthz HTTP/1.1\r\nHost: x\r\nX: " + b"y" * 70000 + b"\r\n\r\n"]:
        try:
            st, h, body = raw(port, junk, timeout=3)
        except (ConnectionError, OSError):
            st = "closed"
        check(f"junk {junk[:20]!r} -> 4xx or closed", st == "closed" or 400 <= st < 500 or st == 505, st)

    # keep-alive: many requests on one connection
    s = socket.create_connection(("127.0.0.1", port), timeout=20)
    statuses = []
    for i in range(50):
        s.sendall(f"GET /api/search?q=Rusia&offset={i % 3} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        statuses.append(read_response(s)[0])
    s.close()
    check("50 requests on one keep-alive connection", statuses == [200] * 50, statuses)

    # several connections at once
    results = []

    def worker(k):
        for i in range(20):
            try:
                results.append(get(port, f"/api/speakers?limit={1 + (k + i) % 5}".encode())[0])
            except OSError as e:
                results.append(str(e))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check("8 connections x 20 requests", results == [200] * 160, [r for r in results if r != 200][:5])
    st, h, body = get(port, b"/healthz")
    check("the server is still up", st == 200, st)

    # SIGTERM while a request is in progress: it finishes, then exit 0
    slow = article * 150  # 300 KB: extraction takes a while
    out = {}

    def slow_post():
        try:
            out["r"] = post(slow, target=b"/api/extract")
        except OSError as e:
            out["r"] = (str(e), {}, b"")

    t = threading.Thread(target=slow_post)
    t.start()
    time.sleep(0.15)
    proc.send_signal(signal.SIGTERM)
    t.join(60)
    try:
        code = proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        code = "hung"
    st = out.get("r", (None,))[0]
    check("SIGTERM lets the request in progress finish", st == 200, st)
    check("SIGTERM: exit code 0", code == 0, code)
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        closed = False
    except OSError:
        closed = True
    check("after SIGTERM the port is closed", closed)
    text = "".join(log)
    check("no sanitizer report", "ERROR: AddressSanitizer" not in text and "runtime error" not in text,
          text[-2000:])
    for f in os.listdir(tmp):
        os.unlink(os.path.join(tmp, f))
    os.rmdir(tmp)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
