-- KEYS: session hash, messages list, ids hash
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
-- the trimmed elements are the list's first (through - f); their ids are forgotten (HDEL in
-- batches of 1,000, the size unpack() takes safely), then one LTRIM drops them
local count = through - st.f
local ids = {}
for _, v in ipairs(redis.call('LRANGE', KEYS[2], 0, count - 1)) do
  local a = string.find(v, '\n', 1, true)
  local b = a and string.find(v, '\n', a + 1, true)
  if b and b > a + 1 then
    ids[#ids + 1] = string.sub(v, a + 1, b - 1)
  end
  if #ids == 1000 then
    redis.call('HDEL', KEYS[3], unpack(ids))
    ids = {}
  end
end
if #ids > 0 then
  redis.call('HDEL', KEYS[3], unpack(ids))
end
redis.call('LTRIM', KEYS[2], count, -1)
local e = sliding_expiry(st, now)
redis.call('HSET', KEYS[1], 'u', ARGV[1], 'v', st.v + 1, 'f', through, 'e', e)
expire_all(e, now, st.e)
touch_index(ARGV[3], ARGV[4], st.o, now)
hint(ARGV[5], ARGV[4], ARGV[6])
return {'ok', meta(), through - st.f}
