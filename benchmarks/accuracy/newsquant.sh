#!/usr/bin/env bash
# Scores `claimcheck extract` on the NewsQuant development half with the shared scorer.
# Usage: benchmarks/accuracy/newsquant.sh [--min-value F1] [--min-change F1] [--min-unit F1] [--errors N] [--fold a|b]
# --fold scores one half of the development sentences (a: the 1st, 3rd, 5th...; b: the 2nd, 4th...): develop a rule
# on one fold, check it on the other, and report both; a rule that helps only its own fold is not general.
# Needs ../shared beside the repository (benchmark data and scorer) and python3; prints the scorer's JSON line.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="$root/../shared"
gold="$shared/bench/newsquant-dev.json"
scorer="$shared/tools/newsquant_score.py"
min_value=0 min_change=0 min_unit=0 errors=0 fold=""
while [ $# -gt 0 ]; do
  case "$1" in
    --min-value) min_value="$2"; shift 2 ;;
    --min-change) min_change="$2"; shift 2 ;;
    --min-unit) min_unit="$2"; shift 2 ;;
    --errors) errors="$2"; shift 2 ;;
    --fold) fold="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
if [ ! -f "$gold" ] || [ ! -f "$scorer" ]; then
  echo "NewsQuant accuracy: skipped, ../shared/bench/newsquant-dev.json or the scorer is not present." >&2
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
case "$fold" in
  "") ;;
  a|b)
    python3 - "$gold" "$work/fold.json" "$fold" <<'PY'
import json, sys
sentences = json.load(open(sys.argv[1], encoding="utf-8"))
json.dump(sentences[0::2] if sys.argv[3] == "a" else sentences[1::2], open(sys.argv[2], "w", encoding="utf-8"))
PY
    gold="$work/fold.json" ;;
  *) echo "--fold takes a or b" >&2; exit 2 ;;
esac
python3 "$scorer" to-jsonl "$gold" "$work/nq.jsonl"
dotnet run -c Release --project "$root/src/ClaimCheck.Cli" -- extract "$work/nq.jsonl" --format jsonl > "$work/claims.jsonl"
python3 "$scorer" score "$gold" "$work/claims.jsonl" --errors "$errors" | tee "$work/score.json"
python3 - "$work/score.json" "$min_value" "$min_change" "$min_unit" <<'PY'
import json, sys
score = json.load(open(sys.argv[1]))
floors = {"value": float(sys.argv[2]), "value+change": float(sys.argv[3]), "value+unit(lenient)": float(sys.argv[4])}
failed = [f"{k} F1 {score[k][2]} < {v}" for k, v in floors.items() if score[k][2] < v]
if failed:
    print("NewsQuant accuracy below the floor: " + "; ".join(failed), file=sys.stderr)
    sys.exit(1)
PY
