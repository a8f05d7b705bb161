#!/usr/bin/env bash
# The whole test suite from a fresh clone: installs what it needs (npm packages, Go and OpenTelemetry Go from
# Debian, Chromium for the trace page test), builds, and runs every jest test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-go.sh
bash scripts/install-chromium.sh
bash scripts/install-graphviz.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi
npx tsc -p .
npx jest "$@"
