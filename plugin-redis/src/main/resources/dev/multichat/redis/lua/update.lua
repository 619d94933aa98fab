-- KEYS: session hash, messages list, ids hash
-- ARGV: now, expected version (0 = any), set title 0/1, title, set metadata 0/1, metadata JSON,
--       set ttl 0/1, ttl ms, sliding 0/1, expiresAt of the new ttl (0 = never), then (as the
--       append script's) the owner-index key's start ('' on a cluster), the session id, the
--       store's change channel ('' on a cluster) and how many of its subscribers are the
--       calling store's own: on a single server the script moves the owner-index entry and
--       publishes the hint itself; on a cluster the caller does both
local now = tonumber(ARGV[1])
local st = live(KEYS[1], now)
if not st or st.expired then
  return {'nf'}
end
local expected = tonumber(ARGV[2])
if expected > 0 and expected ~= st.v then
  return {'vc', meta()}
end
if ARGV[3] == '1' then
  redis.call('HSET', KEYS[1], 't', ARGV[4])
end
if ARGV[5] == '1' then
  redis.call('HSET', KEYS[1], 'md', ARGV[6])
end
local e
if ARGV[7] == '1' then
  e = tonumber(ARGV[10])
  redis.call('HSET', KEYS[1], 'tl', ARGV[8], 'sl', ARGV[9])
else
  e = sliding_expiry(st, now)
end
redis.call('HSET', KEYS[1], 'u', ARGV[1], 'v', st.v + 1, 'e', e)
expire_all(e, now, st.e)
touch_index(ARGV[11], ARGV[12], st.o, now)
hint(ARGV[13], ARGV[12], ARGV[14])
return {'ok', meta()}
