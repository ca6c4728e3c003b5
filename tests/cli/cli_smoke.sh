#!/usr/bin/env bash
# Usage: cli_smoke.sh KUBEGATE SOURCE_DIR. Runs the kubegate binary and checks exit codes and
# output. No display is available: the headless commands must never need one.
set -u
kubegate=$1
src=$2
unset DISPLAY WAYLAND_DISPLAY
# The messages checked below are English: the command line speaks the locale's language.
export LC_ALL=C LANGUAGE=
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expect() { # expect CODE PATTERN_IN_OUTPUT -- ARGS...
    local want=$1 pattern=$2
    shift 3
    "$kubegate" "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    if [[ $got -ne $want ]]; then
        echo "FAIL: kubegate $* exited $got, expected $want"
        cat "$tmp/out" "$tmp/err"
        failures=$((failures + 1))
    elif ! grep -qF -- "$pattern" "$tmp/out" "$tmp/err"; then
        echo "FAIL: kubegate $*: output lacks '$pattern'"
        cat "$tmp/out" "$tmp/err"
        failures=$((failures + 1))
    else
        echo "ok: kubegate $*"
    fi
}

expect 0 "Usage:" -- --help
expect 0 "wrote" -- export "$src/resources/templates/eks-public-private.kubegate" -o "$tmp/d.svg"
expect 0 "wrote" -- export "$src/resources/templates/aks-private-hub-spoke.kubegate" -o "$tmp/d.png" --scale 0.5 --overlays aks-pay --theme dark
expect 0 "wrote" -- export "$src/resources/templates/aks-private-hub-spoke.kubegate" -o "$tmp/d.pdf" --overlays all
expect 0 "wrote" -- export "$src/resources/templates/aks-private-hub-spoke.kubegate" -o "$tmp/r.md"
expect 0 "wrote" -- export "$src/resources/templates/aks-private-hub-spoke.kubegate" -o "$tmp/r.html"
expect 0 "wrote" -- export "$src/resources/templates/eks-public-private.kubegate" -o "$tmp/d.drawio"
expect 0 "wrote" -- export "$src/resources/templates/aks-private-hub-spoke.kubegate" -o "$tmp/aks.tf"
expect 0 "wrote" -- export "$src/resources/templates/aks-private-hub-spoke.kubegate" -o "$tmp/aks.bicep"
expect 0 "wrote" -- export "$src/resources/templates/eks-public-private.kubegate" -o "$tmp/eks.yaml"
expect 0 "wrote" -- export "$src/resources/templates/aks-beside-eks.kubegate" -o "$tmp/both.txt" --format azcli
expect 0 "wrote" -- export "$src/resources/templates/aks-authorized-ranges.kubegate" -o "$tmp/aks.sh"
if sh -n "$tmp/aks.sh"; then echo "ok: the Azure CLI script parses"; else
    echo "FAIL: the Azure CLI script does not parse"; failures=$((failures + 1)); fi
expect 2 "no cluster this format covers" -- export "$src/resources/templates/aks-public.kubegate" -o "$tmp/x.yaml"
expect 2 "use .svg, .png" -- export "$src/resources/templates/aks-private-hub-spoke.kubegate" -o "$tmp/d.gif"
expect 2 "no element 'nope'" -- export "$src/resources/templates/aks-private-hub-spoke.kubegate" -o "$tmp/d.svg" --overlays nope
expect 2 "truncated.kubegate" -- export "$src/tests/data/bad/truncated.kubegate" -o "$tmp/d.svg"
# Not a command and not a file: said so, exit 2, before Qt starts (no platform plugin at all).
platform=${QT_QPA_PLATFORM-}
unset QT_QPA_PLATFORM
expect 2 "unknown command 'compare'" -- compare "$src/resources/templates/aks-public.kubegate" "$src/resources/templates/eks-public-only.kubegate"
expect 2 "did you mean 'validate'" -- valdate "$src/resources/templates/aks-public.kubegate"
expect 2 "no file '$tmp/missing.kubegate'" -- "$tmp/missing.kubegate"
expect 2 "is a folder" -- "$tmp"
expect 2 "the designer opens one file" -- "$src/resources/templates/aks-public.kubegate" "$src/resources/templates/eks-public-only.kubegate"
# diff needs no display either: 0 when the same, 1 when different.
expect 0 "The designs are the same." -- diff "$src/resources/templates/aks-public.kubegate" "$src/resources/templates/aks-public.kubegate"
expect 1 "Paths" -- diff "$src/resources/templates/aks-public.kubegate" "$src/resources/templates/aks-authorized-ranges.kubegate"
export QT_QPA_PLATFORM=$platform
expect 0 "kubegate 0." -- --version
expect 0 "0 errors" -- validate "$src/resources/templates/aks-private-hub-spoke.kubegate"
expect 0 '"findings"' -- validate "$src/resources/templates/eks-public-private.kubegate" --format json
expect 1 "KG-002" -- validate "$src/tests/data/good/structural-errors.kubegate"
expect 2 "this is \`az aks show\` output" -- validate "$src/tests/data/bad/az-aks-show.json"
expect 2 "no such file" -- validate "$tmp/missing.kubegate"
expect 1 "UNREACHABLE" -- explain "$src/resources/templates/aks-private-hub-spoke.kubegate" --client laptop-home --cluster aks-pay
expect 0 "REACHABLE" -- explain "$src/resources/templates/eks-public-private.kubegate" --client bastion --cluster eks-prod
expect 0 "EKS-025" -- rules
expect 2 "unknown command or option" -- --frobnicate
expect 2 "validate needs a design file" -- validate

expect 1 '"paths": [' -- validate "$src/tests/data/good/structural-errors.kubegate" --format json

# import: detected and forced sources, several inputs into one design, rule violations kept
imp="$src/tests/data/import"
expect 0 "Imported 3 clusters and 4 networks into" -- import "$imp/aks-private-system.json" "$imp/eks-public-default.json" "$imp/terraform-aks-v4.json" -o "$tmp/imported.kubegate"
expect 0 "0 errors" -- validate "$tmp/imported.kubegate"
expect 0 "AKS-110" -- import "$imp/terraform-aks-v3-none.json" --from terraform -o "$tmp/none.kubegate"
expect 1 "AKS-027" -- validate "$tmp/none.kubegate"
expect 0 '"format": "kubegate"' -- import "$imp/eks-private-only.json"
expect 2 "not \`aws eks describe-cluster\` as --from says" -- import "$imp/aks-public.json" --from eks
expect 2 "at /cluster/resourcesVpcConfig/publicAccessCidrs/1" -- import "$imp/bad/bad-cidr.json" -o "$tmp/bad.kubegate"
expect 2 "syntax-error.json:5:3" -- import "$imp/bad/syntax-error.json"
expect 2 "unknown source 'gcp'" -- import "$imp/aks-public.json" --from gcp
expect 2 "import needs at least one input" -- import
if [[ -e "$tmp/bad.kubegate" ]]; then
    echo "FAIL: a refused import wrote its output"
    failures=$((failures + 1))
fi

echo "$failures failed"
[[ $failures -eq 0 ]]
