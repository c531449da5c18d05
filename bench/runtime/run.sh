#!/bin/sh
# Issue 18's measurement in one run: the runtime's JMH benchmarks (gocon inside Go.run, jox 1.0.1, the
# JDK's queues on virtual threads), the footprint probes, the recorder's cost in pairs (RecorderPairs,
# three JVMs), then the Go baselines of ../shared/bench/go,
# and a ready-to-paste table of the ratios (table.py). See docs/performance.md.
#
# Usage (from the project root): bench/runtime/run.sh [OUT_DIR]
#   PROCS=N      carriers for the JVM and GOMAXPROCS for Go (default: the JDK's default, all cores)
#   SKIP_BUILD=1 reuse bench/target/benchmarks.jar
#   IGNORE_JMH_LOCK=1 run even while another JMH run holds /tmp/jmh.lock (the figures then share the CPU)
#   JMH_OPTS     default "-f 3 -wi 2 -i 3 -w 1s -r 1s": three JVMs per benchmark, because on this VM some
#                benchmarks settle per JVM into one of two or three speeds (table.py prints each fork's mean)
#   GOCON_SHARED the shared folder holding bench/go (default: ../shared beside the project)
#   FOOTPRINT_N  goroutines parked for the footprint probes (default 1000000)
#   PAIR_ROUNDS  rounds of RecorderPairs per JVM, each an off and an on batch (default 30)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java=${GOCON_JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java | head -n 1)}
out=${1:-$(mktemp -d)}
mkdir -p "$out"
jar="$root/bench/target/benchmarks.jar"
jmh_opts=${JMH_OPTS:-"-f 3 -wi 2 -i 3 -w 1s -r 1s"}
n=${FOOTPRINT_N:-1000000}
procs_arg=""
if [ -n "${PROCS:-}" ]; then
  procs_arg="-Djdk.virtualThreadScheduler.parallelism=$PROCS"
  export GOMAXPROCS="$PROCS"
fi

if [ -z "${SKIP_BUILD:-}" ]; then
  (cd "$root" && mvn -B -q -Pbench -pl bench -am -DskipTests package)
fi
# ../shared beside the project (from a worktree under wt/, two levels up); GOCON_SHARED overrides
shared=${GOCON_SHARED:-$root/../shared}
[ -d "$shared" ] || shared=$root/../../shared
(cd "$shared/bench/go" && go build -o "$out/go-bench" ./bench)

{ date -u '+start %Y-%m-%d %H:%M UTC'; uptime; } | tee "$out/load.txt"
# -jvmArgsPrepend keeps each benchmark class's own @Fork(jvmArgsAppend) (heap, --add-opens)
"$java" ${IGNORE_JMH_LOCK:+-Djmh.ignoreLock=true} -jar "$jar" 'ChannelBench\.(pingPong|buffered|select)|SpawnBench|TraceBench' -p n=100000 \
  $jmh_opts ${procs_arg:+-jvmArgsPrepend "$procs_arg"} -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt"
for kind in gocon jdk; do
  "$java" -Xmx4g --add-opens java.base/java.lang=ALL-UNNAMED $procs_arg -cp "$jar" dev.gocon.bench.Footprint "$kind" "$n"
done | tee "$out/footprint.txt"
# the recorder's cost in pairs, off and on alternating within each JVM (see RecorderPairs): three JVMs
for i in 1 2 3; do
  "$java" -Xms4g -Xmx4g -XX:+AlwaysPreTouch --add-opens java.base/java.lang=ALL-UNNAMED $procs_arg -cp "$jar" \
    dev.gocon.bench.RecorderPairs "${PAIR_ROUNDS:-30}"
done | tee "$out/recorder-pairs.txt"
{
  "$out/go-bench" pingpong 1000000 5
  "$out/go-bench" buffered 10000000 5
  "$out/go-bench" select 4000000 0 5
  "$out/go-bench" spawn 100000 3
  "$out/go-bench" footprint "$n"
} | tee "$out/go.txt"
{ date -u '+end %Y-%m-%d %H:%M UTC'; uptime; } | tee -a "$out/load.txt"

python3 "$here/table.py" "$out" | tee "$out/table.md"
echo "raw results in $out"
