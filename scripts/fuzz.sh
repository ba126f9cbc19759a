#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ and runs each in turn for FUZZ_SECONDS.
# Exits non-zero when any target crashes, hangs past FUZZ_TIMEOUT or goes over
# FUZZ_RSS_MB. Usage: scripts/fuzz.sh [TARGET…]; docs/fuzzing.md has the rest.
set -uo pipefail
cd "$(dirname "$0")/.."

# The fuzz targets: one line each. A target NAME is the executable target
# Fuzz/Sources/NAME, seeded from Fuzz/Corpus/NAME/, with the optional
# dictionary Fuzz/Dictionaries/NAME.dict.
TARGETS=(
    FuzzJSON
    FuzzFrontMatter
    FuzzMarkdown
    FuzzRequestHead
)

SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-60}
TIMEOUT=${FUZZ_TIMEOUT:-10}
RSS_MB=${FUZZ_RSS_MB:-2048}
# 1: keep fuzzing after a finding (libFuzzer fork mode), for long runs where
# one known hang would otherwise end the run in its first minutes.
KEEP_GOING=${FUZZ_KEEP_GOING:-0}
SCRATCH=.build-fuzz
OUT=Fuzz/Output

if [ $# -gt 0 ]; then selected=("$@"); else selected=("${TARGETS[@]}"); fi

# Swift code gets coverage and ASan through -sanitize; C code (libyaml inside
# Yams) through -Xcc, so the YAML target is guided by the scanner's branches too.
# -parse-as-library: a target's only file has no top-level code.
BUILD_FLAGS=(
    -Xswiftc -sanitize=fuzzer,address
    -Xswiftc -parse-as-library
    -Xswiftc -enable-testing
    -Xcc -fsanitize=fuzzer-no-link,address
)

echo "Building fuzz targets…"
# gold warns once per ASan helper symbol; the warnings say nothing about our code.
"$SWIFT" build --package-path Fuzz --scratch-path "$SCRATCH" "${BUILD_FLAGS[@]}" 2>&1 \
    | grep -v "Cannot export local symbol '__asan"
if [ "${PIPESTATUS[0]}" -ne 0 ]; then
    echo "fuzz: the build failed" >&2
    exit 2
fi
BIN=$("$SWIFT" build --package-path Fuzz --scratch-path "$SCRATCH" "${BUILD_FLAGS[@]}" --show-bin-path)

mkdir -p "$OUT/logs"
failed=()
for target in "${selected[@]}"; do
    if [ ! -x "$BIN/$target" ]; then
        echo "fuzz: no target $target (known: ${TARGETS[*]})" >&2
        failed+=("$target")
        continue
    fi
    corpus="$OUT/corpus/$target"
    crashes="$OUT/crashes/$target"
    log="$OUT/logs/$target.log"
    mkdir -p "$corpus" "$crashes"
    marker="$OUT/.started-$target"
    touch "$marker"

    args=(
        -max_total_time="$SECONDS_EACH"
        -timeout="$TIMEOUT"
        -rss_limit_mb="$RSS_MB"
        -artifact_prefix="$crashes/"
        -print_final_stats=1
    )
    if [ -f "Fuzz/Dictionaries/$target.dict" ]; then args+=(-dict="Fuzz/Dictionaries/$target.dict"); fi
    if [ "$KEEP_GOING" = 1 ]; then args+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1); fi

    echo "Fuzzing $target for ${SECONDS_EACH}s (log: $log)"
    # New inputs go to the first folder; the committed seeds are only read.
    "$BIN/$target" "${args[@]}" "$corpus" "Fuzz/Corpus/$target" >"$log" 2>&1
    status=$?
    found=$(find "$crashes" -type f -newer "$marker" | sort)
    rm -f "$marker"

    # The last status line: `#N DONE cov: …`, or `#N: cov: …` in fork mode.
    grep -E '^#[0-9]+(:|[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED))[[:space:]]+cov:' "$log" | tail -n 1 | sed 's/^/  /'
    grep -E '^stat::(number_of_executed_units|slowest_unit_time_sec|peak_rss_mb)' "$log" | sed 's/^/  /'
    if [ "$status" -ne 0 ] || [ -n "$found" ]; then
        echo "  FINDING in $target (libFuzzer exit $status)"
        grep -E '^(==[0-9]+== ?ERROR|SUMMARY|Fatal error|.*Fatal error)' "$log" | sort -u | head -n 5 | sed 's/^/  /'
        for file in $found; do echo "  reproduce: $BIN/$target $file"; done
        failed+=("$target")
    fi
done

# A closing line in the form test runners use, so CI logs count the targets.
echo "fuzz: $(( ${#selected[@]} - ${#failed[@]} )) passed, ${#failed[@]} failed"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: findings in ${failed[*]}; see $OUT/crashes and docs/fuzzing.md" >&2
    exit 1
fi
