#!/usr/bin/env bash
# The SVG export as a browser draws it: each template's SVG is rendered by headless Chromium at
# its own size and compared with the PNG export at scale 1 (same fonts, same sizes, same
# elision); at most 1.5 % of the pixels may differ by more than a quarter of the range
# (antialiasing and hinting differ between Qt and Chromium; a serif font, text at another size
# or a missing element differ far more). The HTML report is rendered too, and the draw.io
# export is drawn by mxGraph (the library diagrams.net draws with), which must read every cell.
# Usage: browser_render.sh KUBEGATE SOURCE_DIR NODE_MODULES
set -uo pipefail
kubegate=$1
src=$2
modules=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
for tool in chromium compare identify python3; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: ./test.sh installs it"; exit 1; }
done
[[ -f "$modules/mxgraph/javascript/mxClient.js" ]] ||
    { echo "FAIL: mxgraph is missing under '$modules': ./test.sh installs it"; exit 1; }
render() { # render URL WIDTH HEIGHT OUT
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --allow-file-access-from-files --hide-scrollbars --user-data-dir="$tmp/profile" --window-size="$2,$3" \
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
    # draw.io: mxGraph decodes the model; the page's title counts the cells it holds.
    "$kubegate" export "$design" -o "$tmp/$name.drawio" >/dev/null 2>&1 || fail "$name: drawio"
    cells=$(python3 - "$tmp/$name.drawio" <<'PY'
import sys, xml.etree.ElementTree as ET
print(sum(1 for _ in ET.parse(sys.argv[1]).getroot().iter("mxCell")))
PY
)
    python3 - "$tmp/$name.drawio" "$modules" "$tmp/$name.drawio.html" <<'PY'
import json, sys
xml = open(sys.argv[1], encoding="utf-8").read()
page = """<!doctype html><html><head><meta charset="utf-8"><title>loading</title>
<script>mxBasePath = %s; mxLoadResources = false; mxLoadStylesheets = false;</script>
<script src=%s></script></head><body style="margin:0;background:#fff">
<div id="g" style="position:absolute;left:0;top:0;width:1600px;height:1200px"></div><script>
var doc = mxUtils.parseXml(%s);
var model = doc.getElementsByTagName("mxGraphModel")[0];
var graph = new mxGraph(document.getElementById("g"));
new mxCodec(model.ownerDocument).decode(model, graph.getModel());
graph.view.setTranslate(20, 60);
document.title = "cells:" + Object.keys(graph.getModel().cells).length;
</script></body></html>""" % (json.dumps("file://" + sys.argv[2] + "/mxgraph/javascript/src"),
                              json.dumps("file://" + sys.argv[2] + "/mxgraph/javascript/mxClient.js"),
                              json.dumps(xml))
open(sys.argv[3], "w", encoding="utf-8").write(page)
PY
    title=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --allow-file-access-from-files --user-data-dir="$tmp/profile" --dump-dom \
        "file://$tmp/$name.drawio.html" 2>/dev/null | grep -o '<title>[^<]*</title>')
    if [[ "$title" == "<title>cells:$cells</title>" ]]; then
        echo "ok: $name.drawio ($cells cells drawn by mxGraph)"
    else
        fail "$name.drawio: mxGraph read '$title', the file has $cells cells"
    fi
    # And drawn: the screenshot holds the icons' and markers' colours, not a blank page.
    render "file://$tmp/$name.drawio.html" 1600 1200 "$tmp/$name.drawio.png" ||
        fail "$name.drawio: screenshot"
    colours=$(identify -format "%k" "$tmp/$name.drawio.png" 2>/dev/null || echo 0)
    ((colours > 50)) || fail "$name.drawio: rendered blank ($colours colours)"
done
echo "$failures failed"
[[ $failures -eq 0 ]]
