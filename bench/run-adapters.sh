#!/usr/bin/env bash
# The adapters against the frameworks' own persistent chat memory (issue 17), in one JMH run:
# adding one message through each adapter path on each Multichat backend, and through Spring
# AI's JdbcChatMemoryRepository and LangChain4j's documented whole-list store (both on SQLite,
# synchronous=full), at 10, 100, 1,000 and 10,000 messages of history; in the same run the store's
# own append of an adapter's draft on each backend, and SQLite's floor (a raw durable INSERT and a
# raw read of 20 rows). About 17 minutes on 2 cores (110 benchmark runs; the redis and postgresql
# backends start their own server per trial).
#
#   bench/run-adapters.sh [name] [extra JMH options...]
#
# Writes bench/results/<name>.json (raw JMH, not committed), bench/results/<name>.md (medians,
# ratios against the peers, targets) and bench/results/<name>.png (the chart). name: adapters.
set -euo pipefail

cd "$(dirname "$0")/.."
name="${1:-adapters}"
shift || true

results="bench/results"
data="bench/target/bench-data"
jar="bench/target/benchmarks.jar"
mkdir -p "$results" "$data"

# BENCH_MVN_ARGS: extra Maven arguments for building the jar (see run-quick.sh).
mvn -B -q -pl bench -am package -DskipTests -Pbench ${BENCH_MVN_ARGS:-}

jmh_options=(-f 1 -wi 2 -w 1s -i 6 -r 500ms -foe false
  -p messages=10,100,1000,10000 -p sync=full
  -jvmArgsAppend "-Dmultichat.bench.dir=$data"
  -rf json -rff "$results/$name.json" "$@")
java -jar "$jar" 'bench\.(AdapterAddBench|PeerBench\.addOne|LangChain4jPeerBench\.addOne|RawSqliteBench)' \
  "${jmh_options[@]}"

java -cp "$jar" dev.multichat.bench.report.AdapterReportMain "$results/$name.json" "$results/$name.md" \
  "$results/$name.png" "bench/run-adapters.sh $name${*:+ $*} (JMH: ${jmh_options[*]:0:14})"
