#!/usr/bin/env bash
# Installs Debian's chromium, which the trace-page tests drive headless to prove the generated HTML renders.
# Idempotent and quiet when chromium is already present.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

if [ "${EUID:-$(id -u)}" -ne 0 ]; then
  echo "install-chromium.sh: chromium is missing; run as root, or: sudo apt-get install -y chromium" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null

if ! command -v chromium >/dev/null 2>&1; then
  echo "install-chromium.sh: installed the chromium package, but no chromium command is on PATH." >&2
  exit 1
fi
