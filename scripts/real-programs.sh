#!/usr/bin/env bash
# Integration check on real programs written by other people: instruments command-line programs (golang.org/x/tools'
# commands from Debian's golang-golang-x-tools-dev, gojq from golang-github-itchyny-gojq-dev, and GOROOT's cmd/gofmt
# as a module of its own) with instrgen, then proves that each still builds, vets and passes its tests, that every
# file instrgen wrote is gofmt-clean, that it prints the same output with the same exit code on sample invocations,
# and that every run writes a trace rooted at main.main with no orphan span; the report gives the root spans of each
# run (one root per run is the goal: every other root is a trace cut where instrgen kept a signature).
#
#   bash scripts/real-programs.sh [program...]      (default: every program in ALL_PROGRAMS)
#
# Environment: REAL_PROGRAMS_ONLY="gojq gofmt" (spaces or commas) runs only those programs, like naming them as
# arguments (for `npm test`, which passes none); REAL_PROGRAMS_NO_BUILD=1 skips `npx tsc -p .`; REAL_PROGRAMS_KEEP=1
# keeps the work directory (until the next run, which empties it) with every run's traces.txt;
# REAL_PROGRAMS_NO_TESTS=1 skips the go tests;
# REAL_PROGRAMS_FULL_TESTS=1 also runs guru's two slowest test cases (about 8 more minutes: the instrumented guru
# tests take 470 s instead of 110 s) and go/packages' tests for every program that imports it (3 more minutes), not
# only stringer; REAL_PROGRAMS_RTLIB=PATH imports the runtime library under PATH in every program (by default the
# x/tools programs use instrgen.dev/rtlib and gojq and gofmt the original instrgen's
# go.opentelemetry.io/contrib/instrgen/rtlib, which sorts before go.opentelemetry.io/otel among the imports).
# Exit code: 0 when every check of every program passed, 1 otherwise (the results table marks the failed cells FAIL,
# and the details above it say what failed), 2 on usage or setup errors.
#
# Inputs live in testdata/real-programs: gopath/ (sample packages, copied into the GOPATH), files/ (loose sample
# files, $S), samples/PROGRAM.sh (the sample invocations, one a line), gofmt/ (what makes cmd/gofmt a module outside
# GOROOT) and roots-before.tsv (root spans per sample run measured before issue 9's work, shown next to today's).
#
# How: every program is instrumented in its own copy of its whole module (instrgen analyses the whole module, the
# directory with go.mod), always at the same path $WORK/gopath/src/<module path> so the go build cache serves the
# packages instrgen left alone. $WORK is ${TMPDIR:-/tmp}/instrgen-real-programs in every run (a fresh temporary
# directory when a concurrent run holds that one), so a rerun also reuses what the last run compiled, vetted and
# tested, wherever instrgen's output did not change. Builds run in GOPATH mode, offline, against /usr/share/gocode,
# behind a GOPATH entry of our own ($WORK/gopath) that also holds rtlib and a copy of the OTel sources, installed
# there as .a files for tests that type-check source with go/importer (typeparams).
# vet already fails on two packages of the pristine x/tools tree (findings in internal/testenv and cmd/splitdwarf): a
# check counts as failed only when the instrumented tree fails where the pristine one passes, or reports messages
# (positions aside) that the pristine one does not.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA=$ROOT/testdata/real-programs
TOOLS_SRC=/usr/share/gocode/src/golang.org/x/tools
GOJQ_SRC=/usr/share/gocode/src/github.com/itchyny/gojq
SYNC_SRC=/usr/share/gocode/src/golang.org/x/sync
ALL_PROGRAMS=(digraph stringer bundle goimports fiximports callgraph guru gojq gofmt)
RUN_TIMEOUT=300   # seconds for one sample invocation
TEST_TIMEOUT=600  # seconds for one go test run (passed to go test -timeout as well)
GOROOT_SRC=$(readlink -f "$(go env GOROOT 2>/dev/null)/src")

