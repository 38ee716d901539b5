#!/usr/bin/env bash
# Builds dist/ with trunk (offline, tools on PATH) and runs every end-to-end test against it.
# Needs: trunk 0.22.1, wasm-bindgen-cli = Cargo.lock's wasm-bindgen, Debian chromium.
# Usage: e2e/run.sh [test names...]   (set E2E_SKIP_BUILD=1 to reuse dist/)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if [ ! -x e2e/node_modules/.bin/wasm-opt ] || [ ! -d e2e/node_modules/playwright-core ]; then
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ "${E2E_SKIP_BUILD:-0}" != 1 ]; then
  trunk build --release
fi
for wasm in dist/app_bg.wasm dist/worker_bg.wasm; do
  [ -s "$wasm" ] || { echo "e2e: $wasm is missing or empty; rebuild with trunk build --release" >&2; exit 1; }
done
node e2e/all.mjs "$@"
