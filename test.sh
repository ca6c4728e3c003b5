#!/usr/bin/env bash
# Installs what is missing, builds (Release) and runs every test through ctest.
# The exit status is the result.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh
kubegate_ensure_packages
kubegate_ensure_test_tools
kubegate_build release
ctest --preset release -j"$(nproc)"
