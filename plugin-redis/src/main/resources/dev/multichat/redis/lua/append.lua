-- KEYS: session hash, messages list ("seq\nid\nmessage" in seq order, the untrimmed ones only),
--       ids hash (message id -> seq)
-- ARGV: now, expected version (0 = any), n, then n message ids ('' = none), then n values,
--       then the owner-index key's start ('' on a cluster), the session id, the store's
--       change channel ('' on a cluster), the call's token ('' when every draft has an id),
--       how many of the channel's subscribers are the calling store's own (0 or 1), then '1' and
--       the session's new metadata (JSON) for an append that also replaces the metadata
--       (dev.multichat.spi.StampedAppends: the version moves by two), else '0' and ''
-- On a single server (or Sentinel) every key lives on the one server, so the script also moves
-- the session's entry in its owner's index (ZADD XX LT, as OwnerIndex.touch does); on a cluster
-- that key is in another slot and the caller updates it with a second command. Likewise, on a
-- single server the script publishes the change hint (the session id) on the store's channel
-- when another store listens; on a cluster the caller publishes it.
-- Mirrors the shared rules (dev.multichat.spi.ReplayDecision, SessionRules, TtlRule) so it can
-- refuse without writing; the caller then applies those rules to what it returns.
-- The session hash is read once, every field (HMGET, not live()), and the reply is built from
-- those values (updated where the append changed them) instead of a second read (HGETALL).
local now = tonumber(ARGV[1])
local h = redis.call('HMGET', KEYS[1], 'v', 'l', 'f', 'e', 'tl', 'sl', 'u', 'o', 't', 'md', 'c')
if not h[1] then
  return {'nf'}
end
local st = {v = tonumber(h[1]), l = tonumber(h[2]), e = tonumber(h[4]), tl = tonumber(h[5]),
            sl = tonumber(h[6]), u = h[7], o = h[8]}
if st.e > 0 and st.e <= now then
  return {'nf'}
end
-- the session hash as HGETALL would return it
local function meta()
  return {'o', h[8], 't', h[9], 'md', h[10], 'c', h[11], 'u', h[7], 'e', h[4], 'v', h[1], 'l', h[2],
          'f', h[3], 'tl', h[5], 'sl', h[6]}
end
local n = tonumber(ARGV[3])
-- A batch with drafts without ids carries a token made for this call: a client that re-sends
-- the call after a reconnect (Lettuce's replay) finds it and gets the stored messages back.
-- The last tokens (about 32) are kept in the ids hash's field '' (message ids are never empty).
local token = ARGV[7 + 2 * n]
local recent = ''
if token ~= '' then
  recent = redis.call('HGET', KEYS[3], '') or ''
  -- plain finds (memchr-fast), not patterns: a pattern scan of the 1 KB cost tens of microseconds
  local at = string.find(recent, '|' .. token .. ':', 1, true)
  if at then
    local first = string.match(recent, '^%d+', at + #token + 2)
    local again = {}
    for k = 0, n - 1 do
      again[#again + 1] = tonumber(first) + k
    end
    return {'rt', meta(), {}, again, stored_values(again, tonumber(h[3]))}
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
  return {'rp', meta(), stored, seqs, stored_values(seqs, tonumber(h[3]))}
end
local expected = tonumber(ARGV[2])
if expected > 0 and expected ~= st.v then
  return {'vc', meta()}
end
local seq = st.l
local items = {}
for k = 1, n do
  seq = seq + 1
  items[k] = seq .. '\n' .. ARGV[3 + n + k]
  local id = ARGV[3 + k]
  if id ~= '' then
    redis.call('HSET', KEYS[3], id, seq)
  end
end
-- one RPUSH per 1,000 (unpack's safe size; a batch is at most maxBatch drafts, which may be more)
for from = 1, n, 1000 do
  redis.call('RPUSH', KEYS[2], unpack(items, from, math.min(n, from + 999)))
end
if token ~= '' then
  recent = '|' .. token .. ':' .. (st.l + 1) .. recent
  if #recent > 1000 then
    recent = string.sub(recent, 1, string.find(recent, '|', 900, true) - 1)
  end
  redis.call('HSET', KEYS[3], '', recent)
end
local e = sliding_expiry(st, now)
local v = st.v + 1
if ARGV[9 + 2 * n] == '1' then
  v = st.v + 2
  h[10] = ARGV[10 + 2 * n]
  redis.call('HSET', KEYS[1], 'md', h[10])
end
redis.call('HSET', KEYS[1], 'u', ARGV[1], 'v', v, 'l', seq, 'e', e)
expire_all(e, now, st.e)
touch_index(ARGV[4 + 2 * n], ARGV[5 + 2 * n], st.o, now)
hint(ARGV[6 + 2 * n], ARGV[5 + 2 * n], ARGV[8 + 2 * n])
h[1], h[2], h[4], h[7] = v, seq, e, ARGV[1]
return {'ok', meta()}
