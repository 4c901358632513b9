#!/usr/bin/env bash
# Scores `claimcheck extract` on Microsoft Recognizers-Text's English NumberWithUnit specifications (age, currency,
# dimension, temperature) with the NewsQuant scorer: recognizers_gold.py turns each specification into NewsQuant's
# gold format (unit names mapped by one table) and keeps the claims of the dimension the specification annotates.
# Usage: benchmarks/accuracy/recognizers.sh [--errors N] [--set age|currency|dimension|temperature]
# Needs ../shared beside the repository (the specifications and the scorer) and python3; prints one line per set:
# value and value+unit precision / recall / F1.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/benchmarks/accuracy"
shared="$root/../shared"
specs="$shared/bench/recognizers-text/Specs/NumberWithUnit/English"
scorer="$shared/tools/newsquant_score.py"
errors=0 sets="age currency dimension temperature"
while [ $# -gt 0 ]; do
  case "$1" in
    --errors) errors="$2"; shift 2 ;;
    --set) sets="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
if [ ! -d "$specs" ] || [ ! -f "$scorer" ]; then
  echo "Recognizers-Text accuracy: skipped, ../shared/bench/recognizers-text or the scorer is not present." >&2
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/ClaimCheck.Cli" -c Release -v quiet -nologo >/dev/null
for set in $sets; do
  case "$set" in
    age) spec="AgeModel.json" ;;
    currency) spec="CurrencyModel.json" ;;
    dimension) spec="DimensionModel.json" ;;
    temperature) spec="TemperatureModel.json" ;;
    *) echo "--set takes age, currency, dimension or temperature" >&2; exit 2 ;;
  esac
  python3 "$here/recognizers_gold.py" gold "$set" "$specs/$spec" "$work/$set.json"
  python3 "$scorer" to-jsonl "$work/$set.json" "$work/$set.jsonl"
  dotnet run -c Release --no-build --project "$root/src/ClaimCheck.Cli" -- extract "$work/$set.jsonl" --format jsonl \
    > "$work/$set-all.jsonl"
  python3 "$here/recognizers_gold.py" filter "$set" "$work/$set-all.jsonl" "$work/$set-claims.jsonl"
  python3 "$scorer" score "$work/$set.json" "$work/$set-claims.jsonl" --errors "$errors" > "$work/$set-score.json"
  python3 - "$set" "$work/$set-score.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[2]))
print(f"{sys.argv[1]:<12} {s['sentences']:>4} sentences {s['gold']:>4} gold {s['predicted']:>4} predicted   "
      f"value P/R/F1 {s['value'][0]}/{s['value'][1]}/{s['value'][2]}   "
      f"value+unit P/R/F1 {s['value+unit(lenient)'][0]}/{s['value+unit(lenient)'][1]}/{s['value+unit(lenient)'][2]}")
PY
done
