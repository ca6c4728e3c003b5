#!/usr/bin/env bash
# Installs what is missing, builds (Release) and opens the designer on a sample design.
# Without a display it says so and runs a headless demo instead.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh
kubegate_ensure_packages
kubegate_build release kubegate
sample=resources/templates/aks-private-hub-spoke.kubegate
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the headless demo."
    echo "\$ kubegate validate $sample"
    status=0
    build/release/app/kubegate validate "$sample" || status=$?
    echo
    echo "Exit status $status (0: no errors, 1: error findings, 2: unreadable design)."
    exit 0
fi
exec build/release/app/kubegate "$sample" "$@"
