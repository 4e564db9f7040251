#!/usr/bin/env bash
# hostile_inputs.sh — a batch with hostile files in it survives them: a truncated DOCX, an external entity
# naming a local file (XXE), a billion-laughs DOCX, zip bombs inflating past 1 GiB (size declared, and size
# lied about), a text file named .pdf, a PDF page of 200 × 200 inches and a PDF of 200 pages, run in one
# `planport report` together with two valid sample plans.
# Each hostile file gets exactly one error line naming it, alone within 5 s; the whole run takes under 30 s
# and peaks under 500 MB (30 s, 120 s and 1500 MB for a sanitizer build, whose large allocations each map
# fresh pages); the local file's content shows up nowhere; the valid plans are converted; the exit code is 1;
# no temporary output file is left behind.
# The big files are made here, streamed by tests/data/hostile/make_hostile.py: nothing big is committed.
set -u
planport=${1:?usage: hostile_inputs.sh PLANPORT}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# The "local secret" an external entity would leak: a marker unique to this run.
marker="planport-secret-$$-$RANDOM$RANDOM"
echo "$marker" > "$tmp/secret.txt"
python3 tests/data/hostile/make_hostile.py "$tmp/in" "$tmp/secret.txt" || fail "could not make the hostile files"
cp samples/essex-2015-17.docx samples/west-berkshire-2015-17.docx "$tmp/in/"
bad=(truncated.docx xxe.docx billion-laughs.docx zip-bomb.docx zip-bomb-lying.docx text.pdf huge-page.pdf
     many-pages.pdf)
for f in "${bad[@]}"; do [ -s "$tmp/in/$f" ] || fail "make_hostile.py did not make $f"; done

# Peak resident memory of a command, in KB, written to $tmp/rss (GNU time when there, else Python's rusage).
measure() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$tmp/rss" "$@"
  else
    python3 -c 'import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
open(sys.argv[1], "w").write("%d\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(code)' "$tmp/rss" "$@"
  fi
}
# Under a sanitizer build (scripts/test), LeakSanitizer would list the suppressions it used (fontconfig's
# cache) after the error line: keep leak checking, drop that listing.
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}print_suppressions=0"
limit_kb=$((500 * 1024)) alone=5 batch=30
if grep -q __asan_init "$planport"; then  # a sanitizer build: shadow memory, quarantine, 2-3 times slower
  limit_kb=$((1500 * 1024)) alone=30 batch=120
fi

# 1. Each hostile file alone: exit code 1 (not a timeout, not a signal), one error line naming it, within 5 s.
# (The time bounds are hang guards, scaled for sanitizer builds; a hostile file takes well under a second.)
for f in "${bad[@]}"; do
  measure timeout $alone "$planport" report "$tmp/in/$f" --csv "$tmp/one.csv" -q >"$tmp/out1" 2>"$tmp/err1"; code=$?
  [ "$code" -ne 124 ] || fail "$f: not done within $alone s"
  [ "$code" -eq 1 ] || fail "$f: exit code $code, expected 1: $(head -c 2000 "$tmp/err1")"
  [ "$(wc -l < "$tmp/err1")" -eq 1 ] || fail "$f: expected a one-line error, got: $(head -c 2000 "$tmp/err1")"
  grep -q "^$tmp/in/$f: error: " "$tmp/err1" || fail "$f: the error does not name the file: $(cat "$tmp/err1")"
  rss=$(tail -1 "$tmp/rss")
  [ "$rss" -lt "$limit_kb" ] || fail "$f: peak memory $((rss / 1024)) MB"
  # 400 MB of page rasters kept: only their paint may be kept, packed (importers/pdf/paint_map.h).
  [ "$f" != many-pages.pdf ] || [ "$limit_kb" -gt $((500 * 1024)) ] || [ "$rss" -lt $((150 * 1024)) ] ||
    fail "$f: peak memory $((rss / 1024)) MB, page rasters kept"
  grep -q "$marker" "$tmp/out1" "$tmp/err1" && fail "$f: the local file's content leaked"
  [ ! -e "$tmp/one.csv" ] || [ ! -s "$tmp/one.csv" ] || [ "$(wc -l < "$tmp/one.csv")" -le 1 ] ||
    fail "$f: rows written for a file that failed"
  echo "ok: $(cat "$tmp/err1")  [$((rss / 1024)) MB]"
done

# 2. All of them in one run, with every output.
mkdir "$tmp/out"
measure timeout $batch "$planport" report "$tmp/in" --csv "$tmp/out/actions.csv" --html "$tmp/out/appendix.html" \
  --json "$tmp/out/model.json" --errors "$tmp/out/errors.csv" --jobs 2 >"$tmp/stdout" 2>"$tmp/stderr"; code=$?
