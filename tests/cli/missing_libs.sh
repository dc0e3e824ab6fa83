#!/usr/bin/env bash
# libxml2 and libmicrohttpd are opened at run time (src/ingest/libxml.c,
# cli/cmd_serve.c).  Without them -- simulated by a preloaded dlopen that
# refuses both -- an HTML page is an error that names the library, the rest
# of the batch is still extracted, and `warta serve` says what to install.
# Skipped (77) under ASan, whose runtime must be the first library loaded.
set -uo pipefail
warta=$1
data=$2
# (ldd's whole output first: "grep -q" closing the pipe early made ldd die
# of SIGPIPE, which pipefail turned into "no ASan", at random)
case "$(ldd "$warta" 2>/dev/null)" in *libasan*) echo "skip: ASan build"; exit 77 ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/nodl.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <string.h>
void *dlopen(const char *f, int m) {
  if (f && (strstr(f, "libxml2") || strstr(f, "libmicrohttpd"))) return NULL;
  void *(*real)(const char *, int) = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
  return real(f, m);
}
C
cc -shared -fPIC -o "$tmp/nodl.so" "$tmp/nodl.c" -ldl || { echo "FAIL cannot build the shim"; exit 1; }
fail=0
html=$(ls "$data"/*.html | head -1)
printf 'JAKARTA - "Kami siap," kata Presiden Joko Widodo, Senin (13/4/2020).\n' >"$tmp/a.txt"
LD_PRELOAD="$tmp/nodl.so" "$warta" extract --format jsonl "$html" "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
grep -q 'libxml2 could not be loaded' "$tmp/err" || { echo "FAIL no message naming libxml2: $(cat "$tmp/err")"; fail=1; }
[ "$(grep -c '"quotes"' "$tmp/out")" = 1 ] && grep -q 'Joko Widodo' "$tmp/out" || { echo "FAIL the text file after the page was not extracted"; fail=1; }
[ $rc -ne 0 ] || { echo "FAIL exit status 0 after a failed page"; fail=1; }
LD_PRELOAD="$tmp/nodl.so" timeout 20 "$warta" serve --db "$tmp/x.db" --port 0 >/dev/null 2>"$tmp/err2"
rc=$?
grep -q 'libmicrohttpd could not be loaded' "$tmp/err2" || { echo "FAIL serve: no message naming libmicrohttpd: $(cat "$tmp/err2")"; fail=1; }
[ $rc -ne 0 ] && [ $rc -ne 124 ] || { echo "FAIL serve exit status $rc"; fail=1; }
[ $fail = 0 ] && echo "ok   without libxml2 and libmicrohttpd: clear errors, the batch goes on"
exit $fail
