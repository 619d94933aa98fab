-- KEYS: session hash, messages list, ids hash
-- ARGV: now, owner, title, metadata JSON, ttl ms, sliding 0/1, expiresAt (0 = never)
local now = tonumber(ARGV[1])
local st = live(KEYS[1], now)
if st and not st.expired then
  return {'ex', meta()}
end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
local e = tonumber(ARGV[7])
redis.call('HSET', KEYS[1], 'o', ARGV[2], 't', ARGV[3], 'md', ARGV[4], 'c', ARGV[1], 'u', ARGV[1],
  'e', ARGV[7], 'v', '1', 'l', '0', 'f', '0', 'tl', ARGV[5], 'sl', ARGV[6])
expire_all(e, now, 1)
return {'ok', meta()}
