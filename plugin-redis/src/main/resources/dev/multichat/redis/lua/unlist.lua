-- KEYS: an owner's index
-- ARGV: member, score, member, score... : each member is removed only if its score is still
-- the one observed (a session re-created meanwhile has a newer score and stays listed).
local removed = 0
for k = 1, #ARGV, 2 do
  local score = redis.call('ZSCORE', KEYS[1], ARGV[k])
  if score and tonumber(score) == tonumber(ARGV[k + 1]) then
    removed = removed + redis.call('ZREM', KEYS[1], ARGV[k])
  end
end
return removed
