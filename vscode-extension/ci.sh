#!/usr/bin/env bash
# CI for the VS Code extension, called by .ci/run after the .NET tests (works from any directory):
# npm ci, type-check and bundle, unit tests, package the .vsix (contents listed), then the
# end-to-end test in a real VS Code (code-server + Chromium, installed here when missing).
# Ends with "extension tests: N passed, M failed"; exit code 0 only when everything passed.
#
# Environment: CODE_SERVER_DIR (where code-server is installed; default ~/.cache/reportlint-code-server),
# INSTALL_CODE_SERVER (the installer script; default ../shared/tools/install-code-server.sh from the repo root).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 npm_config_update_notifier=false
started=$(date +%s)
passed=0
failed=0
status=0

stage() { echo "== extension: $* (at $(( $(date +%s) - started )) s)"; }
finish() {
  echo "extension tests: ${passed} passed, ${failed} failed ($(( $(date +%s) - started )) s)"
  exit "$status"
}
fail() { echo "extension CI failed: $*"; status=1; finish; }

command -v node >/dev/null || fail "node is not installed"
[ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ] || fail "Node 20 or newer is needed (found $(node --version))"

stage "npm ci"
npm ci --no-audit --no-fund --loglevel=error || fail "npm ci"

stage "type-check and bundle"
npm run -s build || fail "build"

stage "unit tests"
tap=$(mktemp)
node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$tap" \
  out/test/unit/*.test.js
unit_status=$?
unit_passed=$(awk '/^# pass /{print $3}' "$tap")
unit_failed=$(awk '/^# fail /{print $3}' "$tap")
rm -f "$tap"
passed=$((passed + ${unit_passed:-0}))
failed=$((failed + ${unit_failed:-0}))
[ "$unit_status" -eq 0 ] || { status=1; [ "${unit_failed:-0}" -gt 0 ] || failed=$((failed + 1)); }
[ "${unit_passed:-0}" -gt 0 ] || fail "no unit test ran"

stage "package the .vsix"
bash scripts/package.sh || fail "packaging"

stage "end-to-end test in code-server"
code_server_dir=${CODE_SERVER_DIR:-$HOME/.cache/reportlint-code-server}
installer=${INSTALL_CODE_SERVER:-$repo/../shared/tools/install-code-server.sh}
[ -x "$installer" ] || fail "code-server installer not found: $installer"
"$installer" "$code_server_dir" >/dev/null || fail "installing code-server into $code_server_dir"
e2e_log=$(mktemp)
node test/e2e/run.mjs --code-server "$code_server_dir" 2>&1 | tee "$e2e_log"
e2e_status=${PIPESTATUS[0]}
e2e_passed=$(sed -n 's/^e2e: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p' "$e2e_log")
e2e_failed=$(sed -n 's/^e2e: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p' "$e2e_log")
rm -f "$e2e_log"
passed=$((passed + ${e2e_passed:-0}))
failed=$((failed + ${e2e_failed:-1}))
[ "$e2e_status" -eq 0 ] || status=1
finish
