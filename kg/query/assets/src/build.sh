#!/bin/sh
# Rebuild ../editor.js and ../LICENSE-editor.txt from npm (development time only; kg never fetches at run time).
# Usage: sh kg/query/assets/src/build.sh   (needs node and npm; installs into a temporary directory)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$here/editor.mjs" "$work/"
cd "$work"
npm ci --no-audit --no-fund --ignore-scripts
node node_modules/esbuild/install.js >/dev/null 2>&1 || true
./node_modules/.bin/esbuild editor.mjs --bundle --minify --format=iife --charset=utf8 --legal-comments=none \
  --target=es2020 --outfile="$here/../editor.js"
{
  echo "kg/query/assets/editor.js bundles these npm packages (versions in src/package-lock.json):"
  for dir in node_modules/codemirror node_modules/@codemirror/* node_modules/@lezer/* node_modules/@marijn/* \
             node_modules/crelt node_modules/style-mod node_modules/w3c-keyname; do
    name=$(node -p "require('./$dir/package.json').name + ' ' + require('./$dir/package.json').version")
    echo; echo "==== $name"; cat "$dir/LICENSE" 2>/dev/null || cat "$dir/LICENSE.md"
  done
} > "$here/../LICENSE-editor.txt"
