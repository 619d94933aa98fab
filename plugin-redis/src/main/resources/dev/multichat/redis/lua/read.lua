-- KEYS: session hash, messages list
-- ARGV: now, kind (tail | after | all), after seq, limit, view ('1': also answer the session
-- hash, read in the same script, for SessionStore.view; '' or absent: messages only)
-- Reads only the three fields it needs (lastSeq, trimmed through, expiresAt), then exactly the
-- requested seqs with one LRANGE: the list holds the untrimmed messages, seq f+1 at index 0, so
-- their indexes are computed. Each element starts with its own seq; the caller checks them.
-- The store's tail reads run this script only when their pipelined HMGET + LRANGE met a race
-- (see the README, "why a pipelined tail is linearizable").
local h = redis.call('HMGET', KEYS[1], 'l', 'f', 'e')
if not h[1] then
  return {'nf'}
end
local e = tonumber(h[3])
if e > 0 and e <= tonumber(ARGV[1]) then
  return {'nf'}
end
local f = tonumber(h[2])
local first = f + 1
local last = tonumber(h[1])
local kind = ARGV[2]
if kind == 'tail' then
  first = math.max(first, last - tonumber(ARGV[4]) + 1)
elseif kind == 'after' then
  first = math.max(first, tonumber(ARGV[3]) + 1)
  last = math.min(last, first + tonumber(ARGV[4]) - 1)
end
local vals = {}
if last >= first then
  vals = redis.call('LRANGE', KEYS[2], first - f - 1, last - f - 1)
end
if ARGV[5] == '1' then
  return {'ok', first, vals, redis.call('HGETALL', KEYS[1])}
end
return {'ok', first, vals}