# Per program: the module it belongs to (its import path, the root of the copy instrgen rewrites), the main package's
# directory in it, the packages whose tests are the program's own, and the arguments those tests get. The x/tools
# commands' defaults: module golang.org/x/tools, main package cmd/NAME, tests ./cmd/NAME/... .
declare -A MODULE_OF=([gojq]=github.com/itchyny/gojq [gofmt]=gofmt)
declare -A MAIN_DIR_OF=([gojq]=cmd/gojq [gofmt]=.)
# gojq's tests are in its root package and cli (cmd/gojq has none). gofmt's TestAll walks -root, by default
# runtime.GOROOT(), whose src is a symbolic link on Debian that filepath.WalkDir does not follow (so it checks
# nothing): it walks GOROOT's go/ tree instead (500 files, a few seconds; all of GOROOT takes 20 s before
# instrumentation).
declare -A OWN_TESTS_OF=([gojq]=./... [gofmt]=./...)
declare -A TEST_ARGS_OF=([gofmt]="-root=$GOROOT_SRC/go")
declare -A RTLIB_OF=([gojq]=go.opentelemetry.io/contrib/instrgen/rtlib [gofmt]=go.opentelemetry.io/contrib/instrgen/rtlib)
module_of() { echo "${MODULE_OF[$1]:-golang.org/x/tools}"; }
main_dir() { echo "${MAIN_DIR_OF[$1]:-cmd/$1}"; }
own_tests() { echo "${OWN_TESTS_OF[$1]:-./$(main_dir "$1")/...}"; }
rtlib_of() { echo "${REAL_PROGRAMS_RTLIB:-${RTLIB_OF[$1]:-instrgen.dev/rtlib}}"; }

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
# Setup: toolchain, program sources, instrgen build, work directory.

