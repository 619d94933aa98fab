-- KEYS: session hash, messages hash
-- ARGV: now, kind (tail | after | all), after seq, limit
local now = tonumber(ARGV[1])
local st = live(KEYS[1], now)
if not st or st.expired then
  return {'nf'}
end
local first = st.f + 1
local last = st.l
local kind = ARGV[2]
if kind == 'tail' then
  first = math.max(first, last - tonumber(ARGV[4]) + 1)
elseif kind == 'after' then
  first = math.max(first, tonumber(ARGV[3]) + 1)
  last = math.min(last, first + tonumber(ARGV[4]) - 1)
end
local vals = {}
local from = first
while from <= last do
  local to = math.min(last, from + 999)
  local chunk = {}
  for s = from, to do
    chunk[#chunk + 1] = s
  end
  local got = redis.call('HMGET', KEYS[2], unpack(chunk))
  for _, v in ipairs(got) do
    vals[#vals + 1] = v
  end
  from = to + 1
end
return {'ok', first, vals}
