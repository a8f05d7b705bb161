#!/usr/bin/env bash
# The benchmark: instrgen's full pipeline against a parse-only floor on the Go standard library (~2 million lines),
# reported as ratios measured in one run. Options are those of scripts/bench.ts, e.g.
#   npm run bench -- --reps 3 --json bench.json
#   npm run bench -- --corpus synthetic --files 200 --funcs 10 --reps 1
#   npm run bench -- --subset fmt,net/http,go/types --profile /tmp/full.cpuprofile
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi
# The stdlib corpus is the Go installation's source tree; the synthetic corpus needs no Go.
if ! command -v go >/dev/null 2>&1 && [[ " $* " != *" synthetic "* && " $* " != *"--corpus=synthetic"* && " $* " != *"--goroot"* ]]; then
  bash scripts/install-go.sh
fi
exec npx tsx scripts/bench.ts "$@"
