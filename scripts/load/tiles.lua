-- wrk script for `make load`: a mix of cached and uncached tiles, and a count of every status.
-- LOAD_HOT and LOAD_COLD name files of paths (one per line); LOAD_COLD_SHARE is the share of cold requests.

local function read_lines(name)
  local lines = {}
  for line in io.lines(name) do lines[#lines + 1] = line end
  assert(#lines > 0, name .. " holds no paths")
  return lines
end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  hot = read_lines(os.getenv("LOAD_HOT"))
  cold = read_lines(os.getenv("LOAD_COLD"))
  cold_share = tonumber(os.getenv("LOAD_COLD_SHARE") or "0.3")
  math.randomseed(id * 7919)
  statuses = {}
end

function request()
  local list = math.random() < cold_share and cold or hot
  return wrk.format("GET", list[math.random(#list)])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  io.write("STATUSES")
  for status, count in pairs(totals) do io.write(string.format(" %d=%d", status, count)) end
  io.write("\n")
  io.write(string.format("LATENCY p50=%.1f p90=%.1f p99=%.1f max=%.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("REQUESTS %d in %.1f s, errors: connect %d read %d write %d timeout %d\n",
    summary.requests, summary.duration / 1e6, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout))
end
