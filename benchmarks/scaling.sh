#!/usr/bin/env bash
# Matching at scale: generates corpora whose figure claims number about 10k, 100k and 1M, extracts each
# in shards of 1,000 documents the way a batch engine would (the map step: one 'claimcheck extract' per
# shard, run in parallel with xargs -P), then times matching and verdicts on each claim file in its own
# process (the reduce step) and prints the table with the scaling exponent.
#
#   benchmarks/scaling.sh [WORK_FOLDER] [SIZES...]     default sizes: 2300 23000 230000 documents
#
# Needs about 1 GB of disk for the largest corpus. Re-running reuses corpora and claim files already there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-${TMPDIR:-/tmp}/claimcheck-scaling}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2300 23000 230000)
jobs="$(nproc)"

dotnet build "$root/benchmarks/ClaimCheck.Benchmarks" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/src/ClaimCheck.Cli" -c Release -v quiet -nologo >/dev/null
bench="$root/benchmarks/ClaimCheck.Benchmarks/bin/Release/net10.0/ClaimCheck.Benchmarks.dll"
cli="$root/src/ClaimCheck.Cli/bin/Release/net10.0/ClaimCheck.Cli.dll"

files=()
for docs in "${sizes[@]}"; do
  corpus="$work/corpus-$docs"
  claims="$work/claims-$docs.jsonl"
  if [ ! -d "$corpus" ]; then
    dotnet "$bench" generate "$corpus" --documents "$docs" --seed 1
  fi
  if [ ! -s "$claims" ]; then
    mkdir -p "$work/shards-$docs"
    start=$(date +%s%N)
    # Map: one extraction per shard folder, $jobs at a time; each writes its own claim file.
    find "$corpus" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort |
      xargs -P "$jobs" -I{} sh -c "dotnet '$cli' extract '$corpus/{}' --format jsonl > '$work/shards-$docs/{}.jsonl'"
    end=$(date +%s%N)
    cat "$work/shards-$docs"/*.jsonl > "$claims"
    mb=$(du -sm "$corpus" | cut -f1)
    echo "map: $docs documents (${mb} MB on disk) extracted in $(( (end - start) / 1000000 )) ms with $jobs parallel shards"
  fi
  files+=("$claims")
done

# Reduce: one process per size, so each peak is its own; the rows are then put in one table.
rows="$work/rows.txt"
: > "$rows"
for claims in "${files[@]}"; do
  # The runtime settings of the shipped CLI: its collector settings are in the benchmarks' project file too, and
  # dynamic PGO is off in the CLI (src/ClaimCheck.Cli), which also lowers the process peak at a million claims.
  DOTNET_TieredPGO=0 /usr/bin/time -f "  process: %e s wall (reading the claim file included), %M KB max resident" dotnet "$bench" scale "$claims" | tee -a "$rows"
done

echo
echo "| figure claims | groups | matching + verdicts | peak managed heap | scaling exponent vs previous |"
echo "|---:|---:|---:|---:|---:|"
grep '^| [0-9]' "$rows" | awk -F'|' '{
  gsub(/[ ,s]/, "", $2); gsub(/[ ,]/, "", $3); gsub(/[ s]/, "", $4); gsub(/[ MB]/, "", $5);
  exponent = NR == 1 ? "–" : sprintf("%.2f", log($4 / t) / log($2 / n));
  printf "| %d | %d | %.2f s | %d MB | %s |\n", $2, $3, $4, $5, exponent; n = $2; t = $4 }'
