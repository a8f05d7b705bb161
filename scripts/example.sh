#!/usr/bin/env bash
# The quick start: instruments the bundled example module (testdata/example) in a temporary copy, builds and runs
# it with Go and the OpenTelemetry SDK, prints its span tree, then prunes the copy back to the original.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
bash scripts/install-go.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund >/dev/null; fi
npx tsc -p .
instrgen() { node "$repo/dist/cli/main.js" "$@"; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mod="$work/src/example.com/shop"
mkdir -p "$mod" "$work/src/instrgen.dev" "$work/run"
cp -r testdata/example/. "$mod"
cp -r rtlib "$work/src/instrgen.dev/rtlib"
export GO111MODULE=off GOPATH="$work:/usr/share/gocode" GOFLAGS=

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "1. the uninstrumented program"
(cd "$mod" && go run .)

step "2. what instrgen would change (instrgen --diff), first lines"
(cd "$mod" && instrgen --diff | head -n 40) || true

step "3. instrument in place (instrgen ./...)"
(cd "$mod" && instrgen ./...)

step "4. why is (*Catalog).rule instrumented? (instrgen explain rule)"
(cd "$mod" && instrgen explain rule)

step "5. build, vet and run the instrumented program: same output, plus traces.txt"
(cd "$mod" && go vet ./... && go build -o "$work/shop" .)
(cd "$work/run" && "$work/shop")

step "6. the span tree (instrgen traces traces.txt)"
(cd "$work/run" && instrgen traces traces.txt)
(instrgen -C "$mod" traces "$work/run/traces.txt" --html "$work/run/traces.html" -q && echo "(an HTML page with the span waterfall and the call graph: instrgen traces --html traces.html)")

step "7. take it out again (instrgen prune): the module is as it was"
(cd "$mod" && instrgen prune ./...)
diff -r testdata/example "$mod" && echo "identical to testdata/example"
