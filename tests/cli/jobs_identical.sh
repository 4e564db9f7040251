#!/usr/bin/env bash
# jobs_identical.sh — `report samples/` gives byte-identical CSV, HTML and JSON with --jobs 1 and --jobs 2
# (results are kept in input order whatever finishes first), and the same summary; the progress bar is drawn
# only when stderr is a terminal: no '\r' in a redirected stderr, a redrawn bar under a pseudo-terminal
# (script(1) from bsdutils, when installed).
set -u
planport=${1:?usage: jobs_identical.sh PLANPORT}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

for j in 1 2; do
  mkdir "$tmp/j$j"
  timeout 300 "$planport" report samples/ --jobs "$j" --csv "$tmp/j$j/actions.csv" --html "$tmp/j$j/appendix.html" \
    --json "$tmp/j$j/model.json" >"$tmp/j$j.out" 2>"$tmp/j$j.err"; code=$?
  [ "$code" -le 1 ] || fail "--jobs $j: exit code $code: $(cat "$tmp/j$j.err")"
  echo "$code" > "$tmp/j$j.code"
  grep -q $'\r' "$tmp/j$j.err" && fail "--jobs $j: a progress bar ('\\r') in stderr that is not a terminal"
  [ "$(wc -l < "$tmp/j$j/actions.csv")" -gt 50 ] || fail "--jobs $j: too few actions in the CSV"
done
for f in actions.csv appendix.html model.json; do
  cmp "$tmp/j1/$f" "$tmp/j2/$f" || fail "$f differs between --jobs 1 and --jobs 2"
  echo "ok: $f identical with --jobs 1 and 2 ($(wc -c < "$tmp/j1/$f") bytes)"
done
cmp -s "$tmp/j1.code" "$tmp/j2.code" || fail "exit codes differ between --jobs 1 and 2"
cmp "$tmp/j1.err" "$tmp/j2.err" || fail "messages differ between --jobs 1 and 2: $(diff "$tmp/j1.err" "$tmp/j2.err")"
echo "ok: same exit code and messages"

if command -v script >/dev/null; then
  # Under a pseudo-terminal stderr is a tty: the bar is drawn ('\r' redraws) and wiped before the summary.
  script -qec "'$planport' report samples/ --jobs 2 --csv '$tmp/tty.csv'" /dev/null >"$tmp/tty.out" 2>&1 </dev/null
  grep -q $'\r' "$tmp/tty.out" || fail "no progress bar on a terminal: $(head -c 500 "$tmp/tty.out")"
  grep -q '\] [0-9]*/[0-9]*' "$tmp/tty.out" || fail "progress bar text missing: $(head -c 500 "$tmp/tty.out")"
  cmp "$tmp/tty.csv" "$tmp/j1/actions.csv" || fail "the CSV written under a terminal differs"
  echo "ok: progress bar on a terminal only"
  # -q turns it off even on a terminal.
  script -qec "'$planport' report samples/ -q --csv '$tmp/tty.csv'" /dev/null >"$tmp/tty-q.out" 2>&1 </dev/null
  grep -q '\] [0-9]*/[0-9]*' "$tmp/tty-q.out" && fail "progress bar drawn with -q"
else
  echo "skip: script(1) not installed, progress bar on a terminal not checked"
fi
echo "jobs_identical: all ok"
