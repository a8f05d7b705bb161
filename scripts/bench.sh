#!/usr/bin/env bash
# The benchmark: instrgen's full pipeline against a parse-only floor on the Go standard library and cmd (~2 million
# lines) and on golang.org/x/tools, the speed-up of N parse workers over 1, and the growth curve on generated modules,
# each target of issue 10 with its figure, all measured in one run. Without arguments it runs all of that (3.6 minutes
# on 2 cores at load ~2, testdata/bench/all-2026-12-01.md; 14.8 at load 13-19). Options are those of scripts/bench.ts, e.g.
#   npm run bench -- --json bench.json --out bench.md
#   npm run bench -- --corpus xtools --reps 1 --out xtools.md
#   npm run bench -- --corpus curve --curve 1000,10000,100000
#   npm run bench -- --corpus synthetic --files 200 --funcs 10 --reps 1
#   npm run bench -- --corpus stdlib --subset fmt,net/http,go/types --profile /tmp/full.cpuprofile
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi
# The stdlib corpus is the Go installation's source tree, the xtools corpus Debian's golang.org/x/tools sources (with
# --xtools DIR, that tree instead); the synthetic and curve corpora are generated and need neither.
args=" $* "
corpus=all
if [[ "$args" =~ \ --corpus[=\ ]([a-z]+)\  ]]; then corpus="${BASH_REMATCH[1]}"; fi
if [[ "$corpus" =~ ^(stdlib|all)$ ]] && ! command -v go >/dev/null 2>&1 && [[ "$args" != *" --goroot"* ]]; then
  bash scripts/install-go.sh
fi
if [[ "$corpus" =~ ^(xtools|all)$ ]] && [[ "$args" != *" --xtools"* ]]; then
  bash scripts/install-xtools.sh
fi
exec npx tsx scripts/bench.ts "$@"