[ "$code" -ne 124 ] || fail "batch: not done within $batch s"
[ "$code" -eq 1 ] || fail "batch: exit code $code, expected 1: $(head -c 3000 "$tmp/stderr")"
rss=$(tail -1 "$tmp/rss")
[ "$rss" -lt "$limit_kb" ] || fail "batch: peak memory $((rss / 1024)) MB"
for f in "${bad[@]}"; do
  [ "$(grep -c "^$tmp/in/$f: error: " "$tmp/stderr")" -eq 1 ] || fail "batch: not one error line for $f: $(cat "$tmp/stderr")"
  [ "$(grep -c "$f" "$tmp/out/errors.csv")" -eq 1 ] || fail "batch: --errors has not one row for $f"
done
[ "$(grep -c ': error: ' "$tmp/stderr")" -eq ${#bad[@]} ] || fail "batch: unexpected errors: $(cat "$tmp/stderr")"
[ "$(tail -n +2 "$tmp/out/errors.csv" | wc -l)" -eq ${#bad[@]} ] || fail "batch: --errors rows: $(cat "$tmp/out/errors.csv")"
grep -q "2 of 10 files converted, 8 failed" "$tmp/stderr" || fail "batch: summary: $(tail -1 "$tmp/stderr")"
for board in "Essex Safeguarding Children Board" "West Berkshire"; do
  for out in actions.csv appendix.html model.json; do
    grep -q "$board" "$tmp/out/$out" || fail "batch: $board missing from $out"
  done
done
grep -rq "$marker" "$tmp/out" "$tmp/stdout" "$tmp/stderr" && fail "batch: the local file's content leaked"
[ "$(ls -A "$tmp/out" | sort | tr '\n' ' ')" = "actions.csv appendix.html errors.csv model.json " ] ||
  fail "batch: files left in the output folder: $(ls -A "$tmp/out")"
[ -z "$(find "$tmp" -name '*.tmp-*')" ] || fail "batch: temporary output files left behind"
echo "ok: batch of $((${#bad[@]} + 2)) files, exit code 1, peak $((rss / 1024)) MB"

# 3. The memory ceiling (--max-memory, cli/limits.h): under a 60 MB ceiling the lying zip bomb, which inflates
# 64 MiB before its cap stops it, fails with one "out of memory" line; the plan after it is still converted.
# (AddressSanitizer needs terabytes of mappings, so a sanitizer build sets no ceiling: not checked there.)
if ! grep -q __asan_init "$planport"; then
  timeout 10 "$planport" report "$tmp/in/zip-bomb-lying.docx" "$tmp/in/essex-2015-17.docx" --jobs 1 --max-memory 60 \
    --csv "$tmp/ceiling.csv" >"$tmp/out3" 2>"$tmp/err3"; code=$?
  [ "$code" -eq 1 ] || fail "ceiling: exit code $code, expected 1: $(cat "$tmp/err3")"
  grep -q "^$tmp/in/zip-bomb-lying.docx: error: out of memory while reading (over the 60 MB ceiling; see --max-memory)$" \
    "$tmp/err3" || fail "ceiling: no out-of-memory line: $(cat "$tmp/err3")"
  [ "$(grep -c ': error: ' "$tmp/err3")" -eq 1 ] || fail "ceiling: unexpected errors: $(cat "$tmp/err3")"
  grep -q "Essex Safeguarding Children Board" "$tmp/ceiling.csv" || fail "ceiling: the valid plan was not converted"
  echo "ok: $(grep ': error: ' "$tmp/err3")"
fi

# 4. Apache POI's hostile and malformed DOCX (external entity, truncated zips, clusterfuzz crashers, encrypted
# files), read in place from the shared peer cases when they are there: each one error line naming it, in 5 s.
peers=../shared/peers/docx/apache-poi/_security_and_malformed
if [ -d "$peers" ]; then
  n=0
  for f in "$peers"/*.docx; do
    timeout $alone "$planport" report "$f" --csv "$tmp/peer.csv" -q >/dev/null 2>"$tmp/err4"; code=$?
    [ "$code" -eq 1 ] || fail "$f: exit code $code, expected 1: $(head -c 2000 "$tmp/err4")"
    [ "$(wc -l < "$tmp/err4")" -eq 1 ] && grep -q "^$f: error: " "$tmp/err4" ||
      fail "$f: expected one error line naming it: $(head -c 2000 "$tmp/err4")"
    n=$((n + 1))
  done
  echo "ok: $n Apache POI hostile and malformed DOCX each rejected with one line"
fi
echo "hostile_inputs: all ok"
