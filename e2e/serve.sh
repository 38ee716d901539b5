#!/usr/bin/env bash
# Builds dist/ with trunk and serves it at http://127.0.0.1:${PORT:-8080}/ (the demo article loads).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if [ ! -x e2e/node_modules/.bin/wasm-opt ]; then
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
trunk build --release
echo "Gloss: http://127.0.0.1:${PORT:-8080}/"
exec python3 -m http.server "${PORT:-8080}" --bind 127.0.0.1 --directory dist
