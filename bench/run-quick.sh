#!/usr/bin/env bash
# Quick benchmark profile of Multichat (about 10 minutes on 2 cores): builds the JMH jar, runs
# every benchmark once (1 fork, 2 x 1 s warmup, 6 x 0.5 s measured iterations: the median of six
# short iterations resists the bursts of a shared disk better than three long ones), writes the
# raw JMH JSON and a Markdown table of medians and target ratios.
#
#   bench/run-quick.sh [name] [extra JMH options...]
#
# name (default: quick) names the outputs: bench/results/<name>.json (raw JMH, not committed)
# and bench/results/<name>.md (the report). Extra options go to JMH, e.g. a benchmark regex
# to run a subset: bench/run-quick.sh sqlite-only 'Sqlite|RawSqlite|Peer'.
set -euo pipefail

cd "$(dirname "$0")/.."
name="${1:-quick}"
shift || true

results="bench/results"
data="bench/target/bench-data"
jar="bench/target/benchmarks.jar"
mkdir -p "$results" "$data"

# BENCH_MVN_ARGS: extra Maven arguments for building the jar, e.g. -Dexec.skip=true when a
# sibling module's build-time checks fail and only the benchmark jar is wanted.
mvn -B -q -pl bench -am package -DskipTests -Pbench ${BENCH_MVN_ARGS:-}

# Data goes to bench/target/bench-data: a real disk (the JVM's tmpdir may be tmpfs, where every
# fsync is free). JMH forks get it through -jvmArgsAppend.
jmh_options=(-f 1 -wi 2 -w 1s -i 6 -r 500ms -foe false
  -jvmArgsAppend "-Dmultichat.bench.dir=$data"
  -rf json -rff "$results/$name.json" "$@")
java -jar "$jar" "${jmh_options[@]}"

java -cp "$jar" dev.multichat.bench.report.ReportMain "$results/$name.json" "$results/$name.md" \
  "bench/run-quick.sh $name${*:+ $*} (JMH: ${jmh_options[*]:0:10})"
