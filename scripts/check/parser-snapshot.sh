#!/usr/bin/env bash
# The parser's output on everything it is checked on, for byte-for-byte comparison:
#   scripts/check/parser-snapshot.sh <out folder> [<PolNeAR folder>]
# writes <out>/seeds, <out>/fixtures and, with PolNeAR, <out>/train and <out>/dev (one JSON per article).
# Run it before and after a change that should not change output, then `diff -r before after`.
# Fixed dates keep the output from depending on today's date.
set -euo pipefail
out=${1:?usage: parser-snapshot.sh <out folder> [<PolNeAR folder>]}
polnear=${2:-}
cd "$(dirname "$0")/../.."
rm -rf "$out" && mkdir -p "$out"
npm run --silent parse -- seeds --out "$out/seeds" >/dev/null
npm run --silent parse -- test/fixtures/articles --out "$out/fixtures" --published 2020-03-02 >/dev/null
if [ -n "$polnear" ]; then
  for split in train dev; do
    npm run --silent parse -- "$polnear/data/$split/text" --out "$out/$split" --published 2016-11-01 >/dev/null
  done
fi
echo "$(find "$out" -name '*.json' | wc -l) articles in $out"
