#!/usr/bin/env bash
# Redis benchmarks of issue 11: RedisOneThreadBench (one server and a three-master cluster,
# history 1,000 and 100,000) and RedisEightThreadsBench (both topologies, history 1,000), each
# beside raw Lettuce on the same server in the same trial; then the redis-benchmark baseline
# (EVALSHA of the same trivial script from 8 connections) when redis-benchmark is on PATH
# (Debian: redis-tools); without it the script says so and carries on. Writes
# bench/results/<name>.json (raw JMH, not committed) and bench/target/<name>-redis-benchmark.txt.
#
#   bench/run-redis.sh [name] [extra JMH options...]
set -euo pipefail

cd "$(dirname "$0")/.."
name="${1:-redis}"
shift || true
results="bench/results"
jar="bench/target/benchmarks.jar"
mkdir -p "$results"

mvn -B -q -pl bench -am package -DskipTests -Pbench ${BENCH_MVN_ARGS:-}

jmh=(java -jar "$jar" -p mode=single,cluster -f 1 -wi 2 -w 1s -i 6 -r 1s -foe false)
"${jmh[@]}" RedisOneThreadBench -rf json -rff "$results/$name-1.json" "$@"
# Eight threads at history 1,000 only (eight sessions of 100,000 messages take minutes to fill).
"${jmh[@]}" RedisEightThreadsBench -p history=1000 -rf json -rff "$results/$name-8.json" "$@"
python3 - "$results/$name-1.json" "$results/$name-8.json" "$results/$name.json" <<'PY'
import json, sys
json.dump(json.load(open(sys.argv[1])) + json.load(open(sys.argv[2])), open(sys.argv[3], "w"))
PY

java -cp "$jar" dev.multichat.bench.RedisBenchmarkBaseline | tee "bench/target/$name-redis-benchmark.txt"
