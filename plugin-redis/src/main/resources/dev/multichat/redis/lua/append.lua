-- KEYS: session hash, messages hash (seq -> "id\nmessage"), ids hash (message id -> seq)
-- ARGV: now, expected version (0 = any), n, then n message ids ('' = none), then n values,
--       then the owner-index key's start ('' on a cluster), the session id, the store's
--       change channel ('' on a cluster) and the call's token ('' when every draft has an id)
-- On a single server (or Sentinel) every key lives on the one server, so the script also moves
-- the session's entry in its owner's index (ZADD XX LT, as OwnerIndex.touch does); on a cluster
-- that key is in another slot and the caller updates it with a second command. Likewise, on a
-- single server the script publishes the change hint (the session id) on the store's channel;
-- on a cluster the caller publishes it.
-- Mirrors the shared rules (dev.multichat.spi.ReplayDecision, SessionRules, TtlRule) so it can
-- refuse without writing; the caller then applies those rules to what it returns.
local now = tonumber(ARGV[1])
local st = live(KEYS[1], now)
if not st or st.expired then
  return {'nf'}
end
local n = tonumber(ARGV[3])
-- A batch with drafts without ids carries a token made for this call: a client that re-sends
-- the call after a reconnect (Lettuce's replay) finds it and gets the stored messages back.
-- The last tokens (about 32) are kept in the ids hash's field '' (message ids are never empty).
local token = ARGV[7 + 2 * n]
local recent = ''
if token ~= '' then
  recent = redis.call('HGET', KEYS[3], '') or ''
  local first = string.match(recent, '|' .. token .. ':(%d+)')
  if first then
    local again = {}
    for k = 0, n - 1 do
      again[#again + 1] = tonumber(first) + k
    end
    return {'rt', meta(), {}, again, redis.call('HMGET', KEYS[2], unpack(again))}
  end
end
local seqs = {}
local stored = {}
for k = 1, n do
  local id = ARGV[3 + k]
  if id ~= '' then
    local seq = redis.call('HGET', KEYS[3], id)
    if seq then
      seqs[#seqs + 1] = tonumber(seq)
      stored[#stored + 1] = id
    end
  end
end
if #seqs > 0 then
  if #seqs < n then
    return {'mx', meta(), stored}
  end
  touch_index(ARGV[4 + 2 * n], ARGV[5 + 2 * n], st.o, tonumber(st.u))
  table.sort(seqs)
  local vals = redis.call('HMGET', KEYS[2], unpack(seqs))
  return {'rp', meta(), stored, seqs, vals}
end
local expected = tonumber(ARGV[2])
if expected > 0 and expected ~= st.v then
  return {'vc', meta()}
end
local seq = st.l
for k = 1, n do
  seq = seq + 1
  redis.call('HSET', KEYS[2], seq, ARGV[3 + n + k])
  local id = ARGV[3 + k]
  if id ~= '' then
    redis.call('HSET', KEYS[3], id, seq)
  end
end
if token ~= '' then
  recent = '|' .. token .. ':' .. (st.l + 1) .. recent
  if #recent > 1000 then
    recent = string.sub(recent, 1, string.find(recent, '|[^|]*$', 900) - 1)
  end
  redis.call('HSET', KEYS[3], '', recent)
end
local e = sliding_expiry(st, now)
redis.call('HSET', KEYS[1], 'u', ARGV[1], 'v', st.v + 1, 'l', seq, 'e', e)
expire_all(e, now, st.e)
touch_index(ARGV[4 + 2 * n], ARGV[5 + 2 * n], st.o, now)
if ARGV[6 + 2 * n] ~= '' then
  redis.call('PUBLISH', ARGV[6 + 2 * n], ARGV[5 + 2 * n])
end
return {'ok', meta()}
