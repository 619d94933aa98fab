-- KEYS: an owner's index (sorted set: member = session id, score = -updatedAt)
-- ARGV: cursor score ('' for the first page), cursor id, how many, and the start of the
--       session hash keys ('<prefix>:{') on a single server, '' on a cluster
-- Returns member, score, member, score... in list order: updatedAt descending, then id
-- ascending (byte order), strictly after the cursor. On a single server (or Sentinel) every
-- key is on the one server, so it returns member, score, the session hash's fields and values
-- for each entry instead: the whole page in one round trip. On a cluster the sessions live in
-- their own slots (other nodes), so the caller reads them itself.
local want = tonumber(ARGV[3])
local out = {}
local function greater(a, b)
  local n = math.min(#a, #b)
  for k = 1, n do
    local x, y = string.byte(a, k), string.byte(b, k)
    if x ~= y then
      return x > y
    end
  end
  return #a > #b
end
local min = '-inf'
if ARGV[1] ~= '' then
  local same = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[1])
  for _, m in ipairs(same) do
    if #out < want * 2 and greater(m, ARGV[2]) then
      out[#out + 1] = m
      out[#out + 1] = ARGV[1]
    end
  end
  min = '(' .. ARGV[1]
end
local left = want - #out / 2
if left > 0 then
  local rest = redis.call('ZRANGEBYSCORE', KEYS[1], min, '+inf', 'WITHSCORES', 'LIMIT', 0, left)
  for _, v in ipairs(rest) do
    out[#out + 1] = v
  end
end
if ARGV[4] == '' then
  return out
end
local full = {}
for k = 1, #out, 2 do
  full[#full + 1] = out[k]
  full[#full + 1] = out[k + 1]
  -- foreign data at a session's key (WRONGTYPE) is returned as a hash this store did not write,
  -- so the caller reports that key, as a direct HGETALL would
  local hash = redis.pcall('HGETALL', ARGV[4] .. out[k] .. '}:s')
  if hash.err then
    hash = {'error', hash.err}
  end
  full[#full + 1] = hash
end
return full