PROGRAMS=("$@")
if [ ${#PROGRAMS[@]} -eq 0 ] && [ -n "${REAL_PROGRAMS_ONLY:-}" ]; then read -ra PROGRAMS <<<"${REAL_PROGRAMS_ONLY//,/ }"; fi
[ ${#PROGRAMS[@]} -gt 0 ] || PROGRAMS=("${ALL_PROGRAMS[@]}")
for p in "${PROGRAMS[@]}"; do
  case " ${ALL_PROGRAMS[*]} " in *" $p "*) ;; *) die "unknown program '$p' (known: ${ALL_PROGRAMS[*]})" ;; esac
done

bash "$ROOT/scripts/install-go.sh" || die "Go or the OpenTelemetry Go sources are missing"
[ -d "$GOROOT_SRC/cmd/gofmt" ] || die "$GOROOT_SRC/cmd/gofmt is missing"
# x/tools, gojq (with the modules it requires), and golang.org/x/sync, which x/tools' go.mod requires
# (internal/gcimporter's tests import errgroup) and gofmt imports (semaphore).
DEBS=(golang-golang-x-tools-dev golang-golang-x-sync-dev golang-github-itchyny-gojq-dev)
if [ ! -d "$TOOLS_SRC/cmd" ] || [ ! -d "$SYNC_SRC/errgroup" ] || [ ! -d "$SYNC_SRC/semaphore" ] || [ ! -d "$GOJQ_SRC/cmd/gojq" ]; then
  if [ "${EUID:-$(id -u)}" -ne 0 ]; then
    die "$TOOLS_SRC, $SYNC_SRC or $GOJQ_SRC is missing; run as root or: sudo apt-get install -y ${DEBS[*]}"
  fi
  log "installing ${DEBS[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq "${DEBS[@]}"; } >/dev/null || die "apt-get install ${DEBS[*]} failed"
  [ -d "$TOOLS_SRC/cmd" ] && [ -d "$SYNC_SRC/semaphore" ] && [ -d "$GOJQ_SRC/cmd/gojq" ] ||
    die "$TOOLS_SRC, $SYNC_SRC or $GOJQ_SRC is still missing after apt-get install"
fi

if [ "${REAL_PROGRAMS_NO_BUILD:-}" != 1 ]; then
  log "building instrgen (npx tsc -p .)"
  (cd "$ROOT" && npx tsc -p .) || die "instrgen does not build"
fi
INSTRGEN=("node" "$ROOT/dist/cli/main.js")
TSX="$ROOT/node_modules/.bin/tsx"
[ -x "$TSX" ] || die "$TSX is missing (npm ci)"
GOFMT=$(go env GOROOT)/bin/gofmt
[ -x "$GOFMT" ] || die "$GOFMT is missing"

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
BASE_TREE=$WORK/base-tree # the pre-instrgen tree of the current program, swapped in for triage
export GO111MODULE=off GOPATH="$G:/usr/share/gocode" GOFLAGS= GOPROXY=off GOTOOLCHAIN=local
unset INSTRGEN_TRACES_FILE
mkdir -p "$G/src" "$WORK/bin" "$WORK/logs"

# The runtime library under every import path a selected program uses, next to a copy of the OTel sources.
# Export data for the packages instrgen makes instrumented code import: internal/typeparams' TestAPIConsistency
# type-checks the package's own source files with go/importer's gc importer, which reads compiled export data (.a
# files) where go/build puts them in GOPATH mode: GOROOT/pkg for std (context is there), and pkg/<goos_goarch> of the
# GOPATH entry whose src holds the package. The OTel sources live in /usr/share/gocode, which has no pkg directory
# (and is not ours to write), so after instrumentation the test failed with `could not import go.opentelemetry.io/otel
# (can't find import ...)`. A copy of them in our GOPATH entry, which comes first, makes go install write the .a
# files of OTel and rtlib (and of the OTel packages they import) under $G/pkg.
cp -r /usr/share/gocode/src/go.opentelemetry.io "$G/src/go.opentelemetry.io"
RTLIBS=$(for p in "${PROGRAMS[@]}"; do rtlib_of "$p"; done | LC_ALL=C sort -u)
for r in $RTLIBS; do
  mkdir -p "$G/src/$(dirname "$r")" && cp -r "$ROOT/rtlib" "$G/src/$r" || die "cannot copy rtlib to $G/src/$r"
done
# shellcheck disable=SC2086
EXPORT_PKGS=$(go list -deps -f '{{if not .Standard}}{{.ImportPath}} {{.Dir}}{{end}}' $RTLIBS go.opentelemetry.io/otel |
  awk -v dir="$G/src/" 'index($2, dir) == 1 { print $1 }')
# shellcheck disable=SC2086
[ -n "$EXPORT_PKGS" ] && go install $EXPORT_PKGS && [ -f "$G/pkg/$(go env GOOS)_$(go env GOARCH)/go.opentelemetry.io/otel.a" ] ||
  die "cannot install the export data of go.opentelemetry.io/otel and $RTLIBS into $G/pkg"

# ---------------------------------------------------------------------------------------------------------------
# Sample inputs: packages into the GOPATH, loose files into $SAMPLES, invocations from samples/PROGRAM.sh.

SAMPLES=$WORK/samples
cp -r "$DATA/gopath/src/." "$G/src/" && cp -r "$DATA/files" "$SAMPLES" || die "cannot copy the samples from $DATA"

# Sample invocations: the lines of samples/PROGRAM.sh that are neither blank nor comments, each a bash snippet run in
# a fresh empty directory (where traces.txt lands) with $BIN the program, $G the GOPATH, $S the loose samples, $M the
# program's module directory and $H example.com/hello's source file. Each calls the program once; their stdout and
# exit code are compared. Outputs whose order the program does not define are sorted; diff timestamps are dropped.
SAMPLE_PRELUDE='at() { local o; o=$(grep -bo -- "$1" "$H" | head -1 | cut -d: -f1); echo $((o + ${2:-0})); }
'
declare -A SAMPLE
for p in "${PROGRAMS[@]}"; do
  [ -f "$DATA/samples/$p.sh" ] || die "$DATA/samples/$p.sh is missing"
  SAMPLE[$p]=$(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$DATA/samples/$p.sh")
  [ -n "${SAMPLE[$p]}" ] || die "$DATA/samples/$p.sh has no sample invocation"
done

# Roots per sample run measured before issue 9's work (program, then one count per run), shown next to today's.
declare -A ROOTS_BEFORE
if [ -f "$DATA/roots-before.tsv" ]; then
  while IFS=$'\t' read -r p counts; do
    case "$p" in '#'* | '') continue ;; esac
    ROOTS_BEFORE[$p]=$counts
  done <"$DATA/roots-before.tsv"
fi

# cmd/gofmt as a module of its own, prepared once: GOROOT's sources (with their mtimes, for the go test cache),
# a go.mod, internal/diff copied in and a stand-in for internal/testenv (only the standard library may import
# GOROOT's internal packages). Their new import paths, gofmt/internal/..., sort where internal/... did, so the
# sources stay gofmt-clean (TestRewrite checks gofmt.go and gofmt_test.go).
GOFMT_SRC=$WORK/gofmt-module
prepare_gofmt() {
  rm -rf "$GOFMT_SRC" && cp -r --preserve=timestamps "$GOROOT_SRC/cmd/gofmt" "$GOFMT_SRC" &&
    mkdir -p "$GOFMT_SRC/internal/diff" &&
    cp --preserve=timestamps "$GOROOT_SRC/internal/diff/diff.go" "$GOFMT_SRC/internal/diff/" &&
    cp -r --preserve=timestamps "$DATA/gofmt/." "$GOFMT_SRC/" &&
    ! grep -q '"internal/' "$GOFMT_SRC"/internal/diff/*.go || return 1
  local f
  for f in "$GOFMT_SRC"/*.go; do
    grep -q '"internal/' "$f" || continue
    sed -E 's#^(\s*)"internal/(diff|testenv)"$#\1"gofmt/internal/\2"#' "$f" >"$f.new" && touch -r "$f" "$f.new" && mv "$f.new" "$f" || return 1
  done
  ! grep -q '"internal/' "$GOFMT_SRC"/*.go
}
if printf '%s\n' "${PROGRAMS[@]}" | grep -qx gofmt; then
  prepare_gofmt || die "cannot make cmd/gofmt a module of its own in $GOFMT_SRC"
fi

# The pristine sources of a program's module.
module_src() {
  case "$(module_of "$1")" in
    golang.org/x/tools) echo "$TOOLS_SRC" ;;
    github.com/itchyny/gojq) echo "$GOJQ_SRC" ;;
    gofmt) echo "$GOFMT_SRC" ;;
  esac
}

# ---------------------------------------------------------------------------------------------------------------
# Helpers.

# Adds `import "RTLIB"` as a declaration of its own after the package clause and rtlib.AutotelEntryPoint() as the
# first statement of main, in the file of the program's main package that declares func main, keeping the file
# gofmt-clean (a blank line after the package clause):
#   package main                    package main
#                             →
#   import (                        import "instrgen.dev/rtlib"
#                                   ...
add_entry_point() {
  local dir=$MOD/$(main_dir "$1") rtlib f
  rtlib=$(rtlib_of "$1")
  f=$(grep -l '^func main() {$' "$dir"/*.go | grep -v '_test\.go$' | head -1)
  [ -n "$f" ] || return 1
  sed -i -e "0,/^package main\\b.*\$/s//&\\n\\nimport \"${rtlib//\//\\/}\"/" \
         -e 's/^func main() {$/&\n\trtlib.AutotelEntryPoint()/' "$f"
  grep -q 'rtlib.AutotelEntryPoint()' "$f" && grep -qx "import \"$rtlib\"" "$f"
}

# Swaps the pre-instrgen tree into $MOD (and back), so that triage runs at the same path, with the same cache.
swap_trees() {
  mv "$MOD" "$WORK/swap" && mv "$BASE_TREE" "$MOD" && mv "$WORK/swap" "$BASE_TREE"
}

# Drops positions, blank lines and `# pkg` headers from compiler/vet output so that the messages of the
# instrumented and the pristine tree can be compared.
normalize_messages() {
  sed -E -e 's/\.go:[0-9]+(:[0-9]+)?(-[0-9]+(:[0-9]+)?)?:/.go:/g' -e '/^#/d' -e '/^[[:space:]]*$/d' | LC_ALL=C sort -u
}

# Packages (./DIR, relative to the module root) named in the `# PKG` headers of compiler or vet output, for the
# triage of check_cmd; prints nothing when some message comes before the first header (an error of no package) or
# a header names a package outside the checked ones (e.g. a dependency), which make check_cmd rerun every package.
failed_cmd_packages() {
  local logf=$1 checked=$2
  awk -v checked="$checked" -v mod="$MODPATH" '
    BEGIN { n = split(checked, c, " "); for (i = 1; i <= n; i++) ok[c[i]] = 1 }
    /^# / {
      # "# golang.org/x/tools/x/y", "# golang.org/x/tools/x/y [golang.org/x/tools/x/y.test]", or for an external test
      # package "# golang.org/x/tools/x/y_test [golang.org/x/tools/x/y.test]".
      pkg = $2; sub(/_test$/, "", pkg)
      if (pkg == mod) dir = "./."
      else if (substr(pkg, 1, length(mod) + 1) == mod "/") dir = "./" substr(pkg, length(mod) + 2)
      else bad = 1
      if (!(dir in ok)) bad = 1
      if (!(dir in seen)) { seen[dir] = 1; out[++m] = dir }
      headed = 1; next
    }
    /^[[:space:]]*$/ { next }
    !headed { bad = 1 }
    END { if (!bad) for (i = 1; i <= m; i++) print out[i] }' "$logf"
}

# check_cmd NAME LOG cmd... -- pkgs...: runs `cmd pkgs` in $MOD; on failure runs cmd again on the pristine tree,
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
  (cd "$MOD" && "${cmd[@]}" "${pkgs[@]}") >"$logf" 2>&1
  rc=$?
  if [ $rc -eq 0 ]; then echo ok; return; fi
  mapfile -t rerun < <(failed_cmd_packages "$logf" "${pkgs[*]}")
  [ ${#rerun[@]} -gt 0 ] || rerun=("${pkgs[@]}")
  swap_trees
  (cd "$MOD" && "${cmd[@]}" "${rerun[@]}") >"$logf.base" 2>&1
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

# check_tests LOG [go test flags...] -- pkgs... [-args test binary arguments...]: go test on the instrumented tree; packages that fail are rerun
# (same flags) on the pristine tree and count only if they pass there. Prints ok, ok* or FAIL. Without -count=1
# go test reuses the result of a package whose test binary and inputs are byte for byte the same as in an earlier
# program's run, or an earlier run of the script (the tree is always at the same path).
check_tests() {
  local logf=$1 rc flags=() pkgs=() args=()
  shift
  while [ $# -gt 0 ] && [ "$1" != -- ]; do flags+=("$1"); shift; done
  shift
  while [ $# -gt 0 ] && [ "$1" != -args ]; do pkgs+=("$1"); shift; done
  args=("$@")
  (cd "$MOD" && timeout $((TEST_TIMEOUT + 60)) go test -timeout ${TEST_TIMEOUT}s "${flags[@]}" "${pkgs[@]}" "${args[@]}") >"$logf" 2>&1
  rc=$?
  if [ $rc -eq 0 ]; then echo ok; return; fi
  local failed base_failed new
  failed=$(failed_test_packages "$logf")
  if [ -z "$failed" ]; then echo FAIL; echo "go test exit $rc, no failing package named" >>"$logf.new"; return; fi
  swap_trees
  # shellcheck disable=SC2086
  (cd "$MOD" && timeout $((TEST_TIMEOUT + 60)) go test -timeout ${TEST_TIMEOUT}s "${flags[@]}" $failed "${args[@]}") >"$logf.base" 2>&1
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

# sample_env BIN cmd...: runs cmd with the variables a sample invocation sees.
sample_env() {
  local bin=$1
  shift
  BIN=$bin G=$G S=$SAMPLES M=$MOD H=$G/src/example.com/hello/hello.go "$@"
}

# run_samples PROGRAM MODE BIN: runs every sample invocation into $WORK/runs/PROGRAM/MODE/N/{out,err,rc,ms}.
run_samples() {
  local p=$1 mode=$2 bin=$3 i=0 line dir t0
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    i=$((i + 1))
    dir=$WORK/runs/$p/$mode/$i
    rm -rf "$dir" && mkdir -p "$dir/cwd"
    echo "$line" >"$dir/cmd"
    t0=$(date +%s%N)
    (cd "$dir/cwd" && sample_env "$bin" timeout $RUN_TIMEOUT bash -o pipefail -c "$SAMPLE_PRELUDE$line" </dev/null >"$dir/out" 2>"$dir/err")
    echo $? >"$dir/rc"
    echo $((($(date +%s%N) - t0) / 1000000)) >"$dir/ms"
  done <<<"${SAMPLE[$p]}"
  echo $i
}

# ---------------------------------------------------------------------------------------------------------------
# One program.

declare -A R_INSTRGEN R_FILES R_BUILD R_VET R_TESTS R_GOFMT R_OUTPUT R_SPANS R_ROOTS R_RUN_ROOTS R_ORPHANS R_TRACES R_STATUS
FAILED=0
DETAILS=$WORK/details.txt
: >"$DETAILS"
CURRENT= # the program being checked, whose row fail() marks

note() { echo "$*" >>"$DETAILS"; }
fail() { FAILED=1; [ -z "$CURRENT" ] || R_STATUS[$CURRENT]=FAIL; note "FAIL $*"; }

# check_gofmt LOG FILE...: the real gofmt -l on each instrumented FILE (relative to $MOD) that the pristine tree also
# has or that instrgen added; a file listed whose pristine version gofmt does not list is a failure, one whose pristine
# version it lists too is only reported. Prints ok, ok* (only files that were not gofmt-clean before) or FAIL.
check_gofmt() {
  local logf=$1 f new=0 old=0 listed=()
  shift
  : >"$logf"
  [ $# -gt 0 ] || { echo ok; return; }
  # One gofmt for all the files (it prints the names of those it would change, or errors with file:line:col).
  mapfile -t listed < <(cd "$MOD" && "$GOFMT" -l "$@" 2>&1 | sed -E 's/^([^:]+\.go):[0-9]+:[0-9]+: .*/\1/' | LC_ALL=C sort -u)
  for f in "${listed[@]}"; do
    if [ -f "$BASE_TREE/$f" ] && [ -n "$("$GOFMT" -l "$BASE_TREE/$f" 2>&1)" ]; then
      old=$((old + 1)); echo "not gofmt-clean before instrgen either: $f" >>"$logf"
    else
      new=$((new + 1)); echo "not gofmt-clean after instrgen only: $f" >>"$logf"
      "$GOFMT" -d "$MOD/$f" 2>&1 | sed "s|$MOD/||g" | head -30 >>"$logf"
    fi
  done
  if [ $new -gt 0 ]; then echo FAIL; elif [ $old -gt 0 ]; then echo "ok*"; else echo ok; fi
}

run_program() {
  local p=$1 mdir logs=$WORK/logs/$1 base_bin=$WORK/bin/$1.base instr_bin=$WORK/bin/$1.instr
  mdir=$(main_dir "$p")
  MODPATH=$(module_of "$p")
  MOD=$G/src/$MODPATH
  CURRENT=$p
  mkdir -p "$logs"
  R_INSTRGEN[$p]=- R_FILES[$p]=- R_BUILD[$p]=- R_VET[$p]=- R_TESTS[$p]=- R_GOFMT[$p]=- R_OUTPUT[$p]=- R_SPANS[$p]=- R_ROOTS[$p]=-
  R_RUN_ROOTS[$p]=- R_ORPHANS[$p]=- R_TRACES[$p]=- R_STATUS[$p]=ok

  log "$p: preparing a copy of $MODPATH"
  rm -rf "$MOD" "$BASE_TREE"
  mkdir -p "$(dirname "$MOD")"
  # With their mtimes: go test caches a result only with the size and mtime of every file the test opened, so a
  # test that reads files instrgen leaves alone (testdata, sources) can be served from the cache again.
  cp -r --preserve=timestamps "$(module_src "$p")" "$MOD"
  if ! add_entry_point "$p"; then fail "$p: cannot add the entry point to $mdir"; return; fi

  log "$p: uninstrumented build and sample runs"
  if ! (cd "$MOD" && go build -o "$base_bin" "./$mdir") >"$logs/build.base.log" 2>&1; then
    fail "$p: the uninstrumented program does not build (script problem)"; cat "$logs/build.base.log" >>"$DETAILS"; return
  fi
  local n
  n=$(run_samples "$p" base "$base_bin")
  cp -a "$MOD" "$BASE_TREE"

  log "$p: instrgen -C <$MODPATH> ./$mdir"
  local t0 irc secs
  t0=$(date +%s%N)
  "${INSTRGEN[@]}" -C "$MOD" "./$mdir" >"$logs/instrgen.log" 2>&1
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
  (cd "$WORK" && diff -rq "$BASE_TREE" "$MOD") | sed -nE "s|^Files $BASE_TREE/(.*) and .* differ$|\1|p; s|^Only in $MOD/?([^:]*): (.*)$|\1/\2|p" |
    sed 's|^/||' | LC_ALL=C sort >"$logs/changed-files.txt"
  R_FILES[$p]=$(wc -l <"$logs/changed-files.txt")
  local pkgs=() build_pkgs=() d
  while IFS= read -r d; do pkgs+=("./$d"); done < <(grep '\.go$' "$logs/changed-files.txt" | xargs -r -n1 dirname | LC_ALL=C sort -u)
  while IFS= read -r d; do build_pkgs+=("./$d"); done < <(grep '\.go$' "$logs/changed-files.txt" | grep -v '_test\.go$' | xargs -r -n1 dirname | LC_ALL=C sort -u)
  note "   changed: ${R_FILES[$p]} files in ${#pkgs[@]} packages"

  local changed_go=()
  mapfile -t changed_go < <(grep '\.go$' "$logs/changed-files.txt")
  R_GOFMT[$p]=$(check_gofmt "$logs/gofmt.log" "${changed_go[@]}")
  if [ "${R_GOFMT[$p]}" = FAIL ]; then fail "$p: gofmt -l lists files instrgen wrote"; fi
  [ -s "$logs/gofmt.log" ] && sed 's/^/   /' "$logs/gofmt.log" | head -200 >>"$DETAILS"

  log "$p: build (${#build_pkgs[@]} changed packages), vet (${#pkgs[@]})"
  local build_main build_all
  if (cd "$MOD" && go build -o "$instr_bin" "./$mdir") >"$logs/build.log" 2>&1; then build_main=ok; else build_main=FAIL; fi
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
    local own=() deps t dep_tests=() r1 r2=ok kind own_pkgs test_args=()
    own_pkgs=$(own_tests "$p")
    # shellcheck disable=SC2206 # the arguments are words
    [ -n "${TEST_ARGS_OF[$p]:-}" ] && test_args=(-args ${TEST_ARGS_OF[$p]})
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
    deps=$(cd "$MOD" && go list -deps "./$mdir" 2>/dev/null | sed -n 's|^golang.org/x/tools/||p')
    [ "$MODPATH" = golang.org/x/tools ] || deps=
    for t in "${DEP_TESTS[@]}"; do
      if [ "${t#*@}" != "$t" ]; then
        [ "${t#*@}" = "$p" ] || [ "${REAL_PROGRAMS_FULL_TESTS:-}" = 1 ] || continue
        t=${t%@*}
      fi
      if grep -qx "$t" <<<"$deps" && printf '%s\n' "${pkgs[@]}" | grep -qx "./$t"; then dep_tests+=("./$t"); fi
    done
    log "$p: go test ${own[*]} $own_pkgs ${test_args[*]}"
    r1=$(check_tests "$logs/test.log" "${own[@]}" -- "$own_pkgs" "${test_args[@]}")
    note "   tests${own[*]:+ (${own[*]})} $own_pkgs ${test_args[*]}: $r1: $(grep -E "^(ok|FAIL)[[:space:]]+$MODPATH(/|[[:space:]])" "$logs/test.log" | tr '\t' ' ' | tr -s ' ' | paste -sd ';' -)"
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
      (cd "$again" && sample_env "$base_bin" timeout $RUN_TIMEOUT bash -o pipefail -c "$SAMPLE_PRELUDE$(cat "$base/cmd")" </dev/null >out 2>/dev/null)
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
  local spans=0 roots=0 orphans=0 ok=0 run_roots=() file tok tspans troots torphans tbytes terr tothers
  while IFS=$'\t' read -r file tok tspans troots torphans tbytes terr tothers; do
    spans=$((spans + tspans)) roots=$((roots + troots)) orphans=$((orphans + torphans))
    run_roots+=("$troots")
    file=${file#"$WORK/runs/"}
    if [ "$tok" = 1 ]; then ok=$((ok + 1)); else fail "$p: traces of $file: $terr"; fi
    note "   $file: $tbytes bytes, $tspans spans, $troots roots, $torphans orphans; other roots: $tothers"
  done <"$logs/traces.tsv"
  [ -s "$logs/traces.err" ] && { fail "$p: trace check crashed"; head -20 "$logs/traces.err" | sed 's/^/   /' >>"$DETAILS"; }
  R_SPANS[$p]=$spans R_ROOTS[$p]=$roots R_ORPHANS[$p]=$orphans R_TRACES[$p]="$ok/$n"
  R_RUN_ROOTS[$p]=$(IFS=,; echo "${run_roots[*]}")
  [ "$same" -eq "$n" ] || fail "$p: $((n - same)) of $n sample runs print differently"
  [ "$orphans" -eq 0 ] || R_ORPHANS[$p]="$orphans FAIL"
}

for p in "${PROGRAMS[@]}"; do
  run_program "$p"
  CURRENT=
  rm -rf "$MOD" "$BASE_TREE"
  # The runs' traces stay with REAL_PROGRAMS_KEEP=1, to see which functions start the other roots.
  [ "${REAL_PROGRAMS_KEEP:-}" = 1 ] || rm -rf "$WORK/runs/$p"
done

# ---------------------------------------------------------------------------------------------------------------
# Report.

echo
echo "Details:"
cat "$DETAILS"
echo
echo "Results (status: FAIL when any check of the program failed, the details above say which; build/vet/tests/gofmt:"
echo "ok*, the same failure as before instrumentation; gofmt: the files instrgen wrote, listed by gofmt -l; output:"
echo "runs with identical stdout and exit code; traces: runs whose traces.txt has one main.main root and no orphan;"
echo "spans, orphans and roots are totals over the runs; roots/run: the root spans of each sample run, today and as"
echo "measured before issue 9's work (testdata/real-programs/roots-before.tsv); one per run is one connected trace):"
{
  printf 'program\tstatus\tinstrgen exit/time\tfiles changed\tbuild\tvet\ttests\tgofmt\toutput identical\ttraces ok\tspans\torphans\troots\troots/run\troots/run before\n'
  for p in "${PROGRAMS[@]}"; do
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$p" "${R_STATUS[$p]}" "${R_INSTRGEN[$p]}" "${R_FILES[$p]}" \
      "${R_BUILD[$p]}" "${R_VET[$p]}" "${R_TESTS[$p]}" "${R_GOFMT[$p]}" "${R_OUTPUT[$p]}" "${R_TRACES[$p]}" "${R_SPANS[$p]}" \
      "${R_ORPHANS[$p]}" "${R_ROOTS[$p]}" "${R_RUN_ROOTS[$p]}" "${ROOTS_BEFORE[$p]:--}"
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
