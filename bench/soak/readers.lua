-- Readers: story pages (most of the traffic, many of them), section pages, the home page and searches.
-- PATHS_FILE holds one story path a line; the mix is 70% stories, 10% sections, 10% home, 10% search.
local paths, sections = {}, {}
local words = {"الحكومة", "الانتخابات", "النفط", "الرياضة", "كورونا", "الاقتصاد", "غزة", "المغرب", "مصر", "السودان"}

function init(args)
  for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
  for line in io.lines(os.getenv("SECTIONS_FILE")) do sections[#sections + 1] = line end
  math.randomseed(os.time() + (args[1] or 0))
end

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  local r = math.random(100)
  if r <= 70 then return wrk.format("GET", paths[math.random(#paths)]) end
  if r <= 80 then return wrk.format("GET", sections[math.random(#sections)]) end
  if r <= 90 then return wrk.format("GET", "/") end
  return wrk.format("GET", "/search?q=" .. encode(words[math.random(#words)]))
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("READERS %d %d %d %.1f %.1f %.1f %.1f\n", summary.requests, summary.errors.status, errors,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
