#!/usr/bin/env bash
# Checks that the IaC snippets `kubegate export` writes are valid for their tools, for every
# template: shell scripts with `sh -n` and shellcheck, eksctl YAML through a YAML parser with
# the ClusterConfig fields eksctl reads, Terraform through HashiCorp's HCL parser (hcl2json
# compiled to WebAssembly, from npm: @cdktf/hcl2json, which ./test.sh installs under
# build/tools), Bicep through a balance check of its braces and brackets and the
# apiServerAccessProfile fields.
# Usage: tools/check-iac.sh KUBEGATE NODE_MODULES
set -uo pipefail
kubegate=$1
hcl=${2:-}
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if [[ -z "$hcl" || ! -d "$hcl/@cdktf/hcl2json" ]] || ! command -v node >/dev/null; then
    echo "FAIL: HashiCorp's HCL parser (@cdktf/hcl2json) or node is missing: ./test.sh installs them"
    exit 1
fi

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
            sh -n "$out" || fail "$name.sh: sh -n"
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
            NODE_PATH="$hcl" node -e '
                const { parse } = require("@cdktf/hcl2json");
                const f = process.argv[1];
                parse(f, require("fs").readFileSync(f, "utf8"))
                    .then(j => {
                        const p = ((j.terraform || [])[0] || {}).required_providers;
                        if (!j.resource || !p) { console.log("no resource or required_providers"); process.exit(1); }
                    })
                    .catch(e => { console.log(String(e)); process.exit(1); });' "$out" ||
                fail "$name.tf: HCL parser"
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
