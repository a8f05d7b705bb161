#!/usr/bin/env bash
# The runtime cost benchmark: testdata/bench-runtime (loop → middle → leaf ×2) instrumented by instrgen as it writes
# code, built against the real OTel SDK and rtlib (GOPATH mode, offline), run at 1 and 8 goroutines with every span
# recorded and with sampling off. Each run measures the SDK's own start+end floors in the same process; the script
# counts the spans in the traces file against the calls made and prints the ratios. Options:
#   ITERATIONS=100000 GOROUTINES="1 8" KEEP=1 RTLIB=rtlib bash scripts/bench-runtime.sh
# RTLIB names another copy of the runtime library's sources (a base to compare a change with).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
N=${ITERATIONS:-100000}
RTLIB=$(cd "${RTLIB:-rtlib}" && pwd)
GS=${GOROUTINES:-1 8}
SYSTEM_GOPATH=/usr/share/gocode

if [ ! -d dist ] || [ -n "$(find src -newer dist/pipeline.js -name '*.ts' -print -quit)" ]; then npx tsc -p .; fi

WORK=$(mktemp -d /tmp/instrgen-bench-runtime.XXXXXX)
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
MOD=$WORK/gopath/src/example.com/benchruntime
mkdir -p "$MOD" "$WORK/gopath/src/instrgen.dev/rtlib" "$WORK/run"
cp testdata/bench-runtime/go.mod testdata/bench-runtime/main.go "$MOD/"
cp "$RTLIB"/*.go "$WORK/gopath/src/instrgen.dev/rtlib/"
# The assembly that tells goroutines apart (hand-offs), where this copy of rtlib has any.
find "$RTLIB" -maxdepth 1 -name '*.s' -exec cp {} "$WORK/gopath/src/instrgen.dev/rtlib/" \;
rm -f "$WORK"/gopath/src/instrgen.dev/rtlib/*_test.go

# Instrumented by instrgen itself: the generated code exactly as it writes it (GOPATH mode, as it is built).
export GO111MODULE=off GOPATH="$WORK/gopath:$SYSTEM_GOPATH" GOFLAGS= GOPROXY=off CGO_ENABLED=0
node dist/cli/main.js -q -C "$MOD" ./...
export GOCACHE=${GOCACHE:-/tmp/instrgen-gocache}
(cd "$MOD" && go build -o "$WORK/bench" .)

# rtlib reads OTEL_TRACES_SAMPLER when it says so; otherwise sampling off is emulated: the program installs a
# never-sampling provider before rtlib's (the package-level tracers delegate to the first provider set).
if grep -q OTEL_TRACES_SAMPLER "$RTLIB"/*.go; then OFF=(env OTEL_TRACES_SAMPLER=always_off); OFF_FLAG=(); OFF_NOTE=""; else
  OFF=(env); OFF_FLAG=(-provider never); OFF_NOTE=" (emulated: this rtlib does not read OTEL_TRACES_SAMPLER)"; fi

# Spans in a traces file: one "SpanContext" per span in the stdouttrace form (pretty or compact), else one "spanId".
count_spans() {
  local n
  n=$(grep -o '"SpanContext"' "$1" | wc -l)
  if [ "$n" = 0 ]; then n=$(grep -o -i '"spanId"' "$1" | wc -l); fi
  echo "$n"
}

echo "instrgen runtime benchmark: $N iterations of loop → middle → leaf ×2, $(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg), $(go version | cut -d' ' -f3)"
echo "per call: wall ns / CPU ns (all threads: exporter and GC included) / heap allocations; ratios against the SDK floor of the same run"
# Modes: every span recorded and written by rtlib; sampling off; and the generated code alone against a recording
# provider with no processor (what instrgen's code adds to the SDK, whatever rtlib's exporter costs). Each figure is
# the lowest of the program's runs (-reps, 3), instrumented loop and floors alike; the recorded mode's traces file
# holds every run's spans.
for g in $GS; do
  for mode in recorded off code-only; do
    traces="$WORK/run/traces-$g-$mode.txt"
    rm -f "$traces"
    case $mode in
      recorded) line=$(cd "$WORK/run" && INSTRGEN_TRACES_FILE="$traces" "$WORK/bench" -n "$N" -g "$g") ;;
      off) line=$(cd "$WORK/run" && INSTRGEN_TRACES_FILE="$traces" "${OFF[@]}" "$WORK/bench" -n "$N" -g "$g" "${OFF_FLAG[@]}") ;;
      code-only) line=$(cd "$WORK/run" && INSTRGEN_TRACES_FILE="$traces" "$WORK/bench" -n "$N" -g "$g" -provider recording) ;;
    esac
    spans=0 bytes=0
    if [ -f "$traces" ]; then spans=$(count_spans "$traces"); bytes=$(stat -c %s "$traces"); fi
    node -e '
      const r = JSON.parse(process.argv[1]);
      const [mode, spans, bytes, note] = process.argv.slice(2);
      const floor = mode === "off" ? r.neverSampledFloor : r.recordingFloor;
      const target = mode === "off" ? 1.3 : 2;
      const c = (p) => `${p.wallNs.toFixed(0).padStart(6)} / ${p.cpuNs.toFixed(0).padStart(6)} / ${p.allocs.toFixed(1).padStart(4)}`;
      const ratio = (k) => (r.instrumented[k] / floor[k]).toFixed(2);
      const ok = (k) => r.instrumented[k] / floor[k] <= target;
      const calls = r.instrumentedCalls * r.runs;
      const kept = mode === "recorded"
        ? `${spans} spans written for ${calls} calls (${r.runs} runs)${Number(spans) === calls ? "" : " (MISMATCH)"}, ${(Number(bytes) / 1e6).toFixed(1)} MB`
        : mode === "off" ? `${spans} spans written${note}` : "floor: recording, no processor";
      console.log(`g=${r.goroutines} ${mode.padEnd(9)} instrumented ${c(r.instrumented)} | floor ${mode === "off" ? "never sampled" : "recording    "} ${c(floor)} | uninstrumented ${r.uninstrumented.wallNs.toFixed(1)} ns | ratio wall ${ratio("wallNs")}× CPU ${ratio("cpuNs")}× (target ≤ ${target}×: ${ok("cpuNs") && ok("wallNs") ? "met" : "NOT met"}) | ${kept}`);
    ' "$line" "$mode" "$spans" "$bytes" "$OFF_NOTE"
  done
done
