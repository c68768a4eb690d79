-- One authenticated scenario of bench/run.sh for wrk, configured through the environment:
--   BENCH_NAME    the scenario's name, as the results table shows it
--   BENCH_TOKEN   a file holding the header line that signs in: "Authorization: Bearer …" or "Cookie: …" (empty: none)
--   BENCH_PATHS   a file of request lines: "path" or "path<TAB>argument"
--   BENCH_METHOD  GET (the default) or POST
--   BENCH_BODY    the body of a POST: {n} becomes a running number, {n100} that number modulo 100, {arg} the line's argument
--   BENCH_OUT     a file the scenario's figures are appended to, one JSON object per line
--   BENCH_THREADS wrk's thread count (for check-ins)
-- Threads take the lines round-robin. A body sending "version":{arg} is a check-in: each thread (run with one
-- connection each) keeps to its own lines (every BENCH_THREADS-th, from its own index) and takes the new version from
-- every answer, so no request conflicts.

local function slurp(file)
  local f = assert(io.open(file))
  local s = f:read("*a")
  f:close()
  return s
end

local name = os.getenv("BENCH_NAME")
-- The credential is a header line: "Authorization: Bearer …" for the API, "Cookie: …" for pages (they take no token).
local credential = slurp(os.getenv("BENCH_TOKEN")):gsub("%s+$", "")
local header_name, header_value = credential:match("^([^:]+):%s*(.*)$")
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY") or ""
local owned = body:find('"version":{arg}', 1, true) ~= nil
local lines = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  local path, arg = line:match("^([^\t]+)\t?(.*)$")
  if path then lines[#lines + 1] = { path = path, arg = arg } end
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("index", threads)
end

local n, next_line, mine, current
function init(args)
  n = index * 10000000
  next_line = index
  if owned then
    mine = {}
    local step = tonumber(os.getenv("BENCH_THREADS") or "1")
    for i = (index - 1) % #lines + 1, #lines, step do mine[#mine + 1] = lines[i] end
  end
end

function request()
  n = n + 1
  local line
  if owned then
    current = mine[n % #mine + 1]
    line = current
  else
    next_line = next_line % #lines + 1
    line = lines[next_line]
  end
  local headers = {}
  if header_name then headers[header_name] = header_value end
  if method == "GET" then return wrk.format(method, line.path, headers) end
  headers["Content-Type"] = "application/json"
  local text = body:gsub("{n100}", tostring(n % 100)):gsub("{n}", tostring(n)):gsub("{arg}", line.arg)
  return wrk.format(method, line.path, headers, text)
end

if owned then
  -- The answer is the goal with its key results: the key result just checked in on, then its version, come first.
  function response(status, headers, answer)
    if status ~= 201 then return end
    local id = current.path:match("key%-results/([%x%-]+)/")
    local at = answer:find(id, 1, true)
    local version = at and answer:match('"version":(%d+)', at)
    if version then current.arg = version end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local out = assert(io.open(os.getenv("BENCH_OUT"), "a"))
  out:write(string.format(
    '{"name":"%s","requests":%d,"seconds":%.3f,"p50":%.3f,"p95":%.3f,"p99":%.3f,"non2xx":%d,"socketErrors":%d}\n',
    name, summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
  out:close()
end
