#!/usr/bin/env bash
# The CLI end to end, as users run it: 'claimcheck extract FILE --format jsonl > /dev/null' pinned to one core, cold
# (a new process each time), on real-looking news in jsonl: the seed pages, NewsQuant's sentences and generated
# articles, mixed. Prints the wall time of a one-line input (start-up), of a 2 MB and of a 20 MB file, and the slope
# between the two large ones in MB/s, so start-up cancels out. Each runtime setting given on the command line
# (an environment assignment such as DOTNET_TC_QuickJit=0) is measured beside the CLI as shipped.
#
#   benchmarks/cli-speed.sh [CLI_DLL] [ENV=VALUE ...]
#
# CLI_DLL defaults to the Release build (built first); pass a published build (e.g. ReadyToRun) to compare.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
work="${TMPDIR:-/tmp}/claimcheck-cli-speed"
cli="${1:-}"
shift || true
if [ -z "$cli" ]; then
  dotnet build "$root/src/ClaimCheck.Cli" -c Release -v quiet -nologo >/dev/null
  cli="$root/src/ClaimCheck.Cli/bin/Release/net10.0/ClaimCheck.Cli.dll"
fi
[ -d "$shared/seeds" ] && [ -f "$shared/bench/newsquant-dev.json" ] || { echo "needs ../shared (seeds and NewsQuant) beside the repository" >&2; exit 2; }

mkdir -p "$work"
if [ ! -s "$work/news-20mb.jsonl" ]; then
  dotnet build "$root/benchmarks/ClaimCheck.Benchmarks" -c Release -v quiet -nologo >/dev/null
  dotnet "$root/benchmarks/ClaimCheck.Benchmarks/bin/Release/net10.0/ClaimCheck.Benchmarks.dll" generate "$work/generated" --documents 6000 --seed 1 >/dev/null
  python3 - "$work" "$shared" <<'PY'
import json, os, sys
work, shared = sys.argv[1], sys.argv[2]
generated = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(work, "generated")) for f in fs)
seeds = [open(os.path.join(shared, "seeds", f), encoding="utf-8", errors="replace").read() for f in sorted(os.listdir(os.path.join(shared, "seeds")))]
sentences = [s["text"] for s in json.load(open(os.path.join(shared, "bench", "newsquant-dev.json"), encoding="utf-8"))]
def write(name, limit):
    total, i = 0, 0
    with open(os.path.join(work, name), "w", encoding="utf-8") as out:
        while total < limit:
            # One line in ten a seed page (banners, counters and all), one in ten forty NewsQuant sentences, the rest generated articles.
            if i % 10 == 0:
                text = seeds[(i // 10) % len(seeds)]
            elif i % 10 == 1:
                start = (i * 7) % 200
                text = " ".join(sentences[start:start + 40])
            else:
                text = open(generated[i % len(generated)], encoding="utf-8", errors="replace").read()
            line = json.dumps({"id": f"d{i}", "text": text}) + "\n"
            out.write(line)
            total += len(line.encode("utf-8"))
            i += 1
write("news-2mb.jsonl", 2_000_000)
write("news-20mb.jsonl", 20_000_000)
PY
  echo "The port handled 4.2 million containers in 2023." > "$work/one-line.txt"
fi

ms() { local start end; start=$(date +%s%N); env "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
measure() {
  local tiny small large
  tiny=$(ms "$@" taskset -c 0 dotnet "$cli" extract "$work/one-line.txt" --format jsonl)
  small=$(ms "$@" taskset -c 0 dotnet "$cli" extract "$work/news-2mb.jsonl" --format jsonl)
  large=$(ms "$@" taskset -c 0 dotnet "$cli" extract "$work/news-20mb.jsonl" --format jsonl)
  printf '| %s | %d ms | %d ms | %d ms | %s MB/s |\n' "$*" "$tiny" "$small" "$large" "$(python3 -c "print(round(18 / (($large - $small) / 1000), 2))")"
}
echo "| setting | one line | 2 MB | 20 MB | slope |"
echo "|---|---:|---:|---:|---:|"
measure "CLI=as-shipped"
for setting in "$@"; do
  measure "$setting"
done
