-- wrk script: optional request list (paths from WRK_PATHS_FILE, one per line, used round-robin) and a
-- one-line summary: requests/s, p50/p95/p99 in ms, errors (non-2xx and socket errors).
local paths = {}
local counter = 0
local file = os.getenv("WRK_PATHS_FILE")
if file then
  for line in io.lines(file) do paths[#paths + 1] = line end
end
local method = os.getenv("WRK_METHOD") or "GET"
-- WRK_DELAY_MS: each connection waits this long between requests (a steady load instead of flat out)
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")
if pause > 0 then
  delay = function() return pause end
end

-- every thread walks its own part of the request list with its own idempotency keys
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

init = function(args)
  counter = (tid or 0) * 100003
  math.randomseed(os.time() + (tid or 0) * 7919)
end
local body = os.getenv("WRK_BODY")

request = function()
  local path = wrk.path
  if #paths > 0 then
    counter = counter + 1
    path = paths[(counter % #paths) + 1]
  end
  local headers = {}
  headers["Authorization"] = "Bearer " .. os.getenv("WRK_TOKEN")
  if body then
    headers["Content-Type"] = "application/json"
    headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", tid or 0, math.random(1, 1000000000), counter)
  end
  return wrk.format(method, path, headers, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
