#!/bin/sh
# Trunk post_build hook: writes into the staged sw.js the list of every built file and a cache
# name derived from their contents, so each release gets its own cache and replaces the old one.
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$dir"
files=$(find . -type f ! -name sw.js | sed 's|^\./||' | LC_ALL=C sort)
build=$(for f in $files; do sha256sum "$f"; done | sha256sum | cut -c1-16)
list=$(for f in $files; do printf '"./%s",' "$f"; done)
sed -i -e "s|__GLOSS_BUILD__|$build|" -e "s|\"__GLOSS_FILES__\"|${list%,}|" sw.js
