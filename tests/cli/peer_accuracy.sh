#!/usr/bin/env bash
# peer_accuracy.sh — `planport tables` with default options on the other extractors' PDF cases in
# ../shared/peers/pdf scores an overall ICDAR 2013 adjacency F1 of at least 0.85 (scripts/peer-accuracy).
set -euo pipefail
planport=${1:?usage: peer_accuracy.sh PLANPORT}
out=$(scripts/peer-accuracy --command "$planport tables {} --format json --pages {page}-{page}")
line=$(grep '^overall' <<<"$out")
echo "$line"
f1=$(sed -E 's/.*F1=([0-9.]+).*/\1/' <<<"$line")
python3 -c "import sys; sys.exit(0 if float('$f1') >= 0.85 else 1)" || { echo "FAIL: overall F1 $f1 < 0.85"; exit 1; }
