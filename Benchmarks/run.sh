#!/usr/bin/env bash
# make bench: what a Touchpoint build costs next to Hugo and next to bare
# Markdown rendering, on the same corpus, on the same machine, in one run.
#
# The corpus (Benchmarks/generate.py): PAGES Markdown pages (10,000) of 1–3 KB
# in 100 sections, with front matter, two tags each, links between pages, and
# one data file charted by one page. Hugo gets the same pages (only the link
# spelling differs) and Benchmarks/hugo-full, a theme doing the same work per
# page as Touchpoint's default theme.
#
# What each row measures:
#   Touchpoint   `touchpoint build --clean --quiet`: every page rendered, the output replaced.
#   Hugo         `hugo --quiet` (Debian's 0.111) with the equivalent theme.
#   floor        `cmark --smart` on the same Markdown files, one process writing
#                one HTML stream: Markdown alone, no templates, no file per page.
#   rebuilds     `touchpoint build` after one data file changed, after one page's
#                text changed, and with nothing changed: the share of the clean
#                build, and the pages re-rendered (from the build's summary line).
#   charts       a clean build of the same corpus plus 3 charts on every tenth
#                page: the share it adds over Markdown only.
#   PAGES2       clean builds of a 50,000-page corpus (still 100 sections), as
#                ratios to the 10,000-page figures.
#   survey       a clean build of a one-page site charting a raw survey export of
#                SURVEY (100,000) respondents x 20 questions (Benchmarks/survey.py),
#                less the same site without it: reading, counting and drawing.
#
# Conditions: sources and outputs on /dev/shm (tmpfs) where it exists, so the
# disk is left out. Wall time is hyperfine's median of RUNS runs after one
# untimed warm-up; CPU is the median user+system time of the same runs and
# peak RSS the largest of their maximum resident set sizes, both from
# /usr/bin/time. Nothing else should run meanwhile: on a shared machine the
# figures move by 10% or more.
#
# Settings (environment): PAGES=10000 PAGES2=50000 RUNS=5 HUGO_RUNS2=2
#   BENCH_SIZES="10000"   skip the second size (default "$PAGES $PAGES2")
#   HUGO2=0               time only Touchpoint at the second size
#   BIN=.build/release/touchpoint  WORK=folder for corpora and outputs  KEEP=1 keeps it
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-.build/release/touchpoint}
RUNS=${RUNS:-5}
SURVEY=${SURVEY:-100000}
HUGO_RUNS2=${HUGO_RUNS2:-2}
HUGO2=${HUGO2:-1}
HUGO_TEMPLATE=${HUGO_TEMPLATE:-Benchmarks/hugo-full}
read -r PAGES PAGES2 <<<"${BENCH_SIZES:-${PAGES:-10000} ${PAGES2:-50000}}"
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
STARTED=$SECONDS

# Hugo is needed here only, never by the tests or CI.
need_tools() {
  command -v hugo >/dev/null || { echo "Installing hugo…"; $SUDO apt-get update -qq && $SUDO apt-get install -y -qq hugo >/dev/null; }
  local tool
  for tool in "$BIN" cmark hyperfine /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (make bench installs it)" >&2; exit 1; }
  done
}

# A private folder on tmpfs: two benchmarks at once must not share outputs.
make_work_folder() {
  if [ -n "${WORK:-}" ]; then
    mkdir -p "$WORK"
  elif [ -d /dev/shm ] && [ -w /dev/shm ]; then
    WORK=$(mktemp -d /dev/shm/touchpoint-bench.XXXXXX)
  else
    mkdir -p .build-bench && WORK=$(mktemp -d "$PWD/.build-bench/run.XXXXXX")
  fi
  RESULTS="$WORK/results"
  mkdir -p "$RESULTS"
  [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
}

# generate NAME PAGES [--charts] [--hugo]: a Touchpoint site at $WORK/NAME,
# and with --hugo the same pages as a Hugo site at $WORK/NAME-hugo.
generate() {
  local name=$1 pages=$2; shift 2
  local args=("$WORK/$name" --pages "$pages") flag
  for flag in "$@"; do
    case $flag in
      --charts) args+=(--charts) ;;
      --hugo) args+=(--hugo "$WORK/$name-hugo" --hugo-template "$HUGO_TEMPLATE") ;;
    esac
  done
  python3 Benchmarks/generate.py "${args[@]}"
}

# measure NAME RUNS CMD...: hyperfine's wall times of RUNS runs, each under
# /usr/bin/time for its CPU time and peak RSS. One untimed warm-up first
# (WARMUP=0 skips it) so that every timed run finds what the previous one
# left, an output to replace. PREPARE runs before each timed run; OUTPUT is
# where the command's stdout goes.
measure() {
  local name=$1 runs=$2; shift 2
  local timed
  printf -v timed '%q ' /usr/bin/time -a -o "$RESULTS/$name.time" -f '%e %U %S %M' "$@"
  if [ "${WARMUP:-1}" = 1 ]; then "$@" >"${OUTPUT:-/dev/null}"; fi
  : >"$RESULTS/$name.time"
  hyperfine -N --style none --runs "$runs" ${PREPARE:+--prepare "$PREPARE"} \
    --output "${OUTPUT:-null}" --export-json "$RESULTS/$name.json" "$timed"
  python3 -c 'import json,sys; print("  %-20s median %.3f s" % (sys.argv[2], json.load(open(sys.argv[1]))["results"][0]["median"]))' \
    "$RESULTS/$name.json" "$name"
}

