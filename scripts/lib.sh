# Shared by scripts/run, scripts/test and .ci/run. Source it; do not run it.
set -euo pipefail

STEWARD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export STEWARD_ROOT
# ccache hits across checkouts in different folders (CI clones into a new one every run).
export CCACHE_BASEDIR="$STEWARD_ROOT" CCACHE_NOHASHDIR=true

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages of scripts/debian-packages.txt that are missing (the one list of what Steward needs).
install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v '^\s*#' "$STEWARD_ROOT/scripts/debian-packages.txt" | sed 's/\s.*//' | grep -v '^$')
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        log "All ${#wanted[@]} Debian packages are installed"
        return
    fi
    log "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build PRESET [extra cmake args…]: configures once, then builds incrementally.
configure_and_build() {
    local preset="$1"; shift
    local dir="$STEWARD_ROOT/build/$preset"
    cd "$STEWARD_ROOT"
    if [ ! -f "$dir/CMakeCache.txt" ] || [ "$#" -gt 0 ]; then
        log "Configuring ($preset)"
        cmake --preset "$preset" "$@" >/dev/null
    fi
    log "Building ($preset) with $(nproc) jobs"
    cmake --build "$dir" --parallel "$(nproc)"
}
