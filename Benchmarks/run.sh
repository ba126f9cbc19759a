#!/usr/bin/env bash
# make bench: full builds of a 10,000-page corpus, against the cmark CLI
# rendering the same Markdown (the floor), in the same run on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/touchpoint}
PAGES=${PAGES:-10000}
RUNS=${RUNS:-5}
WORK=${WORK:-.build-bench}
mkdir -p "$WORK"

python3 Benchmarks/generate.py "$WORK/plain" --pages "$PAGES"
python3 Benchmarks/generate.py "$WORK/charts" --pages "$PAGES" --charts
find "$WORK/plain/Content" -name '*.md' | sort > "$WORK/plain-files.txt"

median() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(" ".join("%.3f" % x["median"] for x in r))' "$1"; }
peak_rss_mb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}'; }

echo "== Markdown only: $PAGES pages, $RUNS runs each, $(nproc) cores"
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$WORK/plain.json" \
  -n "cmark CLI (floor)" "xargs -a $WORK/plain-files.txt -d '\n' cmark --smart > /dev/null" \
  -n "touchpoint build" "$BIN build --quiet $WORK/plain" >/dev/null
read -r floor build <<<"$(median "$WORK/plain.json")"
rss=$(peak_rss_mb "$BIN" build --quiet "$WORK/plain")

echo "== With charts: every tenth page has three charts"
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$WORK/charts.json" \
  -n "touchpoint build (charts)" "$BIN build --quiet $WORK/charts" >/dev/null || true
charts_build=$(median "$WORK/charts.json" 2>/dev/null || echo "")
rss_charts=$(peak_rss_mb "$BIN" build --quiet "$WORK/charts" || echo "?")

python3 - "$PAGES" "$floor" "$build" "$rss" "${charts_build:-0}" "$rss_charts" <<'PY'
import sys
pages, floor, build, rss, charts, rss_charts = sys.argv[1:]
pages, floor, build, charts = int(pages), float(floor), float(build), float(charts)
print(f"cmark CLI floor        median {floor:7.3f} s")
print(f"touchpoint build       median {build:7.3f} s  = {build / floor:4.2f}x the floor (goal <= 3x)"
      f"  {pages / build:8.0f} pages/s  peak RSS {rss} MB (goal <= 300)")
if charts > 0:
    n = pages // 10 * 3
    print(f"build with {n} charts  median {charts:7.3f} s  = +{(charts / build - 1) * 100:4.1f}% over Markdown only (goal <= 30%)"
          f"  {n / max(charts - build, 1e-9):8.0f} charts/s  peak RSS {rss_charts} MB")
PY
