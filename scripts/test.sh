#!/usr/bin/env bash
# The whole test suite from a fresh clone: installs what it needs (npm packages, Go and OpenTelemetry Go from
# Debian, Chromium for the trace page test), builds, runs every jest test, then scripts/goroot-plan.ts,
# scripts/plan-digest.ts --check and scripts/real-programs.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-go.sh
bash scripts/install-chromium.sh
bash scripts/install-graphviz.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi
npx tsc -p .
npx jest "$@"
# The whole suite (no jest arguments) also plans the Go standard library and cmd from GOROOT (2 million lines, nothing
# built): every file the plan changes must parse and be gofmt-clean (the real gofmt -l).
if [ $# -eq 0 ]; then
  npx tsx scripts/goroot-plan.ts
fi
# ... and golang.org/x/tools (Debian's), whose plan must be the one recorded in testdata/bench/xtools-plan.json, every
# output and diagnostic byte for byte: work on speed must not change what instrgen writes (an intended change of output
# records a new one with `npx tsx scripts/plan-digest.ts --write`).
if [ $# -eq 0 ]; then
  bash scripts/install-xtools.sh
  npx tsx scripts/plan-digest.ts --check
fi
# The whole suite (no jest arguments) also instruments real programs nobody here wrote (x/tools' commands, gojq,
# cmd/gofmt) and proves they still build, vet, pass their tests, print the same and are gofmt-clean;
# INSTRGEN_SKIP_REAL_PROGRAMS=1 leaves that out, REAL_PROGRAMS_ONLY="gojq gofmt" runs only those.
if [ $# -eq 0 ] && [ "${INSTRGEN_SKIP_REAL_PROGRAMS:-}" != 1 ]; then
  REAL_PROGRAMS_NO_BUILD=1 bash scripts/real-programs.sh
fi
