#!/usr/bin/env bash
# npm run test:e2e — the extension in a REAL VS Code on a machine that reaches only npm and apt:
# code-server 4.100.3 (VS Code 1.100.3, Node 20) from npm, driven by Debian's chromium.
#   1. chromium (+ ripgrep and headers for code-server's native modules) from apt if missing (root)
#   2. code-server into $E2E_CACHE (default $HOME/.cache/attribution-lint-e2e), outside the repo
#   3. npm run package (build + .vsix)
#   4. the mocha suite inside the extension host (test/e2e/suite), extension loaded from the repo
#   5. the UI smoke test (hover + Problems + report, screenshots), extension installed from the .vsix
# Output in $E2E_OUT (default .e2e/, git-ignored): shots/*.png, runs/*/code-server.log, summary.json
# ({ passed, failed }: the suite's tests plus the UI test as one). Exit code non-zero on any failure.
# Env: E2E_CACHE, E2E_OUT, CS_VERSION, CHROMIUM, SKIP_UI=1, SKIP_EXTHOST=1.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$REPO"
export E2E_CACHE=${E2E_CACHE:-$HOME/.cache/attribution-lint-e2e}
export E2E_OUT=${E2E_OUT:-$REPO/.e2e}
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
T0=$(date +%s)
step() { echo "=== e2e [$(( $(date +%s) - T0 ))s] $*"; }
mkdir -p "$E2E_OUT/shots" "$E2E_OUT/runs"
rm -f "$E2E_OUT"/summary.json "$E2E_OUT"/exthost-result.json "$E2E_OUT"/ui-result.json "$E2E_OUT"/shots/*.png
# Keep the logs of the last few runs only.
(ls -1dt "$E2E_OUT"/runs/* 2>/dev/null || true) | tail -n +9 | xargs -r rm -rf

need_apt=()
[ -x "$CHROMIUM" ] || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
if [ ! -f "$E2E_CACHE/code-server-${CS_VERSION:-4.100.3}/.installed" ]; then
  command -v pkg-config >/dev/null || need_apt+=(pkg-config)
  command -v make >/dev/null && command -v g++ >/dev/null || need_apt+=(build-essential)
  command -v python3 >/dev/null || need_apt+=(python3)
  [ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
  [ -f /usr/include/X11/Xlib.h ] || need_apt+=(libx11-dev)
  [ -f /usr/include/X11/extensions/XKBfile.h ] || need_apt+=(libxkbfile-dev)
  pkg-config --exists libsecret-1 2>/dev/null || need_apt+=(libsecret-1-dev)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "e2e needs these Debian packages: ${need_apt[*]} (run as root: apt-get install -y ${need_apt[*]})" >&2
    exit 2
  fi
  step "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

step "code-server ${CS_VERSION:-4.100.3} in $E2E_CACHE"
CS_BIN="$(bash test/e2e/install-code-server.sh | tail -n 1)"
export CS_BIN

step "build and package"
npm run -s package >"$E2E_OUT/package.log" 2>&1 || { cat "$E2E_OUT/package.log"; exit 1; }
export VSIX="$E2E_OUT/attribution-lint.vsix"
cp attribution-lint.vsix "$VSIX"
echo "packaged $(du -k "$VSIX" | cut -f1) KB: $VSIX"

# A fresh workspace for each test: the tests edit files.
workspace() {
  local ws
  ws="$E2E_OUT/runs/workspace-$1-$(date +%s%N)"
  mkdir -p "$ws"
  cp sample/seed-article.md "$ws/seed-article.md"
  cp sample/seed-article.md "$ws/seed-edit.md"
  cp test/e2e/fixtures/* "$ws/"
  echo "$ws"
}

rc_exthost=0
rc_ui=0
if [ -z "${SKIP_EXTHOST:-}" ]; then
  step "extension-host suite"
  timeout 600 node test/e2e/exthost.mjs "$REPO" test/e2e/suite/index.js "$(workspace exthost)" || rc_exthost=$?
fi
if [ -z "${SKIP_UI:-}" ]; then
  step "UI smoke test (screenshots in $E2E_OUT/shots)"
  timeout 300 node test/e2e/ui-hover.mjs "$(workspace ui)" || rc_ui=$?
fi

node -e '
const fs = require("fs"), out = process.env.E2E_OUT;
const read = (f) => { try { return JSON.parse(fs.readFileSync(out + "/" + f, "utf8")); } catch { return null; } };
const ex = read("exthost-result.json"), ui = read("ui-result.json");
let passed = 0, failed = 0;
if (!process.env.SKIP_EXTHOST) {
  if (ex && ex.mocha) { passed += ex.mocha.passes; failed += ex.mocha.failures; if (ex.exitCode && !ex.mocha.failures) failed++; }
  else failed++;
}
if (!process.env.SKIP_UI) { if (ui && ui.ok) passed++; else failed++; }
fs.writeFileSync(out + "/summary.json", JSON.stringify({ passed, failed }));
console.log(`e2e summary: ${passed} passed, ${failed} failed`);
'
step "done"
[ "$rc_exthost" = 0 ] && [ "$rc_ui" = 0 ]
