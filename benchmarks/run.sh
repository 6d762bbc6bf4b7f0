#!/usr/bin/env bash
# Runs every zhibiao benchmark and prints the figures, ratios and targets.
#
#   benchmarks/run.sh            the full measurement (about 14 minutes on 2 cores)
#   benchmarks/run.sh --quick    short iterations for development (about 6 minutes)
#   benchmarks/run.sh [--quick] REGEX [JMH options]   only the throughput benchmarks matching REGEX
#
# Build first (from the project root):
#   mvn -q -DskipTests install && mvn -q -f benchmarks/pom.xml package
#
# Results go to benchmarks/target/results/<time>/: jmh-throughput.json, jmh-startup.json,
# heap.jsonl, report.txt (and the JMH logs); benchmarks/target/results/latest links to the last run.
set -euo pipefail
cd "$(dirname "$0")/.."                     # the project root: ../shared is found from here
JAR=benchmarks/target/benchmarks.jar
if [[ ! -f $JAR ]]; then
  echo "no $JAR: run  mvn -q -DskipTests install && mvn -q -f benchmarks/pom.xml package  first" >&2
  exit 1
fi
JAVA=${JAVA:-java}
CP=$JAR

quick=0
if [[ ${1:-} == --quick ]]; then quick=1; shift; fi
filter='TextBenchmark|LoadBenchmark|PdfVsTextBenchmark'
if [[ $# -gt 0 && ${1:0:1} != - ]]; then filter=$1; shift; fi

out=benchmarks/target/results/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
ln -sfn "$(basename "$out")" benchmarks/target/results/latest

if (( quick )); then
  iters=(-f 1 -wi 1 -i 2 -w 1s -r 1s); forks=2; probes=1
else
  iters=(); forks=5; probes=3               # the annotations: 3 x 2 s warm-up, 5 x 2 s measured, 1 fork
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)
echo "== throughput: $filter (JMH -prof gc)"
"$JAVA" -cp "$CP" org.openjdk.jmh.Main "$filter" "${iters[@]}" -prof gc -rf json -rff "$out/jmh-throughput.json" "$@" \
  2>&1 | tee "$out/jmh-throughput.log" || echo "JMH reported a failure; see $out/jmh-throughput.log" >&2

# Start-up: single shot, one invocation per fresh JVM; never add warm-up iterations here.
echo "== start-up: BuildBenchmark, $forks forks"
"$JAVA" -cp "$CP" org.openjdk.jmh.Main BuildBenchmark -f "$forks" -rf json -rff "$out/jmh-startup.json" \
  2>&1 | tee "$out/jmh-startup.log" || echo "JMH reported a failure; see $out/jmh-startup.log" >&2

echo "== retained heap: HeapProbe, $probes fresh JVMs"
: > "$out/heap.jsonl"
for ((i = 0; i < probes; i++)); do
  "$JAVA" -Dfile.encoding=UTF-8 -cp "$CP" io.github.zhibiao.bench.HeapProbe | tee -a "$out/heap.jsonl"
done

echo "== report"
"$JAVA" -Dfile.encoding=UTF-8 -cp "$CP" io.github.zhibiao.bench.Report \
  "$out/jmh-throughput.json" "$out/jmh-startup.json" --heap "$out/heap.jsonl" > "$out/report.txt"
{
  echo "load average before: $load_before"
  echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
  echo "project commit: $(git rev-parse --short HEAD 2>/dev/null || echo n/a)$(git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')"
} >> "$out/report.txt"
cat "$out/report.txt"
