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
  -n "touchpoint build --clean" "$BIN build --quiet --clean $WORK/plain" >/dev/null
read -r floor build <<<"$(median "$WORK/plain.json")"
rss=$(peak_rss_mb "$BIN" build --quiet --clean "$WORK/plain")

echo "== With charts: every tenth page has three charts"
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$WORK/charts.json" \
  -n "touchpoint build --clean (charts)" "$BIN build --quiet --clean $WORK/charts" >/dev/null
charts_build=$(median "$WORK/charts.json")
rss_charts=$(peak_rss_mb "$BIN" build --quiet --clean "$WORK/charts")

echo "== Rebuilds after a data refresh (incremental, same corpus with charts)"
"$BIN" build --quiet "$WORK/charts"
data_file=$(find "$WORK/charts/Content/data/bench" -name '*-records.json' | sort | sed -n 1p)
page_file="$WORK/charts/Content/section-03/page-00007.md"
hyperfine --style basic --runs "$RUNS" --export-json "$WORK/incremental.json" \
  -n "rebuild after one data file changed" --prepare "python3 Benchmarks/toggle.py $data_file ' '" "$BIN build --quiet $WORK/charts" \
  -n "rebuild after one page's text changed" --prepare "python3 Benchmarks/toggle.py $page_file 'One more sentence.'" "$BIN build --quiet $WORK/charts" >/dev/null
read -r after_data after_page <<<"$(median "$WORK/incremental.json")"
python3 Benchmarks/toggle.py "$data_file" ' '
rendered_data=$("$BIN" build "$WORK/charts" | sed -n 's/.*(\([0-9]*\) rendered).*/\1/p')
python3 Benchmarks/toggle.py "$page_file" 'One more sentence.'
rendered_page=$("$BIN" build "$WORK/charts" | sed -n 's/.*(\([0-9]*\) rendered).*/\1/p')

python3 - "$PAGES" "$floor" "$build" "$rss" "${charts_build:-0}" "$rss_charts" "$after_data" "$after_page" "$rendered_data" "$rendered_page" <<'PY'
import sys
pages, floor, build, rss, charts, rss_charts, after_data, after_page, rendered_data, rendered_page = sys.argv[1:]
after_data, after_page = float(after_data), float(after_page)
pages, floor, build, charts = int(pages), float(floor), float(build), float(charts)
print(f"cmark CLI floor        median {floor:7.3f} s")
print(f"touchpoint build       median {build:7.3f} s  = {build / floor:4.2f}x the floor (goal <= 3x)"
      f"  {pages / build:8.0f} pages/s  peak RSS {rss} MB (goal <= 300)")
if charts > 0:
    n = pages // 10 * 3
    print(f"build with {n} charts  median {charts:7.3f} s  = +{(charts / build - 1) * 100:4.1f}% over Markdown only (goal <= 30%)"
          f"  {n / max(charts - build, 1e-9):8.0f} charts/s  peak RSS {rss_charts} MB")
    print(f"rebuild, 1 data file   median {after_data:7.3f} s  = {after_data / charts * 100:4.1f}% of the clean build (goal <= 5%), {rendered_data} page(s) rendered")
    print(f"rebuild, 1 page edited median {after_page:7.3f} s  = {after_page / charts * 100:4.1f}% of the clean build (goal <= 5%), {rendered_page} page(s) rendered")
PY
