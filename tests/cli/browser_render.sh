#!/usr/bin/env bash
# The SVG export as a browser draws it: each template's SVG is rendered by headless Chromium at
# its own size and compared with the PNG export at scale 1 (same fonts, same sizes, same
# elision); at most 1.5 % of the pixels may differ by more than a quarter of the range
# (antialiasing and hinting differ between Qt and Chromium; a serif font, text at another size
# or a missing element differ far more). The HTML report is rendered too.
# Usage: browser_render.sh KUBEGATE SOURCE_DIR
set -uo pipefail
kubegate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
for tool in chromium compare identify; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: ./test.sh installs it"; exit 1; }
done
render() { # render URL WIDTH HEIGHT OUT
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$tmp/profile" --window-size="$2,$3" \
        --screenshot="$4" "$1" >/dev/null 2>&1
}
for name in aks-private-hub-spoke eks-public-private aks-vnet-integration-private; do
    design="$src/resources/templates/$name.kubegate"
    "$kubegate" export "$design" -o "$tmp/$name.png" --scale 1 >/dev/null 2>&1 || fail "$name: png"
    "$kubegate" export "$design" -o "$tmp/$name.svg" >/dev/null 2>&1 || fail "$name: svg"
    size=$(identify -format "%w %h" "$tmp/$name.png")
    read -r w h <<<"$size"
    printf '<!doctype html><html><body style="margin:0;background:#fff"><img src="%s.svg" style="display:block"></body></html>\n' \
        "$name" >"$tmp/$name.html"
    render "file://$tmp/$name.html" "$w" "$h" "$tmp/$name.chromium.png" || fail "$name: chromium"
    [[ -s "$tmp/$name.chromium.png" ]] || { fail "$name: no screenshot"; continue; }
    differing=$(compare -metric AE -fuzz 25% "$tmp/$name.png" "$tmp/$name.chromium.png" null: 2>&1)
    limit=$((w * h * 15 / 1000))
    if [[ ! "$differing" =~ ^[0-9]+$ ]] || ((differing > limit)); then
        fail "$name: $differing pixels differ between the PNG and the SVG in Chromium (limit $limit)"
    else
        echo "ok: $name ($differing of $((w * h)) pixels differ)"
    fi
    "$kubegate" export "$design" -o "$tmp/$name.report.html" >/dev/null 2>&1 || fail "$name: html"
    render "file://$tmp/$name.report.html" 900 1400 "$tmp/$name.report.png" || fail "$name: report"
    # The report drew something (not a blank page): more than one colour in the screenshot.
    colours=$(identify -format "%k" "$tmp/$name.report.png" 2>/dev/null || echo 0)
    ((colours > 50)) || fail "$name: the report rendered blank ($colours colours)"
done
echo "$failures failed"
[[ $failures -eq 0 ]]
