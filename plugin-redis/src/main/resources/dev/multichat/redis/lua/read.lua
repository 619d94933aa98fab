-- KEYS: session hash, messages hash
-- ARGV: now, kind (tail | after | all), after seq, limit, view ('1': also answer the session
-- hash, read in the same script, for SessionStore.view; '' or absent: messages only)
-- Reads only the three fields it needs (lastSeq, trimmed through, expiresAt), then exactly the
-- requested seqs (gapless, so their fields are computed): one HMGET of up to 1,000 fields,
-- returned as Redis gave it; longer ranges (kind 'all') are read 1,000 fields at a time.
local h = redis.call('HMGET', KEYS[1], 'l', 'f', 'e')
if not h[1] then
  return {'nf'}
end
local e = tonumber(h[3])
if e > 0 and e <= tonumber(ARGV[1]) then
  return {'nf'}
end
local first = tonumber(h[2]) + 1
local last = tonumber(h[1])
local kind = ARGV[2]
if kind == 'tail' then
  first = math.max(first, last - tonumber(ARGV[4]) + 1)
elseif kind == 'after' then
  first = math.max(first, tonumber(ARGV[3]) + 1)
  last = math.min(last, first + tonumber(ARGV[4]) - 1)
end
local function answer(first, vals)
  if ARGV[5] == '1' then
    return {'ok', first, vals, redis.call('HGETALL', KEYS[1])}
  end
  return {'ok', first, vals}
end
local function fields(from, to)
  local seqs = {}
  for s = from, to do
    seqs[#seqs + 1] = s
  end
  return redis.call('HMGET', KEYS[2], unpack(seqs))
end
if last < first then
  return answer(first, {})
end
if last - first < 1000 then
  return answer(first, fields(first, last))
end
local vals = {}
for from = first, last, 1000 do
  for _, v in ipairs(fields(from, math.min(last, from + 999))) do
    vals[#vals + 1] = v
  end
end
return answer(first, vals)
