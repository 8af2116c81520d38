#!/usr/bin/env bash
# Provisions a real VS Code (server + web workbench) for offline integration
# tests: Debian packages plus code-server's bundled VS Code, cached outside the
# repo keyed by version. Idempotent: a second run prints "cached" and exits.
# Why this recipe: the official test downloaders need internet, and these
# machines reach only the npm registry and apt (test/runner/README.md).
#
# Last line of stdout is the absolute path of server-main.js, so callers can
# do: SERVER_MAIN="$(scripts/vscode-server/provision.sh | tail -n1)".
# Env: WEEKLY_REVIEW_CACHE (cache root), CODE_SERVER_VERSION (default 4.100.3).
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE_ROOT="${WEEKLY_REVIEW_CACHE:-${HOME:-/root}/.cache/weekly-review}"
DIR="${CACHE_ROOT}/code-server-${VERSION}"
VSCODE_DIR="${DIR}/node_modules/code-server/lib/vscode"
SERVER_MAIN="${VSCODE_DIR}/out/server-main.js"
MARKER="${DIR}/.provisioned"

log() { printf '[provision] %s\n' "$*" >&2; }

# --- Debian packages --------------------------------------------------------
# Chromium drives the workbench, ripgrep replaces @vscode/ripgrep's download,
# the -dev packages let the native modules rebuild.
PKGS=(chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)
missing=()
for p in "${PKGS[@]}"; do
  # dpkg-query exits non-zero for unknown packages; that just means "missing".
  status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || { log "need root or sudo to install: ${missing[*]}"; exit 1; }
    SUDO=(sudo -n)
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq </dev/null >&2
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >&2
fi

# --- code-server's VS Code ---------------------------------------------------
if [[ -f "$MARKER" && -f "$SERVER_MAIN" ]]; then
  log "cached: ${DIR}"
  echo "cached"
  echo "$SERVER_MAIN"
  exit 0
fi

command -v node >/dev/null || { log "node is required"; exit 1; }
mkdir -p "$CACHE_ROOT"
# Build in a scratch dir and rename at the end, so an interrupted run never
# leaves a half-built tree that looks usable.
WORK="$(mktemp -d "${CACHE_ROOT}/.code-server-${VERSION}.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

export npm_config_yes=true        # node-pty's install script runs `npx node-gyp`
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
export CI="${CI:-true}"

log "npm install code-server@${VERSION} (skipping its postinstall: it downloads ripgrep)"
npm install --prefix "$WORK" --ignore-scripts --no-save "code-server@${VERSION}" </dev/null >&2

VS="${WORK}/node_modules/code-server/lib/vscode"
[[ -d "$VS" ]] || { log "unexpected layout: ${VS} missing"; exit 1; }
(
  cd "$VS"
  log "installing VS Code server dependencies"
  npm install --omit=dev --ignore-scripts </dev/null >&2
  log "rebuilding native modules (slow: node-gyp)"
  npm rebuild node-pty native-watchdog @vscode/spdlog @vscode/deviceid kerberos @parcel/watcher </dev/null >&2
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  ln -sfn node_modules node_modules.asar
  log "installing built-in extensions' dependencies"
  cd extensions && npm install --omit=dev </dev/null >&2
)
[[ -f "${VS}/out/server-main.js" ]] || { log "server-main.js missing after install"; exit 1; }
date -u +%FT%TZ > "${WORK}/.provisioned"

rm -rf "$DIR"
mv "$WORK" "$DIR"
trap - EXIT
log "provisioned: ${DIR}"
echo "$SERVER_MAIN"
