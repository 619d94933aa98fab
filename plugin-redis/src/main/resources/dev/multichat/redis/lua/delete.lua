-- KEYS: session hash, messages list, ids hash
-- ARGV: now
-- Returns the owner and updatedAt so the caller can remove the owner's index entry.
local now = tonumber(ARGV[1])
local st = live(KEYS[1], now)
if not st then
  return {'no'}
end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
if st.expired then
  return {'gone', st.o, st.u}
end
return {'ok', st.o, st.u}
