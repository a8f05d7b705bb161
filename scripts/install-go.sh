#!/usr/bin/env bash
# Installs the Go toolchain and the OpenTelemetry Go v1.1.0 sources (Debian packages) that instrgen's end-to-end tests build against.
# Idempotent and quiet when everything is already present, so CI can call it unconditionally.
set -euo pipefail

OTEL_SDK_DIR=/usr/share/gocode/src/go.opentelemetry.io/otel/sdk/trace
STDOUTTRACE_DIR=/usr/share/gocode/src/go.opentelemetry.io/otel/exporters/stdout/stdouttrace

missing() {
  ! command -v go >/dev/null 2>&1 || [ ! -d "$OTEL_SDK_DIR" ] || [ ! -d "$STDOUTTRACE_DIR" ]
}

if ! missing; then
  exit 0
fi

if [ "${EUID:-$(id -u)}" -ne 0 ]; then
  echo "install-go.sh: Go and/or the OpenTelemetry Go sources ($OTEL_SDK_DIR) are missing." >&2
  echo "install-go.sh: run as root, or: sudo apt-get install -y golang-go golang-opentelemetry-otel-dev" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq golang-go golang-opentelemetry-otel-dev >/dev/null

if missing; then
  echo "install-go.sh: installed golang-go and golang-opentelemetry-otel-dev, but go or $OTEL_SDK_DIR is still missing." >&2
  exit 1
fi
