#!/usr/bin/env bash
# Whole-run speed of `dealline timex` over the bulk news corpus: reading
# JSON lines, tagging and resolving every expression, writing JSON lines.
# Prints the text throughput; pass another JSON-lines file to time that.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/bulk.jsonl}
cargo build --release --locked --quiet
bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l).get("text","").encode()) for l in open(sys.argv[1])))' "$corpus")
start=$(date +%s.%N)
./target/release/dealline timex "$corpus" > /dev/null
end=$(date +%s.%N)
python3 -c "import sys; b,s,e=map(float,sys.argv[1:]); print(f'dealline timex: {b/1e6:.1f} MB of text in {e-s:.2f} s = {b/1e6/(e-s):.1f} MB/s (whole run: JSON in, tagging, JSON out)')" "$bytes" "$start" "$end"
