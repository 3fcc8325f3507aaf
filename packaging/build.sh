#!/usr/bin/env bash
# Build the one-folder bundle dist/faltapp/ (binary dist/faltapp/faltapp) with PyInstaller,
# then prove it starts: a demo database and `--smoke` from the bundle itself.
#
#   packaging/build.sh            build and smoke-test
#   packaging/build.sh --no-smoke build only
#
# Needs the venv of ./bootstrap.sh test (PyInstaller is in the test extra) and the built
# translations (bootstrap makes resources/translations/faltapp_en.qm).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
[[ -x "$PY" ]] || { echo "build.sh: run ./bootstrap.sh test first" >&2; exit 1; }
[[ -f resources/translations/faltapp_en.qm ]] || \
    "$ROOT/.venv/bin/pyside6-lrelease" -silent resources/translations/faltapp_en.ts \
        -qm resources/translations/faltapp_en.qm
DIST="${FALTAPP_DIST:-$ROOT/dist}"   # tests build into a temporary folder
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "${FALTAPP_BUILD:-$ROOT/build}/pyinstaller" packaging/faltapp.spec
echo "build.sh: built $DIST/faltapp/faltapp"
if [[ "${1:-}" != "--no-smoke" ]]; then
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    export FALTAPP_PASSPHRASE="${FALTAPP_PASSPHRASE:-bundle-smoke-1}"
    QT_QPA_PLATFORM=offscreen "$DIST/faltapp/faltapp" demo --db "$work/smoke.db" \
        --workers 1 --years 1 >/dev/null
    QT_QPA_PLATFORM=offscreen "$DIST/faltapp/faltapp" --db "$work/smoke.db" --smoke
fi
