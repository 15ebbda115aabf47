#!/usr/bin/env bash
# Print the path of a Python >= 3.12 interpreter, or explain and exit 1.
#
# Order: $PYTHON (if given), python3.14, python3.13, python3.12, the newest
# $(pyenv root)/versions/3.1[2-9]*/bin/python3, then python3.
#
# Every candidate is actually run: a pyenv shim can exist on PATH yet fail
# ("pyenv: python3.13: command not found") when .python-version selects
# another version. The printed path is the real interpreter (sys.executable),
# not the shim, so the virtualenv does not depend on pyenv's state.
set -uo pipefail

MIN_MAJOR=3
MIN_MINOR=12
tried=()

# check CANDIDATE: print its sys.executable if it runs and is new enough.
check() {
    local out
    out=$("$1" -c "import sys
if sys.version_info < ($MIN_MAJOR, $MIN_MINOR):
    sys.exit(3)
print(sys.executable)" 2>/dev/null) || return 1
    [ -n "$out" ] || out=$1
    printf '%s\n' "$out"
}

try() {
    tried+=("$1")
    check "$1" && exit 0
    return 0
}

if [ -n "${PYTHON:-}" ]; then
    tried+=("PYTHON=$PYTHON")
    if check "$PYTHON"; then
        exit 0
    fi
    echo "warning: PYTHON=$PYTHON is not a working Python >= $MIN_MAJOR.$MIN_MINOR; looking for another" >&2
fi

for name in python3.14 python3.13 python3.12; do
    if command -v "$name" >/dev/null 2>&1; then
        try "$name"
    else
        tried+=("$name")
    fi
done

pyenv_root=""
if command -v pyenv >/dev/null 2>&1; then
    pyenv_root=$(pyenv root 2>/dev/null || true)
fi
pyenv_root=${pyenv_root:-${PYENV_ROOT:-$HOME/.pyenv}}
tried+=("$pyenv_root/versions/3.1[2-9]*/bin/python3")
if [ -d "$pyenv_root/versions" ]; then
    # Newest first (sort -V orders 3.12.10 after 3.12.9).
    while IFS= read -r dir; do
        [ -x "$dir/bin/python3" ] || continue
        check "$dir/bin/python3" && exit 0
    done < <(find "$pyenv_root/versions" -mindepth 1 -maxdepth 1 -name '3.1[2-9]*' 2>/dev/null | sort -Vr)
fi

if command -v python3 >/dev/null 2>&1; then
    try python3
else
    tried+=(python3)
fi

joined=$(printf '%s, ' "${tried[@]}")
{
    echo "Mission Control needs Python $MIN_MAJOR.$MIN_MINOR or newer; none was found (tried ${joined%, })."
    echo "Install one (e.g. pyenv install 3.12) or pass PYTHON=/path/to/python3.12"
} >&2
exit 1
