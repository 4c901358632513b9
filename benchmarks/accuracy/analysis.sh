#!/usr/bin/env bash
# Scores `claimcheck analyze` on the analysis benchmarks: the development set in ../shared (when present) and the
# second set written for this project (benchmarks/accuracy/analysis-holdout). Prints each scorer's JSON line and fails
# when a score falls below its floor.
# Usage: benchmarks/accuracy/analysis.sh [--verbose]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="$root/../shared"
scorer="$shared/tools/analysis_score.py"
verbose="${1:-}"
if [ ! -f "$scorer" ]; then
  echo "analysis accuracy: skipped, ../shared/tools/analysis_score.py is not present." >&2
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/ClaimCheck.Cli" -c Release -v quiet -nologo >/dev/null

# check NAME MIN_DATES MIN_RECALL MIN_PAIR_F1 MIN_VERDICTS MAX_FORBIDDEN: analyse, score, compare with the floors.
check() {
  local name="$1" docs="$2" gold="$3"
  shift 3
  dotnet run -c Release --no-build --project "$root/src/ClaimCheck.Cli" -- analyze "$docs" --out "$work/$name" --format json --no-cache >/dev/null 2>&1 || true
  python3 "$scorer" "$gold" "$work/$name/analysis.json" $verbose > "$work/$name.json" || true
  echo "$name: $(cat "$work/$name.json")"
  python3 - "$work/$name.json" "$@" <<'PY'
import json, sys
score = json.load(open(sys.argv[1]))
min_dates, min_recall, min_f1, min_verdicts, max_forbidden = sys.argv[2:7]
dates = int(score["dates"].split("/")[0]); verdicts = int(score["verdicts"].split("/")[0])
failed = [name for name, bad in [
    ("dates", dates < int(min_dates)), ("claim_recall", score["claim_recall"] < float(min_recall)),
    ("pair_f1", score["pair_f1"] < float(min_f1)), ("verdicts", verdicts < int(min_verdicts)),
    ("forbidden", score["forbidden"] > int(max_forbidden))] if bad]
if failed:
    print("  below the floor: " + ", ".join(failed), file=sys.stderr)
    sys.exit(1)
PY
}

status=0
if [ -d "$shared/bench/analysis-dev/docs" ]; then
  # The development set meets every target: all dates, recall >= 0.95, pair F1 >= 0.9, every verdict, nothing forbidden.
  check analysis-dev "$shared/bench/analysis-dev/docs" "$shared/bench/analysis-dev/gold.json" 30 0.95 0.95 24 0 || status=1
fi
check analysis-holdout "$root/benchmarks/accuracy/analysis-holdout/docs" "$root/benchmarks/accuracy/analysis-holdout/gold.json" 29 0.95 0.9 23 1 || status=1
exit $status
