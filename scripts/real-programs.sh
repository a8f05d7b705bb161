#!/usr/bin/env bash
# Integration check on real programs written by other people: instruments command-line programs of
# golang.org/x/tools (Debian's golang-golang-x-tools-dev, in /usr/share/gocode) with instrgen, then proves that
# each still builds, vets and passes its tests, prints the same output with the same exit code on sample
# invocations, and writes one connected trace rooted at main.main.
#
#   bash scripts/real-programs.sh [program...]      (default: every program in ALL_PROGRAMS)
#
# Environment: REAL_PROGRAMS_NO_BUILD=1 skips `npx tsc -p .`; REAL_PROGRAMS_KEEP=1 keeps the work directory (until
# the next run, which empties it); REAL_PROGRAMS_NO_TESTS=1 skips the go tests; REAL_PROGRAMS_FULL_TESTS=1 also runs
# guru's two slowest test cases (about 8 more minutes: the instrumented guru tests take 470 s instead of 110 s) and
# go/packages' tests for every program that imports it (3 more minutes), not only stringer.
# Exit code: 0 when every check of every program passed, 1 otherwise, 2 on usage or setup errors.
#
# How: every program is instrumented in its own copy of the whole x/tools tree (instrgen analyses the whole
# module, the directory with go.mod), always at the same path $WORK/gopath/src/golang.org/x/tools so the go build
# cache serves the packages instrgen left alone. $WORK is ${TMPDIR:-/tmp}/instrgen-real-programs in every run (a
# fresh temporary directory when a concurrent run holds that one), so a rerun also reuses what the last run
# compiled, vetted and tested, wherever instrgen's output did not change. Builds run in GOPATH mode, offline,
# against /usr/share/gocode, behind a GOPATH entry of our own ($WORK/gopath) that also holds rtlib and a copy of
# the OTel sources, installed there as .a files for tests that type-check source with go/importer (typeparams).
# vet already fails on two packages of the pristine tree (findings in internal/testenv and cmd/splitdwarf): a
# check counts as failed only when the instrumented tree fails where the pristine one passes, or reports messages
# (positions aside) that the pristine one does not.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS_SRC=/usr/share/gocode/src/golang.org/x/tools
ALL_PROGRAMS=(digraph stringer bundle goimports fiximports callgraph guru)
RUN_TIMEOUT=300   # seconds for one sample invocation
TEST_TIMEOUT=600  # seconds for one go test run (passed to go test -timeout as well)

# Packages (relative to the x/tools root) whose tests also run, with -short, when instrgen changed them and the
# program imports them: each passes offline in GOPATH mode (go/packages in 40 s with -short before instrumentation
# and 50-80 s after, internal/imports in 16 s, the rest in a few seconds). internal/gcimporter's tests need
# golang.org/x/sync (installed below). PKG@PROGRAM runs for that program only (the one that depends on it most),
# unless REAL_PROGRAMS_FULL_TESTS=1: four programs import go/packages, and its tests would take 5 minutes.
DEP_TESTS=(
  internal/event internal/event/core internal/event/keys internal/event/label
  internal/gocommand internal/typeparams internal/typesinternal internal/pkgbits internal/gcimporter
  go/gcexportdata go/packages@stringer go/types/typeutil go/types/objectpath go/ast/astutil go/buildutil go/loader
  go/ssa go/ssa/ssautil go/pointer go/callgraph go/callgraph/static go/callgraph/cha go/callgraph/rta
  go/callgraph/vta internal/fastwalk internal/gopathwalk refactor/importgraph container/intsets internal/imports
)
GURU_TESTS='^(TestIssue17515|TestIssue14684|TestGuru)$/^(alias|what|referrers|pointsto|peers|imports|implements|implements-methods|freevars|describe|whicherrs|softerrs|[a-z-]+-json)$'

START=$SECONDS
log() { printf '[%4ds] %s\n' $((SECONDS - START)) "$*" >&2; }
die() { echo "real-programs.sh: $*" >&2; exit 2; }

# ---------------------------------------------------------------------------------------------------------------
# Setup: toolchain, x/tools sources, instrgen build, work directory.

PROGRAMS=("$@")
[ ${#PROGRAMS[@]} -gt 0 ] || PROGRAMS=("${ALL_PROGRAMS[@]}")
for p in "${PROGRAMS[@]}"; do
  case " ${ALL_PROGRAMS[*]} " in *" $p "*) ;; *) die "unknown program '$p' (known: ${ALL_PROGRAMS[*]})" ;; esac
done

