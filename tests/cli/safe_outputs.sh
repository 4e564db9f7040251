#!/usr/bin/env bash
# safe_outputs.sh — outputs never damage what is not theirs: /dev/null stays a character device, a FIFO is
# written to its reader and stays a FIFO, a symlink's target is updated and the link kept; an output that is
# an input (by another spelling, an absolute path or a hard link; a file found in an input folder or listed on
# standard input) or the same file as another output is refused with exit code 2 before anything is written;
# a folder as output is a one-line error; '-' (and /dev/stdout) is standard output.
set -u
planport=${1:?usage: safe_outputs.sh PLANPORT}
planport=$(realpath "$planport")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
header='^board,plan,period,priority_ref'

cp samples/west-berkshire-2015-17.docx "$tmp/plan.docx"
cp samples/essex-2015-17.docx "$tmp/essex.docx"
cp "$tmp/plan.docx" "$tmp/plan.orig"
cd "$tmp" || fail "cannot enter $tmp"

# A character device is written, never replaced.
"$planport" report plan.docx --csv /dev/null -q || fail "--csv /dev/null: exit code $?"
test -c /dev/null || fail "/dev/null is no longer a character device"
ls /dev/null.tmp-* >/dev/null 2>&1 && fail "a temporary file left beside /dev/null"
echo "ok: --csv /dev/null leaves /dev/null a character device"

# A FIFO is written straight through to its reader.
mkfifo fifo
timeout 60 cat fifo > got &
reader=$!
timeout 60 "$planport" report plan.docx --csv fifo -q || fail "--csv fifo: exit code $?"
wait "$reader" || fail "the FIFO's reader failed"
test -p fifo || fail "the FIFO was replaced"
grep -q "$header" got || fail "the FIFO's reader did not get the CSV: $(head -c 200 got)"
grep -q "West Berkshire" got || fail "the FIFO's reader did not get the actions"
echo "ok: a FIFO output is read by its reader ($(wc -l < got) lines) and stays a FIFO"

# A symlink's target is updated; the link stays a link.
mkdir real
echo old > real/actions.csv
ln -s real/actions.csv link.csv
"$planport" report plan.docx --csv link.csv -q || fail "--csv link.csv: exit code $?"
test -L link.csv || fail "the symlink was replaced"
grep -q "$header" real/actions.csv || fail "the symlink's target was not updated"
[ "$(ls real)" = actions.csv ] || fail "files left beside the target: $(ls real)"
echo "ok: a symlinked output updates its target and stays a symlink"

# An output that is an input is refused, the input unchanged byte for byte.
refused() {  # refused DESCRIPTION ARGS...: exit code 2, a one-line error, plan.docx unchanged
  local what=$1; shift
  "$planport" "$@" 2>err >out; local code=$?
  [ "$code" -eq 2 ] || fail "$what: exit code $code, expected 2 ($(cat err))"
  [ "$(wc -l < err)" -eq 1 ] || fail "$what: expected a one-line error, got: $(cat err)"
  cmp -s plan.docx plan.orig || fail "$what: the input was changed"
  echo "ok: $what refused: $(cat err)"
}
refused "./plan.docx for input plan.docx" report plan.docx --csv ./plan.docx
grep -q "plan.docx" err || fail "the error does not name the file: $(cat err)"
refused "an absolute path for the input" report plan.docx --html "$tmp/plan.docx"
ln plan.docx hard.docx
refused "a hard link of the input" report plan.docx --json hard.docx
rm hard.docx
refused "an input found in a folder" report . --csv plan.docx -q
refused "an input listed on standard input" report - --csv ./plan.docx <<< plan.docx
refused "compare's output as an input" compare plan.docx essex.docx --html plan.docx
refused "--errors as an input" report plan.docx --csv out.csv --errors plan.docx
[ -e out.csv ] && fail "an output was written although the command was refused"

# Two outputs naming one file.
refused "--csv out.x --html out.x" report plan.docx --csv out.x --html out.x
refused "--csv out.x --html ./out.x" report plan.docx --csv out.x --html ./out.x
[ -e out.x ] && fail "out.x written although the command was refused"
echo old > out.x; ln out.x out-link.x
refused "two hard links of one existing file" report plan.docx --csv out.x --json out-link.x
[ "$(cat out.x)" = old ] || fail "out.x changed although the command was refused"
refused "'-' for two outputs" report plan.docx --csv - --html -

# A folder as output.
mkdir folder
refused "a folder as output" report plan.docx --csv folder
grep -q "folder" err || fail "the error does not name the folder"
test -d folder || fail "the folder was replaced"

# '-' is standard output, for any one output option; /dev/stdout too, into a file it is redirected to.
"$planport" report plan.docx --html - -q > got.html || fail "--html -: exit code $?"
grep -q "<!DOCTYPE html>" got.html || fail "--html - did not write the HTML to standard output"
[ -e ./- ] && fail "--html - wrote a file named '-'"
"$planport" report plan.docx --json - -q | python3 -m json.tool >/dev/null || fail "--json - is not JSON on stdout"
"$planport" compare plan.docx essex.docx --csv - -q | grep -q "^board,plan,theme" || fail "compare --csv -"
"$planport" report missing.docx --csv /dev/null --errors - -q 2>/dev/null | grep -q "missing.docx" ||
  fail "--errors - did not list the failure on standard output"
echo kept > so.csv
"$planport" report plan.docx --csv /dev/stdout -q >> so.csv || fail "--csv /dev/stdout: exit code $?"
[ "$(head -1 so.csv)" = kept ] || fail "--csv /dev/stdout replaced the file standard output appends to"
grep -q "$header" so.csv || fail "--csv /dev/stdout did not write the CSV"
echo "ok: '-' and /dev/stdout write to standard output"

ls | grep -q '\.tmp-' && fail "temporary output files left behind: $(ls)"
echo "safe_outputs: all ok"
