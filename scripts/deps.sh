# Sourced by run.sh, test.sh and .ci/run: installs the Debian 12 packages Kubegate needs when
# any is missing. Quick (one dpkg-query) when everything is there already.

KUBEGATE_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libxkbcommon-dev libgl1-mesa-dev
    nlohmann-json3-dev libgtest-dev libgmock-dev googletest libbenchmark-dev libgraphviz-dev
    libabsl-dev libboost-dev
    fonts-noto-cjk fonts-dejavu-core
    poppler-utils shellcheck python3 python3-yaml
    chromium imagemagick
)

kubegate_missing_packages() {
    local missing=()
    local status
    for p in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
        [[ "$status" == "install ok installed" ]] || missing+=("$p")
    done
    echo "${missing[@]:-}"
}

kubegate_ensure_packages() {
    local missing
    missing=$(kubegate_missing_packages "${KUBEGATE_PACKAGES[@]}" "$@")
    [[ -z "$missing" ]] && return 0
    echo "Installing missing packages: $missing"
    local sudo=""
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null; then
            sudo="sudo"
        else
            echo "error: these packages are missing and this user cannot install them: $missing" >&2
            return 1
        fi
    fi
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

# Node.js and the npm packages the tests run, in build/tools (not committed): HashiCorp's HCL
# parser (@cdktf/hcl2json) for the Terraform the exports write, and mxGraph (the library
# diagrams.net draws with) to render the draw.io export in a browser. Node.js comes from Debian when
# the machine has none.
KUBEGATE_NPM_PACKAGES=("@cdktf/hcl2json@0.21.0" "mxgraph@4.2.2")

kubegate_ensure_test_tools() {
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        kubegate_ensure_packages nodejs npm
    fi
    local dir=build/tools
    if [[ -f "$dir/node_modules/@cdktf/hcl2json/package.json" &&
        -f "$dir/node_modules/mxgraph/package.json" ]]; then
        return 0
    fi
    echo "Installing npm packages for the tests: ${KUBEGATE_NPM_PACKAGES[*]}"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --no-save --silent "${KUBEGATE_NPM_PACKAGES[@]}"
}

# Configures a preset once (or when its cache is gone), then builds the given targets.
kubegate_build() {
    local preset=$1
    shift
    if [[ ! -f "build/$preset/CMakeCache.txt" ]]; then
        cmake --preset "$preset" >/dev/null
    fi
    if [[ $# -gt 0 ]]; then
        cmake --build --preset "$preset" --target "$@"
    else
        cmake --build --preset "$preset"
    fi
}
