#!/usr/bin/env bash
# Rewrites the golden files under tests/golden from the current build (release preset), after
# an intended change to an output format. Look at the new outputs (and `git diff tests/golden`)
# before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset release --target GoldenTest GoldenExportTest
export KUBEGATE_UPDATE_GOLDEN=1
build/release/tests/core/GoldenTest >/dev/null
QT_QPA_PLATFORM=offscreen build/release/tests/ui/GoldenExportTest >/dev/null
git status --short tests/golden
