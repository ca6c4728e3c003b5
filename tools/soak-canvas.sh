#!/usr/bin/env bash
# Runs the canvas truth property test as a soak: random command sequences over every template
# and a generated estate, new seeds until SECONDS have passed (default 1800), offscreen.
# Usage: tools/soak-canvas.sh [SECONDS] [FIRST_SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-1800}
seed=${2:-$RANDOM}
cmake --build --preset release --target CanvasTruthTest >/dev/null
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
echo "soak: $seconds s from seed $seed"
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$home/runtime" XDG_CONFIG_HOME="$home/config" \
    XDG_DATA_HOME="$home/data" KUBEGATE_TRUTH_SEED="$seed" KUBEGATE_TRUTH_SECONDS="$seconds" \
    QTEST_FUNCTION_TIMEOUT=$(((seconds + 600) * 1000)) \
    build/release/tests/ui/CanvasTruthTest -silent
