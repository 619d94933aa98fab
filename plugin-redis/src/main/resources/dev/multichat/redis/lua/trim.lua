-- KEYS: session hash, messages hash, ids hash
-- ARGV: now, through seq, then the owner-index key's start, the session id, the change
--       channel and the store's own subscribers, as for the update script
local now = tonumber(ARGV[1])
local st = live(KEYS[1], now)
if not st or st.expired then
  return {'nf'}
end
local through = math.min(tonumber(ARGV[2]), st.l)
if through <= st.f then
  return {'ok', meta(), 0}
end
for s = st.f + 1, through do
  local v = redis.call('HGET', KEYS[2], s)
  if v then
    local nl = string.find(v, '\n', 1, true)
    if nl and nl > 1 then
      redis.call('HDEL', KEYS[3], string.sub(v, 1, nl - 1))
    end
    redis.call('HDEL', KEYS[2], s)
  end
end
local e = sliding_expiry(st, now)
redis.call('HSET', KEYS[1], 'u', ARGV[1], 'v', st.v + 1, 'f', through, 'e', e)
expire_all(e, now, st.e)
touch_index(ARGV[3], ARGV[4], st.o, now)
hint(ARGV[5], ARGV[4], ARGV[6])
return {'ok', meta(), through - st.f}
