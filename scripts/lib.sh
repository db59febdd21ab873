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
    # The postgresql-15 package would start the machine's own server (in a chroot, one that outlives it): Steward's
    # tests start their own (scripts/pg-server), so services are not started during this install (policy-rc.d, the
    # Debian way), unless the machine already has its own policy.
    local policy=/usr/sbin/policy-rc.d ours=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null && as_root chmod 0755 "$policy" && ours=1
    fi
    local status=0
    # Removed however the install ends (an interrupt included): it would keep refusing every service start.
    [ "$ours" -eq 0 ] || trap 'as_root rm -f /usr/sbin/policy-rc.d' EXIT INT TERM
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        >/dev/null || status=$?
    if [ "$ours" -ne 0 ]; then
        as_root rm -f "$policy"
        trap - EXIT INT TERM
    fi
    return "$status"
}

# The one build that scripts/test and scripts/run share, so that running one after the other compiles nothing twice.
STEWARD_PRESET=ci

# configure_and_build PRESET [extra cmake args…]: configures when needed, then builds incrementally.
# Configures again whenever the last configure did not finish (failed, or was killed: no stamp), the folder has no
# build.ninja, or extra arguments are given; a folder made for another checkout or machine is removed first.
configure_and_build() {
    local preset="$1"; shift
    local dir="$STEWARD_ROOT/build/$preset"
    local stamp="$dir/.steward-configured" why=""
    cd "$STEWARD_ROOT"
    if [ -f "$dir/CMakeCache.txt" ]; then
        local home compiler
        home="$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$dir/CMakeCache.txt")"
        compiler="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$dir/CMakeCache.txt")"
        if [ "$home" != "$STEWARD_ROOT" ]; then
            log "build/$preset was configured for another checkout ($home): removing it to configure afresh"
            rm -rf "$dir"
        elif [ -n "$compiler" ] && ! command -v "$compiler" >/dev/null 2>&1; then
            log "build/$preset names a compiler this machine does not have ($compiler): removing it to configure afresh"
            rm -rf "$dir"
        fi
    fi
    if [ ! -f "$dir/CMakeCache.txt" ]; then why="new build folder"
    elif [ ! -f "$dir/build.ninja" ]; then why="build.ninja is missing"
    elif [ ! -f "$stamp" ]; then why="the last configure did not finish"
    elif [ "$#" -gt 0 ]; then why="options $*"
    fi
    if [ -n "$why" ]; then
        log "Configuring ($preset): $why"
        rm -f "$stamp"
        if ! cmake --preset "$preset" "$@" >/dev/null; then
            log "Configuring ($preset) failed; the next run configures again. A missing package? See README, Troubleshooting"
            return 1
        fi
        touch "$stamp"
    fi
    log "Building ($preset) with $(nproc) jobs"
    cmake --build "$dir" --parallel "$(nproc)"
}
