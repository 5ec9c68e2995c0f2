#!/usr/bin/env bash
# Installs the offline "real VS Code" that the integration tests and `npm start` use:
# VS Code's server build from the npm package code-server (pinned: 4.100.3 = VS Code 1.100.3,
# which runs on the machine's Node 20), plus Debian's Chromium to drive it headless; and Debian's
# pre-commit, for the hook test (test/hooks/precommit.test.mjs).
#
# Why not @vscode/test-electron? It downloads VS Code from the internet at test time; machines
# that reach only the npm registry and Debian's packages cannot. See DESIGN.md §4.
#
# Idempotent: a marker file in .vscode-host/ records the installed version; a second run with
# everything in place does nothing. Non-interactive; needs root (or sudo) only for apt-get.
#
#   bash scripts/install-vscode-host.sh           # install if needed
#   bash scripts/install-vscode-host.sh --force   # reinstall code-server's modules
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOST_DIR="${MDREVIEW_VSCODE_HOST_DIR:-$ROOT/.vscode-host}"
CS="$HOST_DIR/node_modules/code-server"
MARKER="$HOST_DIR/.installed"
START=$SECONDS
FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1

log() { echo "[install-vscode-host] $*"; }

# ---------------------------------------------------------------------------------------------
# 1. Debian packages. libkrb5-dev: headers for the kerberos native module; ripgrep: VS Code's
#    search binary (its npm package would download one); chromium: the browser we drive;
#    fonts-noto-cjk: so Chinese text renders in screenshots; git: the git extension and tests;
#    pre-commit: the framework whose hook test/hooks/precommit.test.mjs installs and runs (PyPI's is not needed).
#    A C++ toolchain and python3 are needed by node-gyp; install them only if missing.
# ---------------------------------------------------------------------------------------------
export DEBIAN_FRONTEND=noninteractive
missing=()
for pkg in libkrb5-dev ripgrep chromium fonts-noto-cjk git pre-commit; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
command -v g++ >/dev/null || missing+=(g++)
command -v make >/dev/null || missing+=(make)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
  SUDO=""
  [[ "$(id -u)" == 0 ]] || SUDO="sudo"
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---------------------------------------------------------------------------------------------
# 2. code-server, unless the marker says this version is already complete.
# ---------------------------------------------------------------------------------------------
if [[ $FORCE == 0 && -f "$MARKER" && "$(cat "$MARKER")" == "$CODE_SERVER_VERSION" && -f "$CS/out/node/entry.js" ]]; then
  log "code-server $CODE_SERVER_VERSION already installed in $HOST_DIR ($((SECONDS - START))s)"
  exit 0
fi
rm -f "$MARKER"
mkdir -p "$HOST_DIR"
cd "$HOST_DIR"
# A package.json of its own, so npm never walks up to the project's package.json.
[[ -f package.json ]] || echo '{ "name": "mdreview-vscode-host", "private": true }' > package.json

# The user's npmrc here sets yes=false, which makes `npm rebuild` refuse to run scripts
# non-interactively; npm_config_yes=true answers that. The others only keep npm quiet.
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# node-gyp compiles with as many jobs as there are cores.
export JOBS=max

# --ignore-scripts: code-server's postinstall runs `npm install` in lib/vscode *with* scripts,
# and some of those scripts download binaries (ripgrep) — we do its steps by hand below.
log "npm install code-server@$CODE_SERVER_VERSION"
npm install --ignore-scripts --save-exact "code-server@$CODE_SERVER_VERSION" >/dev/null

log "npm install lib/vscode and lib/vscode/extensions (production deps, no scripts)"
(cd "$CS/lib/vscode" && npm install --omit=dev --ignore-scripts >/dev/null)
(cd "$CS/lib/vscode/extensions" && npm install --omit=dev --ignore-scripts >/dev/null)

# Native modules, compiled against the machine's Node headers (node-gyp). `npm rebuild` runs
# their install scripts even though the install above skipped them. npm 11 blocks dependency
# install scripts that are not allow-listed (and refuses --allow-scripts in a project), so list
# them in a project .npmrc; older npm ignores that key.
# (@parcel/watcher's script only builds from source on request: it ships a prebuilt
# @parcel/watcher-linux-x64-glibc package, which the install above already brought.)
NATIVE="kerberos @parcel/watcher @vscode/spdlog native-watchdog node-pty @vscode/deviceid"
log "npm rebuild native modules (the slow part)"
echo "allow-scripts=${NATIVE// /,}" > "$CS/lib/vscode/.npmrc"
echo "allow-scripts=argon2" > "$HOST_DIR/.npmrc"
(cd "$CS/lib/vscode" && npm rebuild --loglevel=error $NATIVE >/dev/null)
(cd "$HOST_DIR" && npm rebuild --loglevel=error argon2 >/dev/null)

# VS Code's search runs node_modules/@vscode/ripgrep/bin/rg; its npm postinstall would download
# it from the internet, so point it at Debian's ripgrep instead.
mkdir -p "$CS/lib/vscode/node_modules/@vscode/ripgrep/bin"
ln -sfn "$(command -v rg)" "$CS/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"

# What code-server's own postinstall.sh does after its npm install: VS Code (and extensions)
# look for some files in node_modules.asar; the bin links make `code` work in its terminal.
ln -sfn node_modules "$CS/lib/vscode/node_modules.asar"
ln -sfn code-linux.sh "$CS/lib/vscode/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$CS/lib/vscode/bin/helpers/browser.sh"

# ---------------------------------------------------------------------------------------------
# 3. Check that it really built: npm can skip scripts silently, and a missing .node file only
#    shows up later as a confusing runtime failure. Loading each module proves its .node exists
#    and matches this Node.
# ---------------------------------------------------------------------------------------------
(cd "$CS/lib/vscode" && node -e '
  for (const m of process.argv.slice(1)) {
    try { require(m); } catch (e) { console.error(`[install-vscode-host] ERROR: native module ${m} does not load: ${e.message}`); process.exit(1); }
  }' $NATIVE)
(cd "$HOST_DIR" && node -e 'require("argon2")') || { log "ERROR: argon2 does not load"; exit 1; }
"$CS/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" --version >/dev/null
node "$CS/out/node/entry.js" --version >/dev/null

echo "$CODE_SERVER_VERSION" > "$MARKER"
log "installed code-server $CODE_SERVER_VERSION in $HOST_DIR in $((SECONDS - START))s"
