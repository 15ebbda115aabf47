#!/usr/bin/env bash
# Make sure /usr/bin/chromium exists before the browser (e2e) tests.
#
# The e2e tests use the system Chromium; browsers are never downloaded
# (no `npx playwright install`). As root with apt-get (CI), install the
# distribution package; otherwise only warn and let the tests report it.
# Chromium run as root needs --no-sandbox: that is the test config's job.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> $CHROMIUM not found; installing the chromium package" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium
    if [ ! -x "$CHROMIUM" ]; then
        echo "error: installed chromium but $CHROMIUM is still missing" >&2
        exit 1
    fi
else
    echo "warning: $CHROMIUM not found and cannot install it here (needs root and apt-get);" \
        "install Chromium to run the e2e tests" >&2
fi
