#!/usr/bin/env bash
# Opening a large JSON store (issue 6): builds a store of 10,000 sessions x 100 messages
# (1,000,000 messages over 100 owners) once under bench/target/bench-data/large-json, then
# opens it three times, each in a fresh JVM, and prints the time to open, the time to list one
# owner's first page of 20, and the heap the open store holds.
#
#   bench/run-open-large.sh [sessions] [messages-per-session] [owners]
set -euo pipefail

cd "$(dirname "$0")/.."
sessions="${1:-10000}"
messages="${2:-100}"
owners="${3:-100}"
jar="bench/target/benchmarks.jar"
dir="bench/target/bench-data/large-json-$sessions-$messages-$owners"

if [ ! -f "$jar" ]; then
  mvn -B -q -pl bench -am package -DskipTests -Pbench ${BENCH_MVN_ARGS:-}
fi
if [ ! -f "$dir.built" ]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  # The build itself need not be durable: fsync=never, then the store is closed cleanly.
  java -cp "$jar" dev.multichat.bench.OpenLarge build "json:$dir?fsync=never" "$sessions" "$messages" "$owners"
  touch "$dir.built"
fi
du -sh "$dir"
for run in 1 2 3; do
  echo -n "run $run: "
  java -cp "$jar" dev.multichat.bench.OpenLarge measure "json:$dir"
done
