-- load.lua — wrk script for bench/load.sh: GET /api/search with a few query
-- variants (full text, filters, ranking, paging), round robin per thread,
-- and a summary that load.sh reads (req/s, latency percentiles, errors).
-- With WARTA_LOAD=bad it sends bad requests instead (all must be 4xx).
local good = {
  "/api/search?q=Rusia",
  "/api/search?q=harga&limit=50",
  "/api/search?speaker=Kim&source=TASS",
  "/api/search?q=pupuk&sort=rank",
  "/api/search?kind=direct&from=2023-11-01&limit=100",
  "/api/search?q=%22kata%22+OR+mengatakan&offset=5",
  "/api/search",
  "/api/search?outlet=ANTARA&q=stok",
}
local bad = {
  "/api/search?q=%ff",
  "/api/search?q=%zz",
  "/../etc/passwd",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/api/search?limit=-1",
  "/api/search?q=%22unclosed",
  "/api/quotes/abc",
  "/api/nothing",
}
local paths = os.getenv("WARTA_LOAD") == "bad" and bad or good
local i = 0

setup = function(thread)
  thread:set("offset", math.random(#paths))
end

request = function()
  i = i + 1
  return wrk.format("GET", paths[((i + (offset or 0)) % #paths) + 1])
end

done = function(summary, latency, requests)
  local s = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("seconds %.1f\n", s))
  io.write(string.format("req/s %.0f\n", summary.requests / s))
  io.write(string.format("p50_ms %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("p90_ms %.2f\n", latency:percentile(90) / 1000))
  io.write(string.format("p99_ms %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("max_ms %.2f\n", latency.max / 1000))
  io.write(string.format("errors_connect %d\nerrors_read %d\nerrors_write %d\nerrors_timeout %d\nstatus_4xx_5xx %d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
end