bash "$ROOT/scripts/install-go.sh" || die "Go or the OpenTelemetry Go sources are missing"
# x/tools itself, and golang.org/x/sync which its go.mod requires (internal/gcimporter's tests import errgroup).
SYNC_SRC=/usr/share/gocode/src/golang.org/x/sync/errgroup
if [ ! -d "$TOOLS_SRC/cmd" ] || [ ! -d "$SYNC_SRC" ]; then
  if [ "${EUID:-$(id -u)}" -ne 0 ]; then
    die "$TOOLS_SRC or $SYNC_SRC is missing; run as root or: sudo apt-get install -y golang-golang-x-tools-dev golang-golang-x-sync-dev"
  fi
  log "installing golang-golang-x-tools-dev golang-golang-x-sync-dev"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq golang-golang-x-tools-dev golang-golang-x-sync-dev; } >/dev/null ||
    die "apt-get install golang-golang-x-tools-dev golang-golang-x-sync-dev failed"
  [ -d "$TOOLS_SRC/cmd" ] && [ -d "$SYNC_SRC" ] || die "$TOOLS_SRC or $SYNC_SRC is still missing after apt-get install"
fi

if [ "${REAL_PROGRAMS_NO_BUILD:-}" != 1 ]; then
  log "building instrgen (npx tsc -p .)"
  (cd "$ROOT" && npx tsc -p .) || die "instrgen does not build"
fi
INSTRGEN=("node" "$ROOT/dist/cli/main.js")
TSX="$ROOT/node_modules/.bin/tsx"
[ -x "$TSX" ] || die "$TSX is missing (npm ci)"

# The work directory has a fixed path, emptied first, unless another run holds its lock (that run then gets a fresh
# one): the go build cache keys a package outside GOROOT by its directory as well as its source, so at the same path a
# later run gets back from the cache the compiled packages, vet results and passing test results of every package
# that instrgen changes as before, and compiles, vets and tests again only what differs.
WORK=
WORK_FIXED=${TMPDIR:-/tmp}/instrgen-real-programs
if { exec {LOCK_FD}>>"$WORK_FIXED.lock"; } 2>/dev/null && flock -n "$LOCK_FD" 2>/dev/null; then
  if [ ! -e "$WORK_FIXED" ] || { [ -d "$WORK_FIXED" ] && [ ! -L "$WORK_FIXED" ] && [ -O "$WORK_FIXED" ]; }; then
    chmod -R u+w "$WORK_FIXED" 2>/dev/null
    rm -rf "$WORK_FIXED" && mkdir "$WORK_FIXED" && WORK=$WORK_FIXED
  fi
