#!/usr/bin/env bash
# Installs Debian's graphviz, whose dot command the CLI tests run to prove `instrgen callgraph --format dot` renders.
# Idempotent and quiet when dot is already present, so tests and CI can call it unconditionally.
set -euo pipefail

if command -v dot >/dev/null 2>&1; then
  exit 0
fi

if [ "${EUID:-$(id -u)}" -ne 0 ]; then
  echo "install-graphviz.sh: graphviz (the dot command) is missing; run as root, or: sudo apt-get install -y graphviz" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq graphviz >/dev/null

if ! command -v dot >/dev/null 2>&1; then
  echo "install-graphviz.sh: installed the graphviz package, but no dot command is on PATH." >&2
  exit 1
fi
