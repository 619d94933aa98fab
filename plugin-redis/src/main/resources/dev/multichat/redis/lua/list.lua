-- KEYS: an owner's index (sorted set: member = session id, score = -updatedAt)
-- ARGV: cursor score ('' for the first page), cursor id, how many
-- Returns member, score, member, score... in list order: updatedAt descending, then id
-- ascending (byte order), strictly after the cursor.
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
return out
