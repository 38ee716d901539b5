#!/usr/bin/env bash
# Builds the embeddable ES module: pkg/gloss.js + pkg/gloss_bg.wasm (+ gloss.d.ts).
#
#   scripts/build-pkg.sh            # release build, then wasm-opt -O3 when a recent one is found
#   GLOSS_WASM_OPT=0 scripts/build-pkg.sh   # skip wasm-opt
#
# Needs the wasm32-unknown-unknown target and wasm-bindgen-cli equal to Cargo.lock's
# wasm-bindgen. wasm-opt must be binaryen >= 116 (npm `binaryen`, installed by
# `npm ci --prefix bench/js`); Debian's binaryen 108 cannot read this wasm and is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

# `cargo rustc --crate-type cdylib` rather than `crate-type` in Cargo.toml: a cdylib lib is
# built twice by `cargo bench` (panic=abort and unwind) into one path, breaking the link.
cargo rustc --release --target wasm32-unknown-unknown --no-default-features --features js --lib --crate-type cdylib
wasm-bindgen --target web --out-name gloss --out-dir pkg \
  target/wasm32-unknown-unknown/release/gloss.wasm

find_wasm_opt() {
  local candidate version
  for candidate in bench/js/node_modules/.bin/wasm-opt e2e/node_modules/.bin/wasm-opt "$(command -v wasm-opt || true)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    version=$("$candidate" --version 2>/dev/null | sed -n 's/^wasm-opt version \([0-9]*\).*/\1/p')
    if [ -n "$version" ] && [ "$version" -ge 116 ]; then
      echo "$candidate"
      return
    fi
  done
}

if [ "${GLOSS_WASM_OPT:-1}" != 0 ]; then
  WASM_OPT=$(find_wasm_opt)
  if [ -n "$WASM_OPT" ]; then
    "$WASM_OPT" -O3 --enable-bulk-memory --enable-nontrapping-float-to-int \
      --enable-reference-types --enable-sign-ext --enable-mutable-globals \
      pkg/gloss_bg.wasm -o pkg/gloss_bg.wasm
  else
    echo "build-pkg: no wasm-opt >= 116 found (npm ci --prefix bench/js); pkg/ is not optimised" >&2
  fi
fi

for f in pkg/gloss.js pkg/gloss_bg.wasm; do
  printf 'build-pkg: %-20s %9d bytes, %8d gzipped\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
