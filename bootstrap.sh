#!/usr/bin/env bash
# Set up everything faltapp needs and run it, or its tests.
#
#   ./bootstrap.sh app  [ARGS...]         start the app (ARGS go to `faltapp`)
#   ./bootstrap.sh test [PYTEST ARGS...]  run the test suite headless (what CI runs)
#
# Works on a fresh Debian/Ubuntu machine with only Python >= 3.11: installs the system
# libraries Qt needs (via apt when run as root, otherwise it prints the apt line), creates
# .venv in the checkout and installs the project into it. Later runs reuse .venv and install
# nothing (a stamp holds the sha256 of pyproject.toml), so they work offline.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.faltapp-installed"

# Libraries PySide6 needs for `import PySide6.QtWidgets` and the offscreen platform
# (fontconfig without any font draws every glyph as a box, hence fonts-dejavu-core; Noto for
# the names in Arabic, Cyrillic, Ethiopic and Thai that the lists and editor show; poppler-utils
# so the report tests can render PDF pages to PNG with pdftoppm; age so a test decrypts an
# export with the standard age tool, as another program would; desktop-file-utils and
# appstream so the packaging tests validate the .desktop file and the AppStream metainfo).
PKGS_OFFSCREEN=(libxkbcommon0 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
    fonts-noto-core poppler-utils age desktop-file-utils appstream)
# Additionally needed for a real window on X11 (the xcb platform plugin).
PKGS_WINDOW=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1)

