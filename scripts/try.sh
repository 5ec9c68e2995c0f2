#!/usr/bin/env bash
# Runs a TypeScript file against the sources (bundled on the fly, templates as text): scripts/try.sh file.ts
set -euo pipefail
npx esbuild "$1" --bundle --platform=node --format=cjs --loader:.md=text --log-level=warning | node - "${@:2}"
