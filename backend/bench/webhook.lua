-- wrk script: posts pre-signed WhatsApp webhooks (WRK_BODIES_FILE, "<signature><TAB><body>" per line, made
-- by tools/graph-standin/bench-bodies.mjs) to the path given to wrk. Each of the WRK_THREADS threads posts
-- its own share of the lines, in order, so every body is posted once until the file runs out (then the share
-- starts over: Meta's redeliveries). Prints
--   RESULT <req/s> <p50 ms> <p95 ms> <p99 ms> <errors>        (as report.lua)
--   WEBHOOKS <posted> <acknowledged (200)> <redelivered>
local threads = {}
setup = function(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads - 1)
end

init = function(args)
  local count = tonumber(os.getenv("WRK_THREADS") or "1")
  signatures, bodies = {}, {}
  local n = 0
  for line in io.lines(os.getenv("WRK_BODIES_FILE")) do
    if n % count == tid then
      local tab = line:find("\t", 1, true)
      signatures[#signatures + 1] = line:sub(1, tab - 1)
      bodies[#bodies + 1] = line:sub(tab + 1)
    end
    n = n + 1
  end
  next_body, posted, acknowledged, redelivered = 0, 0, 0, 0
end

request = function()
  next_body = next_body + 1
  if next_body > #bodies then
    next_body = 1
  end
  posted = posted + 1
  if posted > #bodies then
    redelivered = redelivered + 1
  end
  return wrk.format("POST", wrk.path, {
    ["Content-Type"] = "application/json",
    ["X-Hub-Signature-256"] = signatures[next_body],
  }, bodies[next_body])
end

response = function(status, headers, body)
  if status == 200 then
    acknowledged = acknowledged + 1
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
  local posted, acknowledged, redelivered = 0, 0, 0
  for _, thread in ipairs(threads) do
    posted = posted + thread:get("posted")
    acknowledged = acknowledged + thread:get("acknowledged")
    redelivered = redelivered + thread:get("redelivered")
  end
  io.write(string.format("WEBHOOKS %d %d %d\n", posted, acknowledged, redelivered))
end
