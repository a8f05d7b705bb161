#!/usr/bin/env bash
# Installs Debian's chromium, which the trace-page tests drive headless to prove the generated HTML renders.
exec bash "$(dirname "$0")/apt-install.sh" chromium chromium
