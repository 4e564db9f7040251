#!/usr/bin/env bash
# bad_inputs.sh — a file that is not a zip, a zip that is not a DOCX, a DOCX without tables and a text file
# named .pdf each give a one-line error naming the file and a non-zero exit, without a crash; run over a
# folder together with a valid plan, the valid plan is still converted and the exit code is 1.
set -u
planport=${1:?usage: bad_inputs.sh PLANPORT}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

echo "this is not a zip" > "$tmp/not-a-zip.docx"
echo "plain text" > "$tmp/text.pdf"
python3 - "$tmp" <<'PY'
import sys, zipfile
d = sys.argv[1]
with zipfile.ZipFile(d + "/zip-not-docx.docx", "w") as z:
    z.writestr("hello.txt", "hello")
body = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Just a letter</w:t></w:r></w:p></w:body></w:document>'
with zipfile.ZipFile(d + "/no-tables.docx", "w") as z:
    z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr("word/document.xml", body)
PY

for f in not-a-zip.docx zip-not-docx.docx no-tables.docx text.pdf; do
  "$planport" report "$tmp/$f" --csv "$tmp/out.csv" -q 2>"$tmp/err"; code=$?
  [ "$code" -eq 1 ] || fail "$f: exit code $code, expected 1"
  [ "$(wc -l < "$tmp/err")" -eq 1 ] || fail "$f: expected a one-line error, got: $(cat "$tmp/err")"
  grep -q "$f" "$tmp/err" || fail "$f: the error does not name the file: $(cat "$tmp/err")"
  echo "ok: $(cat "$tmp/err")"
done
grep -q "not a zip\|not a DOCX" "$tmp/err" 2>/dev/null || true

# In a folder with a valid plan: the plan is converted, the bad ones reported, exit code 1.
cp samples/west-berkshire-2015-17.docx "$tmp/"
"$planport" report "$tmp" --csv "$tmp/all.csv" --errors "$tmp/errors.csv" 2>"$tmp/err"; code=$?
[ "$code" -eq 1 ] || fail "folder run: exit code $code, expected 1"
grep -q "West Berkshire" "$tmp/all.csv" || fail "folder run: the valid plan was not converted"
[ "$(grep -c 'error' "$tmp/err")" -ge 4 ] || fail "folder run: expected 4 errors: $(cat "$tmp/err")"
[ "$(tail -n +2 "$tmp/errors.csv" | wc -l)" -eq 4 ] || fail "--errors: expected 4 rows: $(cat "$tmp/errors.csv")"
grep -q "1 of 5 files converted, 4 failed" "$tmp/err" || fail "summary line missing: $(cat "$tmp/err")"
[ -z "$(ls "$tmp" | grep '\.tmp-')" ] || fail "temporary output files left behind"

# Usage errors exit with 2.
"$planport" report 2>/dev/null; [ $? -eq 2 ] || fail "no input: expected exit code 2"
"$planport" report --no-such-option x 2>/dev/null; [ $? -eq 2 ] || fail "bad option: expected exit code 2"
"$planport" frobnicate 2>/dev/null; [ $? -eq 2 ] || fail "unknown command: expected exit code 2"
echo "bad_inputs: all ok"
