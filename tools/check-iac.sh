#!/usr/bin/env bash
# Checks that the IaC snippets `kubegate export` writes are valid for their tools, for every
# template: shell scripts with `bash -n` and shellcheck, eksctl YAML through a YAML parser with
# the ClusterConfig fields eksctl reads, Terraform through HashiCorp's HCL parser (hcl2json
# compiled to WebAssembly, from npm: @cdktf/hcl2json), Bicep through a balance check of its
# braces and brackets and the apiServerAccessProfile fields.
# Usage: tools/check-iac.sh KUBEGATE [--offline]
#   --offline: no npm; Terraform is then checked for balance only (CI runs it this way).
set -uo pipefail
kubegate=$1
offline=${2:-}
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

hcl=""
if [[ "$offline" != "--offline" ]] && command -v node >/dev/null && command -v npm >/dev/null; then
    cache=${XDG_CACHE_HOME:-$HOME/.cache}/kubegate-iac-check
    if [[ ! -d "$cache/node_modules/@cdktf/hcl2json" ]]; then
        mkdir -p "$cache" && (cd "$cache" && npm install --silent --no-audit --no-fund @cdktf/hcl2json@0.21.0 >/dev/null 2>&1)
    fi
    [[ -d "$cache/node_modules/@cdktf/hcl2json" ]] && hcl="$cache"
fi
[[ -z "$hcl" ]] && echo "note: HashiCorp's HCL parser is not available here; Terraform is checked for balance only"

balanced() { # brackets and braces balance outside strings and comments
    python3 - "$1" <<'PY'
import sys
text = open(sys.argv[1]).read()
depth = {'{': 0, '[': 0}
close = {'}': '{', ']': '['}
s = False
for line in text.splitlines():
    i = 0
    while i < len(line):
        c = line[i]
        if not s and (c == '#' or line[i:i+2] == '//'):
            break
        if c in "\"'":
            s = not s if (not s or line[i-1] != '\\') else s
        elif not s and c in depth:
            depth[c] += 1
        elif not s and c in close:
            depth[close[c]] -= 1
            if depth[close[c]] < 0:
                sys.exit(1)
        i += 1
sys.exit(0 if all(v == 0 for v in depth.values()) else 1)
PY
}

for design in "$src"/resources/templates/*.kubegate; do
    name=$(basename "$design" .kubegate)
    for ext in sh tf bicep yaml; do
        out="$tmp/$name.$ext"
        "$kubegate" export "$design" -o "$out" >/dev/null 2>"$tmp/err" || {
            grep -q "no cluster this format covers" "$tmp/err" || fail "$name.$ext: $(cat "$tmp/err")"
            continue
        }
        case $ext in
        sh)
            bash -n "$out" || fail "$name.sh: bash -n"
            shellcheck -s sh "$out" || fail "$name.sh: shellcheck"
            ;;
        yaml)
            python3 - "$out" <<'PY' || fail "$name.yaml: not an eksctl ClusterConfig"
import sys, yaml
for doc in yaml.safe_load_all(open(sys.argv[1])):
    if doc is None:
        continue
    assert doc["apiVersion"] == "eksctl.io/v1alpha5" and doc["kind"] == "ClusterConfig"
    assert isinstance(doc["metadata"]["name"], str) and isinstance(doc["metadata"]["region"], str)
    ends = doc["vpc"]["clusterEndpoints"]
    assert isinstance(ends["publicAccess"], bool) and isinstance(ends["privateAccess"], bool)
    for cidr in doc["vpc"].get("publicAccessCIDRs", []):
        assert isinstance(cidr, str) and "/" in cidr
PY
            ;;
        tf)
            balanced "$out" || fail "$name.tf: unbalanced"
            if [[ -n "$hcl" ]]; then
                NODE_PATH="$hcl/node_modules" node -e '
                    const { parse } = require("@cdktf/hcl2json");
                    const f = process.argv[1];
                    parse(f, require("fs").readFileSync(f, "utf8"))
                        .then(j => { if (!j.resource) { console.log("no resource"); process.exit(1); } })
                        .catch(e => { console.log(String(e)); process.exit(1); });' "$out" ||
                    fail "$name.tf: HCL parser"
            fi
            ;;
        bicep)
            balanced "$out" || fail "$name.bicep: unbalanced"
            grep -q "apiServerAccessProfile: {" "$out" || fail "$name.bicep: no apiServerAccessProfile"
            grep -q "^resource .* 'Microsoft.ContainerService/managedClusters@" "$out" ||
                fail "$name.bicep: no managedClusters resource"
            ;;
        esac
        echo "ok: $name.$ext"
    done
done
echo "$failures failed"
[[ $failures -eq 0 ]]
