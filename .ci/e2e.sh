#!/usr/bin/env bash
# End-to-end tests of the VS Code extension in a real VS Code (code-server 4.100.3 driven by Debian's
# chromium). Called by .ci/run after `npm test`, from the repository root, as root:
#   .ci/e2e.sh
# Installs the Debian packages code-server and chromium need, runs `npm run test:e2e`, and ends with
# one line "E2E: N passed, N failed": the extension-host mocha suite's passes and failures plus the
# UI hover test counted as one test. Exit code: that of `npm run test:e2e`.
set -uo pipefail
cd "$(dirname "$0")/.."
pkgs=(chromium ripgrep build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)
missing=()
for p in "${pkgs[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
export E2E_OUT="${E2E_OUT:-$PWD/.e2e}"
rm -f "$E2E_OUT/summary.json"
start=$(date +%s)
npm run test:e2e
status=$?
echo "e2e took $(( $(date +%s) - start )) s"
if [ -f "$E2E_OUT/summary.json" ]; then
  node -e 'const s = require(process.argv[1]); console.log(`E2E: ${s.passed} passed, ${s.failed} failed`)' "$E2E_OUT/summary.json"
else
  echo "E2E: 0 passed, 1 failed"
fi
exit $status