touchpoint_clean() { measure "$1" "$2" "$BIN" build --clean --quiet "$WORK/$3"; }
hugo_clean() { measure "$1" "$2" hugo --quiet -s "$WORK/$3-hugo" -d "$WORK/$3-hugo-out"; }

# The floor: one cmark process renders every page of the corpus to one file
# (the CLI reads its files as one document): Markdown and nothing else.
floor() {
  find "$WORK/$1/Content" -name '*.md' | sort >"$WORK/$1-files.txt"
  OUTPUT="$WORK/floor.html" measure floor "$RUNS" xargs -a "$WORK/$1-files.txt" -d '\n' cmark --smart
}

# search_index_share SITE: the search index's size beside the HTML it indexes (the budget is 15%).
search_index_share() {
  python3 - "$WORK/$1/Output" <<'PY' | tee "$RESULTS/search-index.txt"
import os, sys
out = sys.argv[1]
html = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs if f.endswith(".html"))
index = os.path.getsize(os.path.join(out, "search", "index.js"))
print("  search index         %.1f MiB beside %.1f MiB of HTML: %.1f%%" % (index / 2**20, html / 2**20, 100 * index / html))
PY
}

# rebuild NAME SITE [CHANGE]: incremental builds, each after CHANGE (a
# toggle.py command) or after nothing; then one more, unquiet, for the number
# of pages it re-rendered.
rebuild() {
  local name=$1 site=$2 change=${3:-}
  PREPARE=$change measure "$name" "$RUNS" "$BIN" build --quiet "$WORK/$site"
  [ -z "$change" ] || eval "$change"   # the same words hyperfine ran
  "$BIN" build "$WORK/$site" | sed -n 's/.* pages (\([0-9]*\) rendered).*/\1/p' >"$RESULTS/$name.rendered"
}

# The conditions report.py prints above the table. The load average before
# anything starts tells whether other work shared the cores.
describe_run() {
  cat >"$RESULTS/run.json" <<JSON
{"pages": $PAGES, "pages2": ${PAGES2:-0}, "survey": $SURVEY, "runs": $RUNS, "hugo_runs2": $HUGO_RUNS2, "cores": $(nproc),
 "load": $(cut -d' ' -f1 /proc/loadavg),
 "work": "$WORK", "hugo": "$(hugo version | awk '{print $2}')", "cmark": "$(cmark --version | awk 'NR==1 {print $2}')"}
JSON
}

main() {
  need_tools
  make_work_folder
  describe_run
  echo "== $PAGES pages, $RUNS runs each, $(nproc) cores, in $WORK"
  generate plain "$PAGES" --hugo
  generate charts "$PAGES" --charts
  floor plain
  touchpoint_clean touchpoint "$RUNS" plain
  search_index_share plain
  hugo_clean hugo "$RUNS" plain
  touchpoint_clean charts "$RUNS" charts

  echo "== A survey of $SURVEY responses x 20 questions"
  python3 Benchmarks/survey.py "$WORK/survey" --responses "$SURVEY"
  python3 Benchmarks/survey.py "$WORK/survey-without" --without
  touchpoint_clean survey "$RUNS" survey
  touchpoint_clean survey-without "$RUNS" survey-without

  echo "== Touchpoint rebuilds, $PAGES pages"
  local data="$WORK/plain/Content/data/bench/refresh.json"
  local page="$WORK/plain/Content/section-03/page-00007.md"
  rebuild rebuild-data plain "python3 Benchmarks/toggle.py $data ' '"
  rebuild rebuild-page plain "python3 Benchmarks/toggle.py $page 'One more sentence.'"
  rebuild rebuild-none plain

  if [ -n "$PAGES2" ]; then
    echo "== $PAGES2 pages"
    rm -rf "${WORK:?}"/plain* "$WORK"/charts*   # tmpfs is memory: make room
    if [ "$HUGO2" = 1 ]; then generate large "$PAGES2" --hugo; else generate large "$PAGES2"; fi
    touchpoint_clean touchpoint2 "$RUNS" large
    # A Hugo run takes about 50 s at this size: fewer runs, no warm-up.
    if [ "$HUGO2" = 1 ]; then WARMUP=0 hugo_clean hugo2 "$HUGO_RUNS2" large; fi
  fi

  echo
  python3 Benchmarks/report.py "$RESULTS"
  echo
  echo "The whole benchmark took $(( (SECONDS - STARTED) / 60 )) min $(( (SECONDS - STARTED) % 60 )) s."
}

main
