#!/usr/bin/env bash
# Runs ClaimCheck and its peers (Microsoft Recognizers-Text, fuzzball, FuzzySharp) on the same inputs in one
# go and writes benchmarks/peers/results.md: each measurement, both figures and their ratio, and the machine.
# Usage: benchmarks/peers/run.sh [--count N] [--queries Q] [--samples S] [--quick]
#   --count    claims for the pairwise measurements (default 2000, about 2 million pairs)
#   --queries  queries of the one-against-all measurements (default 50)
#   --samples  timed samples per measurement after the warm-up (default 3; every-pair rows take 1)
#   --quick    500 claims, 1 sample: checks that everything runs (figures not worth keeping)
# Needs the .NET SDK, node and npm (npm ci installs the pinned peers), python3, and ../shared beside the
# checkout for the NewsQuant rows (left out without it). Takes 4 to 6 minutes on two cores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count=2000 queries=50 samples=3 pair_samples=1
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --queries) queries="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    --quick) count=500 samples=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || true)"
gold="$root/../shared/bench/newsquant-dev.json"
scorer="$root/../shared/tools/newsquant_score.py"
out="$here/out"

echo "== peers (npm ci when package-lock.json changed)"
if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi

echo "== build (Release)"
dotnet build "$root/src/ClaimCheck.Cli" -c Release -v quiet -nologo
dotnet build "$root/benchmarks/ClaimCheck.Benchmarks" -c Release -v quiet -nologo
cli=(dotnet "$root/src/ClaimCheck.Cli/bin/Release/net10.0/ClaimCheck.Cli.dll")
bench=(dotnet "$root/benchmarks/ClaimCheck.Benchmarks/bin/Release/net10.0/ClaimCheck.Benchmarks.dll" peers)

echo "== inputs: generated news corpus, extraction texts, claims (claimcheck extract, each input on its own)"
rm -rf "$out" && mkdir -p "$out"
(cd "$root" && "${bench[@]}" inputs --out "$out")
(cd "$root" && "${cli[@]}" extract corpus --format jsonl) > "$out/claims.jsonl"
have_gold=false
if [ -f "$gold" ] && [ -f "$scorer" ]; then
  have_gold=true
  python3 "$scorer" to-jsonl "$gold" "$out/newsquant.jsonl"
  "${cli[@]}" extract "$out/newsquant.jsonl" --format jsonl >> "$out/claims.jsonl"
else
  echo "NewsQuant rows left out: ../shared/bench/newsquant-dev.json or its scorer is not beside the checkout." >&2
fi
"${cli[@]}" extract "$out/generated.jsonl" --format jsonl >> "$out/claims.jsonl"

echo "== ClaimCheck and FuzzySharp (.NET)"
(cd "$root" && "${bench[@]}" measure --claims "$out/claims.jsonl" --count "$count" --queries "$queries" \
  --samples "$samples" --pair-samples "$pair_samples" --strings-out "$out/strings.txt" --out "$out/claimcheck.json")

echo "== Recognizers-Text (Node)"
node "$here/recognizers.js" --texts "$out" --samples "$samples" --out "$out/recognizers.json" \
  --claims-out "$out/recognizers-claims.jsonl"

echo "== fuzzball (Node)"
node "$here/fuzz.js" --strings "$out/strings.txt" --queries "$queries" --samples "$samples" \
  --pair-samples "$pair_samples" --out "$out/fuzzball.json"

if $have_gold; then
  echo "== NewsQuant accuracy (the shared scorer, both extractors)"
  python3 "$scorer" score "$gold" "$out/claims.jsonl" | tee "$out/claimcheck-score.json"
  python3 "$scorer" score "$gold" "$out/recognizers-claims.jsonl" | tee "$out/recognizers-score.json"
fi

echo "== results.md"
node "$here/report.js" --dir "$out" --load "$load" --out "$here/results.md"
