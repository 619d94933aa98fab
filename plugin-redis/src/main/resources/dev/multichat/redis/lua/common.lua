-- Shared by every session script (prepended when the script is loaded).
-- The session hash (KEYS[1]) fields: o owner, t title, md metadata (JSON), c createdAt,
-- u updatedAt, e expiresAt (0 = never), v version, l lastSeq, f trimmed through,
-- tl ttl in ms (0 = none), sl sliding (1) or absolute (0). Times are epoch milliseconds
-- of the store's clock, passed in as ARGV[1].
local function live(key, now)
  local f = redis.call('HMGET', key, 'v', 'l', 'f', 'e', 'tl', 'sl', 'u', 'o')
  if not f[1] then
    return nil
  end
  local e = tonumber(f[4])
  local st = {v = tonumber(f[1]), l = tonumber(f[2]), f = tonumber(f[3]), e = e,
              tl = tonumber(f[5]), sl = tonumber(f[6]), u = f[7], o = f[8]}
  if e > 0 and e <= now then
    st.expired = true
  end
  return st
end

-- Every key of the session gets the same expiry (or none), in the same script. When the
-- session had no expiry and still has none (previous = 0), no key can carry a TTL: skip.
local function expire_all(e, now, previous)
  if e == 0 and previous == 0 then
    return
  end
  for _, key in ipairs(KEYS) do
    if e > 0 then
      redis.call('PEXPIRE', key, e - now)
    else
      redis.call('PERSIST', key)
    end
  end
end

local function sliding_expiry(st, now)
  if st.sl == 1 then
    return now + st.tl
  end
  return st.e
end

local function meta()
  return redis.call('HGETALL', KEYS[1])
end

-- On a single server only (index_start ~= ''): move the session's owner-index entry forward.
local function touch_index(index_start, id, owner, updated)
  if index_start ~= '' then
    redis.call('ZADD', index_start .. owner .. '}', 'XX', 'LT', -updated, id)
  end
end

-- On a single server only (channel ~= ''): the change hint (the session id), published only
-- when someone besides the calling store listens (own: how many subscribers are its own).
local function hint(channel, id, own)
  if channel ~= '' and redis.call('PUBSUB', 'NUMSUB', channel)[2] > tonumber(own) then
    redis.call('PUBLISH', channel, id)
  end
end

-- The stored elements of the given seqs (the messages list holds seqs f+1.. at indexes 0..):
-- one LINDEX each (false for a seq trimmed meanwhile), for the replies of a replayed append.
local function stored_values(seqs, f)
  local vals = {}
  for k, s in ipairs(seqs) do
    vals[k] = s > f and redis.call('LINDEX', KEYS[2], s - f - 1) or false
  end
  return vals
end
