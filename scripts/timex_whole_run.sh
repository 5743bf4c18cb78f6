#!/usr/bin/env bash
# Whole-run speed of `dealline timex` over the bulk news corpus: reading
# JSON lines, inferring the publication date of stories without one,
# tagging and resolving every expression, writing JSON lines. Prints the
# text throughput on one thread and on every core (documents are tagged in
# parallel a batch at a time); pass another JSON-lines file to time that.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/bulk.jsonl}
cargo build --release --locked --quiet
bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l).get("text","").encode()) for l in open(sys.argv[1])))' "$corpus")
run() {
    local label=$1
    shift
    local start end
    start=$(date +%s.%N)
    env "$@" ./target/release/dealline timex "$corpus" > /dev/null
    end=$(date +%s.%N)
    python3 -c "import sys; b,s,e=map(float,sys.argv[2:]); print(f'dealline timex, {sys.argv[1]}: {b/1e6:.1f} MB of text in {e-s:.2f} s = {b/1e6/(e-s):.1f} MB/s (whole run: JSON in, tagging, JSON out)')" "$label" "$bytes" "$start" "$end"
}
run "one thread" RAYON_NUM_THREADS=1
run "$(nproc) cores"
