#!/usr/bin/env bash
# Installs Debian packages when a command is missing: `apt-install.sh COMMAND PACKAGE...`. Idempotent and quiet
# when the command is already there; as root it runs apt-get, otherwise it says what to run.
set -euo pipefail
cmd="$1"
shift
command -v "$cmd" >/dev/null 2>&1 && exit 0
if [ "${EUID:-$(id -u)}" -ne 0 ]; then
  echo "$(basename "$0"): $cmd is missing; run as root, or: sudo apt-get install -y $*" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$@" >/dev/null
if ! command -v "$cmd" >/dev/null 2>&1; then
  echo "$(basename "$0"): installed $*, but no $cmd command is on PATH." >&2
  exit 1
fi