say() { printf 'bootstrap: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
# Step-by-step progress, only in CI (CI=true).
step() { if [[ "${CI:-}" == "true" ]]; then say "$*"; fi; }

usage() {
    cat >&2 <<'EOF'
usage: ./bootstrap.sh app  [ARGS...]          set up and start faltapp
       ./bootstrap.sh test [PYTEST ARGS...]   set up and run the tests headless
EOF
    exit 2
}

# --- Python >= 3.11 -------------------------------------------------------------------------
# Prints the interpreter's real path if it is a working Python >= 3.11 (resolving pyenv shims,
# which also exist for versions that are not active and then fail).
probe_python() {
    "$1" -c 'import sys
if sys.version_info < (3, 11) or not sys.executable:
    sys.exit(1)
print(sys.executable)' 2>/dev/null
}

find_python() {
    if [[ -n "${PYTHON:-}" ]]; then
        PY="$(probe_python "$PYTHON")" || die "\$PYTHON=$PYTHON is not a working Python >= 3.11."
        return
    fi
    local c
    for c in python3 python3.13 python3.12 python3.11; do
        if command -v "$c" >/dev/null 2>&1 && PY="$(probe_python "$c")"; then
            return
        fi
    done
    die "no Python >= 3.11 found (tried python3, python3.13, python3.12, python3.11)." \
        "Install one (e.g. 'apt-get install python3') or point \$PYTHON at it."
}

venv_ok() {
    [[ -x "$VENV/bin/python" ]] && "$VENV/bin/python" -c '' >/dev/null 2>&1
}

# --- System packages (Debian/Ubuntu) ---------------------------------------------------------
pkg_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

pkg_has_candidate() {
    # No `| grep -q` here: with pipefail, grep exiting early makes the pipeline fail.
    local policy
    policy="$(apt-cache policy "$1" 2>/dev/null || true)"
    [[ "$policy" =~ Candidate:\ [^\(] ]]
}

# Debian 13 / Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64):
# accept either name, and install whichever the archive has.
resolve_pkg() {
    if pkg_has_candidate "$1"; then
        echo "$1"
    elif pkg_has_candidate "$1t64"; then
        echo "$1t64"
    fi
}

# The package that provides ensurepip for $PY (Debian splits it out of the interpreter).
venv_pkg() {
    local ver sys_ver
    ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    sys_ver="$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' \
        2>/dev/null || true)"
    if [[ "$ver" == "$sys_ver" ]]; then echo python3-venv; else echo "python$ver-venv"; fi
}

ensure_system_packages() {
    local mode="$1"
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "not Debian/Ubuntu (no dpkg-query): skipping the system package check."
        return 0
    fi
    local wanted=("${PKGS_OFFSCREEN[@]}")
    if [[ "$mode" == "app" ]]; then wanted+=("${PKGS_WINDOW[@]}"); fi
    if ! venv_ok && "$PY" -m venv --help >/dev/null 2>&1 \
        && ! "$PY" -c 'import ensurepip' >/dev/null 2>&1; then
        wanted+=("$(venv_pkg)")
    fi

    local p missing=()
    for p in "${wanted[@]}"; do
        pkg_installed "$p" || pkg_installed "${p}t64" || missing+=("$p")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        step "system packages: ok (${#wanted[@]} checked)"
        return 0
    fi

    if [[ "$(id -u)" -ne 0 ]]; then
        local resolved=() r
        for p in "${missing[@]}"; do
            r="$(resolve_pkg "$p")"
            resolved+=("${r:-$p}")
        done
        say "missing system packages: ${resolved[*]}"
        say "install them with:"
        printf '    sudo apt-get install -y --no-install-recommends %s\n' "${resolved[*]}" >&2
        say "then run this script again."
        exit 1
    fi

    step "system packages: installing ${missing[*]}"
    apt-get update -qq </dev/null
    local install=() r
    for p in "${missing[@]}"; do
        r="$(resolve_pkg "$p")"
        if [[ -n "$r" ]]; then
            install+=("$r")
        else
            say "note: package $p does not exist in this distribution's archive; skipping it."
        fi
    done
    if [[ ${#install[@]} -gt 0 ]]; then
        # dpkg prints progress even with -qq: keep it in a log and show it only on failure.
        local log
        log="$(mktemp)"
        if ! DEBIAN_FRONTEND=noninteractive NEEDRESTART_MODE=a \
            apt-get install -y -qq --no-install-recommends "${install[@]}" </dev/null >"$log" 2>&1
        then
            cat "$log" >&2
            rm -f "$log"
            die "apt-get install failed for: ${install[*]}"
        fi
        rm -f "$log"
    fi
    step "system packages: installed ${install[*]:-nothing}"
}

# --- Virtual environment --------------------------------------------------------------------
pyproject_hash() {
    "$PY" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' \
        "$ROOT/pyproject.toml"
}

ensure_venv() {
    if venv_ok; then
        step "venv: reusing $VENV"
    else
        if [[ -e "$VENV" ]]; then
            say "$VENV is broken (its python does not run); recreating it."
            rm -rf "$VENV"
        fi
        step "venv: creating $VENV"
        "$PY" -m venv "$VENV" || die "could not create $VENV with $PY."
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    fi

    local want have=""
    want="$(pyproject_hash)"
    if [[ -f "$STAMP" ]]; then have="$(<"$STAMP")"; fi
    if [[ "$have" == "$want" ]]; then
        step "venv: faltapp already installed (pyproject.toml unchanged)"
        return 0
    fi
    step "venv: installing faltapp[test] (editable)"
    (cd "$ROOT" && "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e '.[test]')
    printf '%s\n' "$want" >"$STAMP"
}

# --- Translations ---------------------------------------------------------------------------
# The .qm files the app loads are built from the .ts sources (not committed); rebuilt when a
# .ts is newer, so a `git pull` bringing new translations works offline too.
ensure_translations() {
    local ts qm built=0
    for ts in "$ROOT"/resources/translations/*.ts; do
        [[ -e "$ts" ]] || continue
        qm="${ts%.ts}.qm"
        if [[ ! -f "$qm" || "$ts" -nt "$qm" ]]; then
            "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm" \
                || die "could not build $qm from $ts (pyside6-lrelease, from PySide6-Essentials)."
            built=$((built + 1))
        fi
    done
    step "translations: $built built"
}

# --- Main -----------------------------------------------------------------------------------
[[ $# -ge 1 ]] || usage
MODE="$1"
shift
case "$MODE" in
    app | test) ;;
    -h | --help | help) usage ;;
    *) say "unknown command: $MODE"; usage ;;
esac

find_python
step "python: $PY ($("$PY" -c 'import sys; print(sys.version.split()[0])'))"
ensure_system_packages "$MODE"
ensure_venv
ensure_translations

if [[ "$MODE" == "app" ]]; then
    exec "$VENV/bin/faltapp" "$@"
fi

# test: headless, no stdin; run from the checkout so pytest picks up pyproject's testpaths.
export QT_QPA_PLATFORM=offscreen
cd "$ROOT"
rc=0
"$VENV/bin/python" -m pytest "$@" </dev/null || rc=$?
if [[ $rc -eq 5 ]]; then
    say "pytest collected no tests: that is a failure here."
fi
exit "$rc"
