#!/usr/bin/env bash
# Installs what warta needs from Debian's packages (and, for the benchmark
# peer and the browser test, from npm).  Idempotent: silent when everything
# is present.  Run as root (or with sudo available) on Debian 12.
#
#   scripts/setup.sh build   compilers and libraries to build warta
#   scripts/setup.sh check   + what the test suite needs
#   scripts/setup.sh bench   + what the benchmarks need
set -euo pipefail
what=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)

build_pkgs=(gcc make cmake pkg-config python3 libutf8proc-dev libcjson-dev libsqlite3-dev
  libxml2-dev zlib1g-dev libmicrohttpd-dev)
build_pkgs+=(libdeflate-dev) # faster .warc.gz inflating (optional to the build; zlib does without)
check_pkgs=(libcmocka-dev clang libclang-rt-14-dev wget ca-certificates)
# the browser test (tests/browser): Debian's chromium driven by playwright-core from npm
check_pkgs+=(chromium nodejs npm)
# the scale-out test (tests/scale): Dask distributed's LocalCluster, run by /usr/bin/python3
check_pkgs+=(python3-distributed)
# the memory check of extraction (tests/cli/memcheck.sh): valgrind's memcheck
check_pkgs+=(valgrind)
bench_pkgs=(valgrind nodejs npm time bc)
bench_pkgs+=(wrk) # bench/load.sh: the HTTP API under load

pkgs=("${build_pkgs[@]}")
case "$what" in
  build) ;;
  check) pkgs+=("${check_pkgs[@]}") ;;
  bench) pkgs+=("${check_pkgs[@]}" "${bench_pkgs[@]}") ;;
  *) echo "usage: $0 build|check|bench" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  # node and npm may come from elsewhere than Debian: a working binary is enough
  if [ "$p" = nodejs ] && command -v node >/dev/null 2>&1; then continue; fi
  if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "warta setup: missing packages: ${missing[*]}" >&2
      echo "run as root: apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
  echo "warta setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    "${sudo[@]}" apt-get update -qq >/dev/null
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# the browser test's driver (playwright-core, no browser download: it uses
# /usr/bin/chromium); reinstalled when package-lock.json changes
if [ "$what" != build ]; then
  lock=$here/tests/browser/package-lock.json
  stamp=$here/tests/browser/node_modules/.warta-lock
  if [ -f "$lock" ] && ! cmp -s "$lock" "$stamp" 2>/dev/null; then
    echo "warta setup: installing the browser test's driver (playwright-core) from npm" >&2
    (cd "$here/tests/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --no-audit --no-fund >/dev/null)
    cp "$lock" "$stamp"
  fi
fi

if [ "$what" = bench ] && [ ! -d "$here/bench/node_modules/compromise" ]; then
  echo "warta setup: installing the benchmark peer (compromise) from npm" >&2
  (cd "$here/bench" && npm ci --silent --no-audit --no-fund >/dev/null)
fi
exit 0
