#!/usr/bin/env bash
# Builds an offline Go module proxy (use it as GOPROXY=file://DIR with GOSUMDB=off) from Debian's packaged sources:
# OpenTelemetry Go v1.1.0 (the root module and its nested modules trace, sdk, exporters/stdout/stdouttrace,
# exporters/jaeger, whose go.mod files Debian lacks: scripts/module-proxy/otel-v1.1.0/ has upstream's), and the modules
# their go.mod files require (testify, go-cmp, x/sys and what those require). Prints the directory on stdout.
#
# Installs the Debian packages it needs when missing (as root). The proxy is cached under a path keyed by the
# content of this script, the go.mod files, the zip program and the packages' versions, so reruns take no time;
# it is built in a temporary directory and renamed into place, so parallel callers never see half a proxy.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src=/usr/share/gocode/src
otel=$src/go.opentelemetry.io/otel

# One run at a time (jest workers and npm run example may start it together): apt-get and dpkg take one lock, and
# the second run then finds the first one's proxy.
exec 9>"${TMPDIR:-/tmp}/instrgen-goproxy.lock"
flock 9

# package → the directory it installs, checked before apt-get runs at all.
packages=(
  golang-go:/usr/bin/go
  golang-opentelemetry-otel-dev:$otel/sdk/trace
  golang-golang-x-mod-dev:$src/golang.org/x/mod/zip
  golang-golang-x-sys-dev:$src/golang.org/x/sys/unix
  golang-github-stretchr-testify-dev:$src/github.com/stretchr/testify/assert
  golang-github-google-go-cmp-dev:$src/github.com/google/go-cmp/cmp
  golang-gopkg-check.v1-dev:$src/gopkg.in/check.v1
)
missing=()
for p in "${packages[@]}"; do [ -e "${p#*:}" ] || missing+=("${p%%:*}"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "${EUID:-$(id -u)}" -ne 0 ]; then
    echo "module-proxy.sh: missing Debian packages; run as root, or: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# MODULE DEBIAN-PACKAGE SOURCEDIR: served at the version Debian packages.
debian_modules=(
  "github.com/stretchr/testify golang-github-stretchr-testify-dev $src/github.com/stretchr/testify"
  "github.com/stretchr/objx golang-github-stretchr-objx-dev $src/github.com/stretchr/objx"
  "github.com/davecgh/go-spew golang-github-davecgh-go-spew-dev $src/github.com/davecgh/go-spew"
  "github.com/pmezard/go-difflib golang-github-pmezard-go-difflib-dev $src/github.com/pmezard/go-difflib"
  "gopkg.in/yaml.v3 golang-gopkg-yaml.v3-dev $src/gopkg.in/yaml.v3"
  "github.com/google/go-cmp golang-github-google-go-cmp-dev $src/github.com/google/go-cmp"
  "golang.org/x/sys golang-golang-x-sys-dev $src/golang.org/x/sys"
)
# Upstream's directories of OTel v1.1.0 that are modules of their own: no module's zip holds another's files.
otel_nested="bridge/opencensus bridge/opencensus/test bridge/opentracing example/fib example/jaeger example/namedtracer
example/opencensus example/otel-collector example/passthrough example/prometheus example/zipkin exporters/jaeger
exporters/otlp/otlpmetric exporters/otlp/otlpmetric/otlpmetricgrpc exporters/otlp/otlpmetric/otlpmetrichttp
exporters/otlp/otlptrace exporters/otlp/otlptrace/otlptracegrpc exporters/otlp/otlptrace/otlptracehttp
exporters/prometheus exporters/stdout/stdoutmetric exporters/stdout/stdouttrace exporters/zipkin internal/metric
internal/tools metric schema sdk/export/metric sdk sdk/metric trace"
# SUBDIR GOMOD: the OTel modules served, all at v1.1.0.
otel_modules=(". -" "trace trace.mod" "sdk sdk.mod" "exporters/stdout/stdouttrace stdouttrace.mod" "exporters/jaeger jaeger.mod")

debian_version() { # the module version of a Debian package: 1:0.7.0+dfsg-1 → v0.7.0
  local v
  v="$(dpkg-query -W -f '${Version}' "$1")"
  v="${v#*:}"
  v="v${v%%[-+~]*}"
  [[ "$v" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "module-proxy.sh: cannot take a module version from $1 $v" >&2; exit 1; }
  echo "$v"
}

specs=""
for sub_mod in "${otel_modules[@]}"; do
  read -r sub gomod <<<"$sub_mod"
  excludes=""
  for n in $otel_nested; do
    if [ "$sub" = . ]; then excludes+="$n,"; elif [[ "$n" == "$sub/"* ]]; then excludes+="${n#"$sub"/},"; fi
  done
  path=go.opentelemetry.io/otel
  dir=$otel
  [ "$sub" = . ] || { path+="/$sub"; dir+="/$sub"; gomod="$here/module-proxy/otel-v1.1.0/$gomod"; }
  specs+="$path v1.1.0 $dir $gomod ${excludes%,}"$'\n'
done
for m in "${debian_modules[@]}"; do
  read -r path pkg dir <<<"$m"
  specs+="$path $(debian_version "$pkg") $dir"$'\n'
done
# Debian packages gopkg.in/check.v1 at upstream commit 038fdea0a05b (2020-09-02), which has this pseudo-version.
specs+="gopkg.in/check.v1 v1.0.0-20200902074654-038fdea0a05b $src/gopkg.in/check.v1"$'\n'

key="$( { cat "$0" "$here"/module-proxy/zipmodules.go "$here"/module-proxy/otel-v1.1.0/*.mod; echo "$specs"; go version;
  for p in "${packages[@]}"; do dpkg-query -W -f '${Package} ${Version}\n' "${p%%:*}"; done; } | sha256sum | cut -c1-16)"
proxy="${TMPDIR:-/tmp}/instrgen-goproxy-$key"
if [ -f "$proxy/.complete" ]; then
  echo "$proxy"
  exit 0
fi

stage="$(mktemp -d "${TMPDIR:-/tmp}/instrgen-goproxy-build.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
# The zip writer is built in GOPATH mode against Debian's golang.org/x/mod.
mkdir -p "$stage/gopath/src/zipmodules" "$stage/proxy"
cp "$here/module-proxy/zipmodules.go" "$stage/gopath/src/zipmodules/"
(cd "$stage/gopath/src/zipmodules" && GO111MODULE=off GOPATH="$stage/gopath:/usr/share/gocode" GOFLAGS= CGO_ENABLED=0 \
  GOCACHE="${GOCACHE:-${TMPDIR:-/tmp}/instrgen-gocache}" go build -o "$stage/zipmodules" .)
printf '%s' "$specs" | "$stage/zipmodules" "$stage/proxy" "2021-10-27T19:18:40Z" >&2
touch "$stage/proxy/.complete"
# Another run may have finished first; its proxy is the same.
mv -T "$stage/proxy" "$proxy" 2>/dev/null || [ -f "$proxy/.complete" ]
echo "$proxy"
