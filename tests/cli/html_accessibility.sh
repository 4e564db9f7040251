#!/usr/bin/env bash
# html_accessibility.sh — the appendix and the comparison made from samples/ pass axe-core's WCAG 2.1 AA
# rules in headless Chromium with zero violations and no external requests (scripts/axe-check installs
# Chromium and axe-core when missing); plan text with markup shows as text.
set -euo pipefail
planport=${1:?usage: html_accessibility.sh PLANPORT}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$planport" report samples/ --html "$tmp/appendix.html" --json "$tmp/model.json" -q
"$planport" compare samples/ --html "$tmp/compare.html" --as-of 2016-03-31 -q

# An untrusted cell: inject <script> into a saved model and export it again.
python3 - "$tmp/model.json" "$tmp/hostile.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["plans"][0]["priorities"][0]["actions"][0]["text"] = "<script>alert(1)</script>"
m["plans"][0]["priorities"][0]["title"] = "<img src=x onerror=alert(2)>"
json.dump(m, open(sys.argv[2], "w"))
PY
"$planport" report "$tmp/hostile.json" --html "$tmp/hostile.html" -q
if grep -q '<script>alert(1)' "$tmp/hostile.html" || grep -q '<img src=x' "$tmp/hostile.html"; then
  echo "FAIL: plan text reached the HTML unescaped"; exit 1
fi
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$tmp/hostile.html" || { echo "FAIL: escaped script text missing"; exit 1; }

scripts/axe-check "$tmp/appendix.html" "$tmp/compare.html" "$tmp/hostile.html"
scripts/axe-check --media print "$tmp/appendix.html" "$tmp/compare.html"
echo "html_accessibility: all ok"
