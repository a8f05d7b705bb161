#!/usr/bin/env bash
# The quick start, as a Go developer works (module mode: go.mod, go.sum, default flags): instruments the bundled
# example module (testdata/example, whose main is marked //instrgen:entry) in a temporary copy, builds and runs it
# with the OpenTelemetry SDK, prints its span tree, then prunes the copy back to the original, go.mod and go.sum included.
# instrgen fetches OpenTelemetry with `go get`; here GOPROXY is an offline proxy built from Debian's packages
# (scripts/module-proxy.sh), on your machine the default proxy serves the same modules.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
bash scripts/install-go.sh
proxy="$(bash scripts/module-proxy.sh)"
# npm ci replaces node_modules, and empties what a symlinked node_modules points to (a shared install): never then.
if [ ! -e node_modules ] || { [ ! -L node_modules ] && [ package-lock.json -nt node_modules/.package-lock.json ]; }; then npm ci --no-audit --no-fund >/dev/null; fi
npx tsc -p .
instrgen() { node "$repo/dist/cli/main.js" "$@"; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mod="$work/shop"
mkdir -p "$mod" "$work/run"
cp -r testdata/example/. "$mod"
export GOPROXY="file://$proxy" GOSUMDB=off GOFLAGS= GOWORK=off GO111MODULE=on
export GOMODCACHE="${TMPDIR:-/tmp}/instrgen-gomodcache" GOCACHE="${TMPDIR:-/tmp}/instrgen-gocache"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "1. the uninstrumented program (go.mod: $(tr '\n' ' ' <"$mod/go.mod"))"
(cd "$mod" && go run .)

step "2. what instrgen would change (instrgen --diff), first lines"
(cd "$mod" && instrgen --diff | head -n 40) || true

step "3. instrument in place (instrgen ./...): the Go files, go.mod and go.sum (go get), the runtime library in .instrgen/"
(cd "$mod" && instrgen ./... && cat go.mod)

step "4. why is (*Catalog).rule instrumented? (instrgen explain rule)"
(cd "$mod" && instrgen explain rule)

step "5. build, vet and run the instrumented program with default flags: same output, plus traces.txt"
(cd "$mod" && go vet ./... && go build -o "$work/shop-bin" .)
(cd "$work/run" && "$work/shop-bin")

step "6. the span tree (instrgen traces traces.txt)"
(cd "$work/run" && instrgen traces traces.txt)
(instrgen -C "$mod" traces "$work/run/traces.txt" --html "$work/run/traces.html" -q && echo "(an HTML page with the span waterfall and the call graph: instrgen traces --html traces.html)")

step "7. take it out again (instrgen prune): the module is as it was, go.mod and go.sum included"
(cd "$mod" && instrgen prune ./...)
diff -r testdata/example "$mod" && echo "identical to testdata/example"
