#!/usr/bin/env bash
# Installs code-server (a real VS Code server, 1.100.3 for 4.100.3) from the npm registry into a cache
# folder OUTSIDE the repository, so `npm run test:e2e` works on a machine that reaches only npm and apt.
#   E2E_CACHE   cache folder (default $HOME/.cache/attribution-lint-e2e)
#   CS_VERSION  code-server version (default 4.100.3: the newest that runs on Node 20)
# Prints the path of the code-server binary on its last line.
# Traps handled (see docs/extension.md): root needs npm_config_unsafe_perm=true; node-pty's postinstall
# runs `npx node-gyp` (npm_config_yes); node-gyp must build against local headers (npm_config_nodedir);
# @vscode/ripgrep's postinstall downloads from GitHub, so its download cache is pre-seeded with Debian's rg.
set -euo pipefail
E2E_CACHE=${E2E_CACHE:-$HOME/.cache/attribution-lint-e2e}
CS_VERSION=${CS_VERSION:-4.100.3}
CS_DIR="$E2E_CACHE/code-server-$CS_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
if [ -x "$CS_BIN" ] && [ -f "$CS_DIR/.installed" ]; then echo "$CS_BIN"; exit 0; fi
command -v rg >/dev/null || { echo "ripgrep (rg) is missing: apt-get install -y ripgrep" >&2; exit 1; }
mkdir -p "$E2E_CACHE/tmp" "$E2E_CACHE/npm-cache"
export npm_config_cache="$E2E_CACHE/npm-cache" npm_config_yes=true npm_config_fund=false npm_config_audit=false \
  npm_config_update_notifier=false
NODE_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
rm -rf "$CS_DIR" && mkdir -p "$CS_DIR" && cd "$CS_DIR"
echo '{"private":true}' > package.json
npm pack -s "code-server@$CS_VERSION" >/dev/null
RG_PKG_VER=$(tar xzf "code-server-$CS_VERSION.tgz" -O package/lib/vscode/npm-shrinkwrap.json |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s).packages["node_modules/@vscode/ripgrep"];console.log(p?p.version:"")})')
if [ -n "$RG_PKG_VER" ]; then
  RG_TAG=$(npm pack -s "@vscode/ripgrep@$RG_PKG_VER" | xargs -I{} tar xzf {} -O package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';/\1/p")
  mkdir -p "$E2E_CACHE/tmp/vscode-ripgrep-cache-$RG_PKG_VER" "$E2E_CACHE/tmp/rg" && cp "$(command -v rg)" "$E2E_CACHE/tmp/rg/rg"
  tar czf "$E2E_CACHE/tmp/vscode-ripgrep-cache-$RG_PKG_VER/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$E2E_CACHE/tmp/rg" rg
fi
TMPDIR="$E2E_CACHE/tmp" npm_config_nodedir="$NODE_HOME" npm_config_unsafe_perm=true \
  npm install -s "./code-server-$CS_VERSION.tgz" >&2
rm -f ./*.tgz
HOME="$E2E_CACHE/tmp" "$CS_BIN" --version >&2
touch .installed
echo "$CS_BIN"
