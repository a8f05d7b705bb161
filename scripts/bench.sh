#!/usr/bin/env bash
# The benchmark: instrgen's full pipeline against a parse-only floor on the Go standard library (~2 million lines) or
# golang.org/x/tools, and its growth curve on generated modules,
# reported as ratios measured in one run. Options are those of scripts/bench.ts, e.g.
#   npm run bench -- --reps 3 --json bench.json
#   npm run bench -- --corpus xtools --reps 1 --out xtools.md
#   npm run bench -- --corpus curve --curve 1000,10000,100000
#   npm run bench -- --corpus synthetic --files 200 --funcs 10 --reps 1
#   npm run bench -- --subset fmt,net/http,go/types --profile /tmp/full.cpuprofile
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi
# The stdlib corpus is the Go installation's source tree, the xtools corpus Debian's golang.org/x/tools sources (with
# --xtools DIR, that tree instead); the synthetic and curve corpora are generated and need neither.
args=" $* "
corpus=stdlib
if [[ "$args" =~ \ --corpus[=\ ]([a-z]+)\  ]]; then corpus="${BASH_REMATCH[1]}"; fi
if [ "$corpus" = stdlib ] && ! command -v go >/dev/null 2>&1 && [[ "$args" != *" --goroot"* ]]; then
  bash scripts/install-go.sh
fi
if [ "$corpus" = xtools ] && [[ "$args" != *" --xtools"* ]]; then
  bash scripts/install-xtools.sh
fi
exec npx tsx scripts/bench.ts "$@"
