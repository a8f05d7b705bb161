#!/usr/bin/env bash
# Installs the golang.org/x/tools module sources (Debian golang-golang-x-tools-dev) that the benchmark's x/tools corpus
# reads. Idempotent and quiet when they are already there; as root it runs apt-get, otherwise it says what to run.
set -euo pipefail
XTOOLS_DIR=/usr/share/gocode/src/golang.org/x/tools
[ -f "$XTOOLS_DIR/go.mod" ] && exit 0
if [ "${EUID:-$(id -u)}" -ne 0 ]; then
  echo "install-xtools.sh: $XTOOLS_DIR is missing; run as root, or: sudo apt-get install -y golang-golang-x-tools-dev" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq golang-golang-x-tools-dev >/dev/null
if [ ! -f "$XTOOLS_DIR/go.mod" ]; then
  echo "install-xtools.sh: installed golang-golang-x-tools-dev, but $XTOOLS_DIR/go.mod is still missing." >&2
  exit 1
fi
