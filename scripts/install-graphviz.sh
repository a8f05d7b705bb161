#!/usr/bin/env bash
# Installs Debian's graphviz, whose dot command the CLI tests run to prove `instrgen callgraph --format dot` renders.
exec bash "$(dirname "$0")/apt-install.sh" dot graphviz
