-- wrk reporter for bench/run.sh: one machine-readable line after the run.
-- RESULT <requests/s> <p50 ms> <p95 ms> <p99 ms> <non-2xx/3xx responses> <socket errors>
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, errors))
end