fi
[ -n "$WORK" ] || WORK=$(mktemp -d "${TMPDIR:-/tmp}/instrgen-real-programs.XXXXXX") || die "cannot create a work directory"
cleanup() {
  if [ "${REAL_PROGRAMS_KEEP:-}" = 1 ]; then
    echo "work directory kept: $WORK" >&2
  else
    chmod -R u+w "$WORK" 2>/dev/null
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Go's and the tests' temporary files (go/packages' tests leave module caches behind) go under $WORK too.
mkdir -p "$WORK/tmp"
export TMPDIR=$WORK/tmp
G=$WORK/gopath            # the GOPATH of every build and run
TOOLS=$G/src/golang.org/x/tools
BASE_TREE=$WORK/base-tree # the pre-instrgen tree of the current program, swapped in for triage
export GO111MODULE=off GOPATH="$G:/usr/share/gocode" GOFLAGS= GOPROXY=off GOTOOLCHAIN=local
unset INSTRGEN_TRACES_FILE
mkdir -p "$G/src/instrgen.dev" "$G/src/golang.org/x" "$WORK/bin" "$WORK/logs"
cp -r "$ROOT/rtlib" "$G/src/instrgen.dev/rtlib"

# Export data for the packages instrgen makes instrumented code import. internal/typeparams' TestAPIConsistency
# type-checks the package's own source files with go/importer's gc importer, which reads compiled export data (.a
# files) where go/build puts them in GOPATH mode: GOROOT/pkg for std (context is there), and pkg/<goos_goarch> of the
# GOPATH entry whose src holds the package. The OTel sources live in /usr/share/gocode, which has no pkg directory
# (and is not ours to write), so after instrumentation the test failed with `could not import go.opentelemetry.io/otel
# (can't find import ...)`. A copy of them in our GOPATH entry, which comes first, makes go install write the .a
# files of OTel and rtlib (and of the OTel packages they import) under $G/pkg.
cp -r /usr/share/gocode/src/go.opentelemetry.io "$G/src/go.opentelemetry.io"
EXPORT_PKGS=$(go list -deps -f '{{if not .Standard}}{{.ImportPath}} {{.Dir}}{{end}}' instrgen.dev/rtlib go.opentelemetry.io/otel |
  awk -v dir="$G/src/" 'index($2, dir) == 1 { print $1 }')
# shellcheck disable=SC2086
[ -n "$EXPORT_PKGS" ] && go install $EXPORT_PKGS && [ -f "$G/pkg/$(go env GOOS)_$(go env GOARCH)/go.opentelemetry.io/otel.a" ] ||
  die "cannot install the export data of go.opentelemetry.io/otel and instrgen.dev/rtlib into $G/pkg"

# ---------------------------------------------------------------------------------------------------------------
# Sample inputs, written into the GOPATH (packages) and $SAMPLES (loose files).

SAMPLES=$WORK/samples
mkdir -p "$SAMPLES" "$G/src/example.com/"{pill,hello,small,client,old/lib,new/lib}
cat >"$G/src/example.com/pill/pill.go" <<'EOF'
// Package pill is a sample for stringer.
package pill

type Pill int

const (
	Placebo Pill = iota
	Aspirin
	Ibuprofen
	Paracetamol
	Acetaminophen = Paracetamol
)

type Color uint8

const (
	Red   Color = iota + 1 // red-ish
	Green                  // green-ish
	Blue                   // blue-ish
	_
	Black Color = 10 // black
)
EOF
cat >"$G/src/example.com/hello/hello.go" <<'EOF'
package main

type Shape interface {
	Area() int
}

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

func total(shapes []Shape) int {
	sum := 0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return 2 * x }

func main() {
	shapes := []Shape{Square{2}, &Rect{2, 3}}
	t := total(shapes)
	println(apply(double, t))
	println(apply(func(x int) int { return x + 1 }, t))
}
EOF
cat >"$G/src/example.com/small/small.go" <<'EOF'
// Package small is a sample for bundle.
package small

import (
	"fmt"
	"strings"
)

// Greeter greets.
type Greeter struct {
	name string
}

var defaultName = "world"

// New returns a Greeter.
func New(name string) *Greeter {
	if name == "" {
		name = defaultName
	}
	return &Greeter{name: name}
}

// Greet returns the greeting.
func (g *Greeter) Greet() string {
	return fmt.Sprintf("hello, %s", shout(g.name))
}

func shout(s string) string { return strings.ToUpper(s) + "!" }
EOF
printf 'package lib // import "example.com/new/lib"\n\nfunc F() int { return 1 }\n' >"$G/src/example.com/old/lib/lib.go"
printf 'package lib // import "example.com/new/lib"\n\nfunc F() int { return 1 }\n' >"$G/src/example.com/new/lib/lib.go"
cat >"$G/src/example.com/client/client.go" <<'EOF'
package client

import (
	"fmt"

	"example.com/old/lib"
)

func G() { fmt.Println(lib.F()) }
EOF
cat >"$SAMPLES/messy.go" <<'EOF'
package messy

import (
	"os"
	"net/http"
)

func  Hello(name string)   string {
	return strings.ToUpper(fmt.Sprintf("hi %s", name))
}

func Exists(p string) bool { _, err := os.Stat(p); return err == nil }
EOF
printf 'package clean\n\nimport "fmt"\n\nfunc Hi() { fmt.Println("hi") }\n' >"$SAMPLES/clean.go"
printf 'package broken\n\nfunc (\n' >"$SAMPLES/broken.go"
printf 'a b c\nb d\nc d e\nd a\ne f\nf\ng h\n' >"$SAMPLES/graph.txt"

# Sample invocations: bash snippets run in a fresh empty directory (where traces.txt lands) with $BIN the
# program, $G the GOPATH and $S the samples directory. Each calls the program once; their stdout and exit code
# are compared. Outputs whose order the program does not define are sorted; diff timestamps are dropped.
H='$G/src/example.com/hello/hello.go'
# at STRING [DELTA]: the byte offset (plus DELTA) of the first STRING in hello.go, computed when the sample runs.
at() { echo "\$((\$(grep -bo '$1' $H | head -1 | cut -d: -f1) + ${2:-0}))"; }
declare -A SAMPLE
SAMPLE[digraph]=$(cat <<'EOF'
$BIN nodes < $S/graph.txt
$BIN somepath a f < $S/graph.txt
$BIN degree < $S/graph.txt
$BIN sccs < $S/graph.txt
$BIN allpaths a d < $S/graph.txt
$BIN nosuchcommand < $S/graph.txt
EOF
)
SAMPLE[stringer]=$(cat <<'EOF'
cp -r $G/src/example.com/pill pill && $BIN -type=Pill ./pill; rc=$?; cat pill/pill_string.go; exit $rc
cp -r $G/src/example.com/pill pill && $BIN -type=Color -linecomment -output=color.go ./pill; rc=$?; cat color.go; exit $rc
cp -r $G/src/example.com/pill pill && $BIN -type=Pill,Color -trimprefix=P ./pill; rc=$?; cat pill/pill_string.go; exit $rc
$BIN 2>&1
EOF
)
SAMPLE[bundle]=$(cat <<'EOF'
$BIN -prefix sm_ -dst example.com/pill example.com/small
$BIN -o out.go -pkg other -prefix '' -dst example.com/pill example.com/small; rc=$?; cat out.go; exit $rc
$BIN 2>&1
EOF
)
SAMPLE[goimports]=$(cat <<'EOF'
cp $S/messy.go . && $BIN messy.go
cp $S/messy.go . && $BIN -d messy.go | sed -E 's/^((---|\+\+\+) [^\t]*)\t.*$/\1/'
cp $S/messy.go $S/clean.go $S/broken.go . && $BIN -l . 2>&1
cp $S/messy.go . && $BIN -format-only messy.go
EOF
)
SAMPLE[fiximports]=$(cat <<'EOF'
$BIN -n example.com/... 2>&1 | grep -v '^warning: ignoring symlink'
$BIN -n -replace bad example.com/client 2>&1 | grep -v '^warning: ignoring symlink'
EOF
)
SAMPLE[callgraph]=$(cat <<'EOF'
$BIN -algo=static example.com/hello | LC_ALL=C sort
$BIN -algo=rta -format=digraph example.com/hello | LC_ALL=C sort
$BIN -algo=pta -format='{{.Caller}} --{{.Description}}--> {{.Callee}}' example.com/hello | LC_ALL=C sort
$BIN -algo=nosuchalgo example.com/hello 2>&1
EOF
)
SAMPLE[guru]=$(cat <<EOF
\$BIN definition $H:#$(at 'total(shapes)')
\$BIN describe $H:#$(at 'total(shapes)')
\$BIN implements $H:#$(at 'Shape')
\$BIN referrers $H:#$(at 'double(x')
\$BIN -scope example.com/hello callees $H:#$(at 's.Area()' 2)
\$BIN -json what $H:#$(at 'total(shapes)')
\$BIN nosuchmode $H:#1 2>&1
EOF
)

# Main package directory of each program (relative to the x/tools root).
main_dir() { echo "cmd/$1"; }

# ---------------------------------------------------------------------------------------------------------------
# Helpers.

# Adds `import "instrgen.dev/rtlib"` after the package clause and rtlib.AutotelEntryPoint() as the first
# statement of main, in the file of the program's main package that declares func main.
add_entry_point() {
  local dir=$TOOLS/$(main_dir "$1") f
  f=$(grep -l '^func main() {$' "$dir"/*.go | grep -v '_test\.go$' | head -1)
  [ -n "$f" ] || return 1
  sed -i -e '0,/^package main\b.*$/s//&\nimport "instrgen.dev\/rtlib"/' \
         -e 's/^func main() {$/&\n\trtlib.AutotelEntryPoint()/' "$f"
  grep -q 'rtlib.AutotelEntryPoint()' "$f"
}

# Swaps the pre-instrgen tree into $TOOLS (and back), so that triage runs at the same path, with the same cache.
swap_trees() {
  mv "$TOOLS" "$WORK/swap" && mv "$BASE_TREE" "$TOOLS" && mv "$WORK/swap" "$BASE_TREE"
}

# Drops positions, blank lines and `# pkg` headers from compiler/vet output so that the messages of the
# instrumented and the pristine tree can be compared.
normalize_messages() {
  sed -E -e 's/\.go:[0-9]+(:[0-9]+)?(-[0-9]+(:[0-9]+)?)?:/.go:/g' -e '/^#/d' -e '/^[[:space:]]*$/d' | LC_ALL=C sort -u
}

# Packages (./DIR, relative to the x/tools root) named in the `# PKG` headers of compiler or vet output, for the
# triage of check_cmd; prints nothing when some message comes before the first header (an error of no package) or
# a header names a package outside the checked ones (e.g. a dependency), which make check_cmd rerun every package.
failed_cmd_packages() {
  local logf=$1 checked=$2
  awk -v checked="$checked" '
    BEGIN { n = split(checked, c, " "); for (i = 1; i <= n; i++) ok[c[i]] = 1 }
    /^# / {
      # "# golang.org/x/tools/x/y", "# golang.org/x/tools/x/y [golang.org/x/tools/x/y.test]", or for an external test
      # package "# golang.org/x/tools/x/y_test [golang.org/x/tools/x/y.test]".
      pkg = $2; sub(/_test$/, "", pkg)
      if (substr(pkg, 1, 19) != "golang.org/x/tools/") bad = 1
      dir = "./" substr(pkg, 20)
      if (!(dir in ok)) bad = 1
      if (!(dir in seen)) { seen[dir] = 1; out[++m] = dir }
      headed = 1; next
    }
    /^[[:space:]]*$/ { next }
    !headed { bad = 1 }
    END { if (!bad) for (i = 1; i <= m; i++) print out[i] }' "$logf"
}

# check_cmd NAME LOG cmd... -- pkgs...: runs `cmd pkgs` in $TOOLS; on failure runs cmd again on the pristine tree,
# only for the packages whose messages the output names under `# PKG` headers (vet fails on the same two packages
# for every program; vetting all of them again took 4 s per program with a warm cache, far more for the first),
# or for every package when it cannot tell. Prints "ok", "ok*" (fails the same way before instrumentation) or
# "FAIL"; details go to LOG.
check_cmd() {
  local name=$1 logf=$2 rc brc cmd=() pkgs=() rerun=()
  shift 2
  while [ $# -gt 0 ] && [ "$1" != -- ]; do cmd+=("$1"); shift; done
  shift
  pkgs=("$@")
  (cd "$TOOLS" && "${cmd[@]}" "${pkgs[@]}") >"$logf" 2>&1
  rc=$?
  if [ $rc -eq 0 ]; then echo ok; return; fi
  mapfile -t rerun < <(failed_cmd_packages "$logf" "${pkgs[*]}")
  [ ${#rerun[@]} -gt 0 ] || rerun=("${pkgs[@]}")
  swap_trees
  (cd "$TOOLS" && "${cmd[@]}" "${rerun[@]}") >"$logf.base" 2>&1
  brc=$?
  swap_trees
  local new
  new=$(LC_ALL=C comm -23 <(normalize_messages <"$logf") <(normalize_messages <"$logf.base"))
  if [ $brc -ne 0 ] && [ -z "$new" ]; then
    echo "ok*"
  else
    {
      echo "== $name: exit $rc after instrgen, $brc before (on ${#rerun[@]} of ${#pkgs[@]} packages)"
      echo "-- messages only after instrgen:"
      echo "${new:-(none)}"
    } >>"$logf.new"
    echo FAIL
  fi
}

# Packages named in `go test` output as failing.
failed_test_packages() {
  grep -E '^(FAIL|---? FAIL|ok)\b' "$1" | sed -nE 's/^FAIL[[:space:]]+([^[:space:]]+).*/\1/p' | grep -v '^FAIL$' | LC_ALL=C sort -u
}

# check_tests LOG [go test flags...] -- pkgs...: go test on the instrumented tree; packages that fail are rerun
# (same flags) on the pristine tree and count only if they pass there. Prints ok, ok* or FAIL. Without -count=1
# go test reuses the result of a package whose test binary and inputs are byte for byte the same as in an earlier
# program's run, or an earlier run of the script (the tree is always at the same path).
check_tests() {
  local logf=$1 rc flags=()
  shift
  while [ $# -gt 0 ] && [ "$1" != -- ]; do flags+=("$1"); shift; done
  shift
  (cd "$TOOLS" && timeout $((TEST_TIMEOUT + 60)) go test -timeout ${TEST_TIMEOUT}s "${flags[@]}" "$@") >"$logf" 2>&1
  rc=$?
  if [ $rc -eq 0 ]; then echo ok; return; fi
  local failed base_failed new
  failed=$(failed_test_packages "$logf")
  if [ -z "$failed" ]; then echo FAIL; echo "go test exit $rc, no failing package named" >>"$logf.new"; return; fi
  swap_trees
  # shellcheck disable=SC2086
  (cd "$TOOLS" && timeout $((TEST_TIMEOUT + 60)) go test -timeout ${TEST_TIMEOUT}s "${flags[@]}" $failed) >"$logf.base" 2>&1
  swap_trees
  base_failed=$(failed_test_packages "$logf.base")
  new=$(LC_ALL=C comm -23 <(echo "$failed") <(echo "$base_failed"))
  if [ -z "$new" ]; then
    echo "ok*"
  else
    echo "failing only after instrgen: $new" >>"$logf.new"
    echo FAIL
  fi
}

# run_samples PROGRAM MODE BIN: runs every sample invocation into $WORK/runs/PROGRAM/MODE/N/{out,err,rc,secs}.
run_samples() {
  local p=$1 mode=$2 bin=$3 i=0 line dir t0
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    i=$((i + 1))
    dir=$WORK/runs/$p/$mode/$i
    rm -rf "$dir" && mkdir -p "$dir/cwd"
    echo "$line" >"$dir/cmd"
    t0=$(date +%s%N)
    (cd "$dir/cwd" && BIN=$bin G=$G S=$SAMPLES timeout $RUN_TIMEOUT bash -o pipefail -c "$line" </dev/null >"$dir/out" 2>"$dir/err")
    echo $? >"$dir/rc"
    echo $((($(date +%s%N) - t0) / 1000000)) >"$dir/ms"
  done <<<"${SAMPLE[$p]}"
  echo $i
}

# ---------------------------------------------------------------------------------------------------------------
# One program.

declare -A R_INSTRGEN R_FILES R_BUILD R_VET R_TESTS R_OUTPUT R_SPANS R_ROOTS R_ORPHANS R_TRACES
FAILED=0
DETAILS=$WORK/details.txt
: >"$DETAILS"

note() { echo "$*" >>"$DETAILS"; }
fail() { FAILED=1; note "FAIL $*"; }

run_program() {
  local p=$1 mdir logs=$WORK/logs/$1 base_bin=$WORK/bin/$1.base instr_bin=$WORK/bin/$1.instr
  mdir=$(main_dir "$p")
  mkdir -p "$logs"
  R_INSTRGEN[$p]=- R_FILES[$p]=- R_BUILD[$p]=- R_VET[$p]=- R_TESTS[$p]=- R_OUTPUT[$p]=- R_SPANS[$p]=- R_ROOTS[$p]=- R_ORPHANS[$p]=- R_TRACES[$p]=-

  log "$p: preparing a copy of x/tools"
  rm -rf "$TOOLS" "$BASE_TREE"
  # With their mtimes: go test caches a result only with the size and mtime of every file the test opened, so a
  # test that reads files instrgen leaves alone (testdata, sources) can be served from the cache again.
  cp -r --preserve=timestamps "$TOOLS_SRC" "$TOOLS"
  if ! add_entry_point "$p"; then fail "$p: cannot add the entry point to $mdir"; return; fi

  log "$p: uninstrumented build and sample runs"
  if ! (cd "$TOOLS" && go build -o "$base_bin" "./$mdir") >"$logs/build.base.log" 2>&1; then
    fail "$p: the uninstrumented program does not build (script problem)"; cat "$logs/build.base.log" >>"$DETAILS"; return
  fi
  local n
  n=$(run_samples "$p" base "$base_bin")
  cp -a "$TOOLS" "$BASE_TREE"

  log "$p: instrgen -C <x/tools> ./$mdir"
  local t0 irc secs
  t0=$(date +%s%N)
  "${INSTRGEN[@]}" -C "$TOOLS" "./$mdir" >"$logs/instrgen.log" 2>&1
  irc=$?
  secs=$(awk -v ns=$(($(date +%s%N) - t0)) 'BEGIN { printf "%.1f", ns / 1e9 }')
  R_INSTRGEN[$p]="$irc/${secs}s"
  note "== $p: instrgen exit $irc in ${secs}s; $(wc -l <"$logs/instrgen.log") lines of output, the last:"
  tail -n 1 "$logs/instrgen.log" | sed 's/^/   /' >>"$DETAILS"
  note "   warnings shown, by code: $(grep -oE '(warning|error) IG[0-9]+' "$logs/instrgen.log" | sort | uniq -c | awk '{printf "%s%s %s x%s", sep, $2, $3, $1; sep=", "}')"
  if [ $irc -ne 0 ]; then
    fail "$p: instrgen exited $irc"; sed 's/^/   /' "$logs/instrgen.log" | tail -40 >>"$DETAILS"; return
  fi

  # What changed: files and their package directories.
  (cd "$WORK" && diff -rq "$BASE_TREE" "$TOOLS") | sed -nE "s|^Files $BASE_TREE/(.*) and .* differ$|\1|p; s|^Only in $TOOLS/?([^:]*): (.*)$|\1/\2|p" |
    sed 's|^/||' | LC_ALL=C sort >"$logs/changed-files.txt"
  R_FILES[$p]=$(wc -l <"$logs/changed-files.txt")
  local pkgs=() build_pkgs=() d
  while IFS= read -r d; do pkgs+=("./$d"); done < <(grep '\.go$' "$logs/changed-files.txt" | xargs -r -n1 dirname | LC_ALL=C sort -u)
  while IFS= read -r d; do build_pkgs+=("./$d"); done < <(grep '\.go$' "$logs/changed-files.txt" | grep -v '_test\.go$' | xargs -r -n1 dirname | LC_ALL=C sort -u)
  note "   changed: ${R_FILES[$p]} files in ${#pkgs[@]} packages"

  log "$p: build (${#build_pkgs[@]} changed packages), vet (${#pkgs[@]})"
  local build_main build_all
  if (cd "$TOOLS" && go build -o "$instr_bin" "./$mdir") >"$logs/build.log" 2>&1; then build_main=ok; else build_main=FAIL; fi
  # go list -export compiles every changed package (main packages too) without linking, which go build of many
  # main packages would do, one link each.
  build_all=$(check_cmd build "$logs/build-changed.log" go list -export -f '{{.ImportPath}}' -- "${build_pkgs[@]}")
  if [ "$build_main" = ok ] && [ "$build_all" != FAIL ]; then
    R_BUILD[$p]=$build_all
  else
    R_BUILD[$p]=FAIL
    fail "$p: build (program: $build_main, changed packages: $build_all)"
    sed 's/^/   /' "$logs/build.log" | head -30 >>"$DETAILS"
    [ -f "$logs/build-changed.log.new" ] && sed 's/^/   /' "$logs/build-changed.log.new" | head -40 >>"$DETAILS"
  fi
  R_VET[$p]=$(check_cmd vet "$logs/vet.log" go vet -- "${pkgs[@]}")
  if [ "${R_VET[$p]}" = FAIL ]; then fail "$p: go vet"; sed 's/^/   /' "$logs/vet.log.new" | head -40 >>"$DETAILS"; fi

  if [ "${REAL_PROGRAMS_NO_TESTS:-}" != 1 ]; then
    # The program's own tests, in full; then, with -short, the tests of the changed packages it imports.
    local own=() deps t dep_tests=() r1 r2=ok kind
    # TestGuru's calls and reflection cases take 70 s before instrumentation and minutes after: they run only
    # with REAL_PROGRAMS_FULL_TESTS=1.
    if [ "$p" = guru ] && [ "${REAL_PROGRAMS_FULL_TESTS:-}" != 1 ]; then own=(-run "$GURU_TESTS"); fi
    # -count=1 (no test result cache) for guru's tests and the dependencies' ones: go test checks a cached result,
    # and records a new one, by a stat of every file the test touched, and the tests that load packages through
    # go/build (guru, go/loader, go/ssa, go/pointer, internal/imports, ...) touch all of GOROOT: 700,000 stats for
    # guru's. Those run 4.6 s with -count=1 but 20-55 s on a cache miss and 15 s on a hit, and the dependencies' 16
    # packages for guru 27 s against 38 s on a miss; they rarely hit anyway, as they read the sources instrgen
    # rewrote, with new mtimes. The other programs' own tests keep the cache: cmd/callgraph's takes 55 s and comes
    # from the cache in a rerun where instrgen's output for it did not change.
    [ "$p" = guru ] && own=(-count=1 "${own[@]}")
    deps=$(cd "$TOOLS" && go list -deps "./$mdir" 2>/dev/null | sed -n 's|^golang.org/x/tools/||p')
    for t in "${DEP_TESTS[@]}"; do
      if [ "${t#*@}" != "$t" ]; then
        [ "${t#*@}" = "$p" ] || [ "${REAL_PROGRAMS_FULL_TESTS:-}" = 1 ] || continue
        t=${t%@*}
      fi
      if grep -qx "$t" <<<"$deps" && printf '%s\n' "${pkgs[@]}" | grep -qx "./$t"; then dep_tests+=("./$t"); fi
    done
    log "$p: go test ${own[*]} ./$mdir/..."
    r1=$(check_tests "$logs/test.log" "${own[@]}" -- "./$mdir/...")
    note "   tests${own[*]:+ (${own[*]})} ./$mdir/...: $r1: $(grep -E "^(ok|FAIL|\?)[[:space:]]+golang.org/x/tools/$mdir[[:space:]]" "$logs/test.log" | tr '\t' ' ' | tr -s ' ')"
    if [ ${#dep_tests[@]} -gt 0 ]; then
      log "$p: go test -short ${dep_tests[*]}"
      r2=$(check_tests "$logs/test-deps.log" -count=1 -short -- "${dep_tests[@]}")
      note "   tests -short ${dep_tests[*]}: $r2"
    fi
    if [ "$r1" = FAIL ] || [ "$r2" = FAIL ]; then R_TESTS[$p]=FAIL
    elif [ "$r1" = "ok*" ] || [ "$r2" = "ok*" ]; then R_TESTS[$p]="ok*"
    else R_TESTS[$p]=ok; fi
    for kind in test test-deps; do
      [ -f "$logs/$kind.log.new" ] || continue
      fail "$p: go test ($kind.log)"
      sed 's/^/   /' "$logs/$kind.log.new" >>"$DETAILS"
      grep -E -B3 -A12 '^(--- FAIL|FAIL|panic:)' "$logs/$kind.log" | head -60 | sed 's/^/   /' >>"$DETAILS"
    done
  fi

  if [ "$build_main" != ok ]; then return; fi
  log "$p: instrumented sample runs ($n)"
  run_samples "$p" instr "$instr_bin" >/dev/null
  local i same=0 traces=() base instr
  for i in $(seq 1 "$n"); do
    base=$WORK/runs/$p/base/$i instr=$WORK/runs/$p/instr/$i
    if cmp -s "$base/out" "$instr/out" && cmp -s "$base/rc" "$instr/rc"; then
      same=$((same + 1))
    else
      # Rule out a sample whose output is not deterministic: run the uninstrumented program again.
      local again
      again=$(mktemp -d "$WORK/again.XXXX")
      (cd "$again" && BIN=$base_bin G=$G S=$SAMPLES timeout $RUN_TIMEOUT bash -o pipefail -c "$(cat "$base/cmd")" </dev/null >out 2>/dev/null)
      if ! cmp -s "$base/out" "$again/out"; then
        fail "$p: sample $i is not deterministic (script problem): $(cat "$base/cmd")"
      else
        fail "$p: sample $i differs: $(cat "$base/cmd")"
        note "   exit code: $(cat "$base/rc") before, $(cat "$instr/rc") after; stdout diff (before → after):"
        diff "$base/out" "$instr/out" | head -20 | sed 's/^/   /' >>"$DETAILS"
        note "   stderr after (first lines):"
        head -15 "$instr/err" | sed 's/^/   /' >>"$DETAILS"
      fi
    fi
    if ! cmp -s "$base/err" "$instr/err"; then
      note "   sample $i: stderr differs (not a failure): $(diff "$base/err" "$instr/err" | grep -c '^[<>]') lines"
    fi
    note "   sample $i: exit $(cat "$instr/rc"), $(cat "$base/ms") ms before, $(cat "$instr/ms") ms after: $(cat "$base/cmd")"
    traces+=("$instr/cwd/traces.txt")
  done
  R_OUTPUT[$p]="$same/$n"

  # Every run must have written a parseable, connected trace with one main.main root.
  "$TSX" "$ROOT/scripts/real-programs.ts" traces --tsv "${traces[@]}" >"$logs/traces.tsv" 2>"$logs/traces.err"
  local spans=0 roots=0 orphans=0 ok=0 file tok tspans troots torphans terr tothers
  while IFS=$'\t' read -r file tok tspans troots torphans terr tothers; do
    spans=$((spans + tspans)) roots=$((roots + troots)) orphans=$((orphans + torphans))
    file=${file#"$WORK/runs/"}
    if [ "$tok" = 1 ]; then ok=$((ok + 1)); else fail "$p: traces of $file: $terr"; fi
    note "   $file: $tspans spans, $troots roots, $torphans orphans; other roots: $tothers"
  done <"$logs/traces.tsv"
  [ -s "$logs/traces.err" ] && { fail "$p: trace check crashed"; head -20 "$logs/traces.err" | sed 's/^/   /' >>"$DETAILS"; }
  R_SPANS[$p]=$spans R_ROOTS[$p]=$roots R_ORPHANS[$p]=$orphans R_TRACES[$p]="$ok/$n"
  [ "$same" -eq "$n" ] || FAILED=1
}

for p in "${PROGRAMS[@]}"; do
  run_program "$p"
  rm -rf "$TOOLS" "$BASE_TREE" "$WORK/runs/$p"
done

# ---------------------------------------------------------------------------------------------------------------
# Report.

echo
echo "Details:"
cat "$DETAILS"
echo
echo "Results (build/vet/tests: ok*, the same failure as before instrumentation; output: runs with identical"
echo "stdout and exit code; traces: runs whose traces.txt has one main.main root and no orphan; spans, roots and"
echo "orphans are totals over the runs):"
{
  printf 'program\tinstrgen exit/time\tfiles changed\tbuild\tvet\ttests\toutput identical\ttraces ok\tspans\troots\torphans\n'
  for p in "${PROGRAMS[@]}"; do
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$p" "${R_INSTRGEN[$p]}" "${R_FILES[$p]}" "${R_BUILD[$p]}" \
      "${R_VET[$p]}" "${R_TESTS[$p]}" "${R_OUTPUT[$p]}" "${R_TRACES[$p]}" "${R_SPANS[$p]}" "${R_ROOTS[$p]}" "${R_ORPHANS[$p]}"
  done
} | awk -F'\t' '{ for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NF }
  END { for (r = 1; r <= NR; r++) { line = ""; for (i = 1; i <= n; i++) line = line sprintf("%-" w[i] + 2 "s", cell[r, i]); sub(/ +$/, "", line); print line } }'
echo
echo "total time: $((SECONDS - START))s"
if [ $FAILED -ne 0 ]; then
  echo "real-programs: FAILED"
  exit 1
fi
echo "real-programs: all checks passed"
