#!/usr/bin/env bash
# Builds reportlint-<version>.vsix: publishes the language server (framework-dependent,
# ReadyToRun) into server/, bundles the client, packages with vsce and lists the contents.
#   usage: scripts/package.sh            (run from anywhere; needs node_modules: npm ci)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf server
echo "== dotnet publish (ReadyToRun, framework-dependent)"
if ! dotnet publish ../src/ReportLint.LanguageServer -c Release -p:PublishReadyToRun=true --self-contained false \
    -o server -nologo -v quiet; then
  # ReadyToRun needs the crossgen2 package; without it (offline, partial mirror) ship plain IL.
  echo "ReadyToRun publish failed: publishing without ReadyToRun"
  rm -rf server
  dotnet publish ../src/ReportLint.LanguageServer -c Release --self-contained false -o server -nologo -v quiet
fi
[ -f server/reportlint-ls.dll ] || { echo "server/reportlint-ls.dll missing after publish"; exit 1; }

echo "== bundle"
npm run -s bundle

version=$(node -p "require('./package.json').version")
vsix="reportlint-${version}.vsix"
rm -f "$vsix"
echo "== vsce package"
# The bundle holds the dependencies, so node_modules stays out (--no-dependencies).
npx --no-install vsce package --no-dependencies --skip-license --allow-missing-repository -o "$vsix" 2>&1 \
  | grep -v 'npm warn Unknown user config' || true
[ -f "$vsix" ] || { echo "vsce produced no $vsix"; exit 1; }

echo "== contents of $vsix"
node scripts/list-vsix.mjs "$vsix"
