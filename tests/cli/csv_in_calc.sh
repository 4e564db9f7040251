#!/usr/bin/env bash
# csv_in_calc.sh — the actions CSV opened in a real spreadsheet (LibreOffice Calc, headless, from Debian):
# 17 columns with the right headers, accented text intact, line breaks kept inside their cell, and a cell
# that would be a formula (=HYPERLINK(…)) arrives as text, not a formula. Both plain and --excel CSV.
set -euo pipefail
planport=${1:?usage: csv_in_calc.sh PLANPORT}
if ! command -v soffice >/dev/null || ! dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 && ! dpkg -s libreoffice-calc >/dev/null 2>&1; then
  echo "csv_in_calc: installing LibreOffice Calc from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 libreoffice-calc-nogui >/dev/null
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$planport" report samples/west-berkshire-2015-17.docx --json "$tmp/model.json" -q
python3 - "$tmp/model.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
a = m["plans"][0]["priorities"][0]["actions"]
a[0]["text"] = '=HYPERLINK("http://example.invalid","click")'
a[1]["lead"] = "Zoë Müller-Brontë (Café naïve – “quoted”)"
a[2]["progress"] = "First line\nSecond line, with a comma"
a[3]["text"] = "- Working with partner agencies"
json.dump(m, open(sys.argv[1], "w"))
PY
"$planport" report "$tmp/model.json" --csv "$tmp/plain.csv" -q
"$planport" report "$tmp/model.json" --csv "$tmp/excel.csv" --excel -q
for f in plain excel; do
  # 44 = comma, 34 = double quote, 76 = UTF-8, 1 = first line; then column formats left as "standard"
  soffice -env:UserInstallation=file://$tmp/profile --headless --infilter="CSV:44,34,76,1" \
    --convert-to ods --outdir "$tmp" "$tmp/$f.csv" >/dev/null 2>&1
  python3 - "$tmp/$f.ods" <<'PY'
import sys, zipfile, xml.etree.ElementTree as ET
ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0", "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}
root = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read("content.xml"))
T = "{%s}" % ns["table"]
rows = []
for row in root.iter(T + "table-row"):
    cells = []
    for c in row:
        if c.tag not in (T + "table-cell", T + "covered-table-cell"): continue
        rep = int(c.get(T + "number-columns-repeated", "1"))
        paras = ["".join(p.itertext()) for p in c.findall("text:p", ns)]
        cells += [("\n".join(paras), c.get(T + "formula"))] * min(rep, 50)
    rows.append(cells)
rows = [r for r in rows if any(v for v, _ in r)]
header = [v for v, _ in rows[0]][:17]
expected = "board,plan,period,priority_ref,priority,theme,outcome,action_ref,action,lead,timescale,due,rag,progress,source,page,workstream".split(",")
assert header == expected, f"{sys.argv[1]}: header {header}"
def fail(msg): print("FAIL:", sys.argv[1], msg); sys.exit(1)
for r in rows:
    for v, formula in r:
        if formula: fail(f"a cell became a formula: {formula}")
col = {n: i for i, n in enumerate(expected)}
body = rows[1:]
if len(body) != 31: fail(f"{len(body)} data rows, expected 31")
if body[0][col["action"]][0] != "'=HYPERLINK(\"http://example.invalid\",\"click\")": fail("formula cell: " + body[0][col["action"]][0])
if body[1][col["lead"]][0] != "Zoë Müller-Brontë (Café naïve – “quoted”)": fail("accented text: " + body[1][col["lead"]][0])
if body[2][col["progress"]][0] != "First line\nSecond line, with a comma": fail("line break: " + repr(body[2][col["progress"]][0]))
if body[3][col["action"]][0] != "- Working with partner agencies": fail("bullet text changed: " + body[3][col["action"]][0])
if body[0][col["board"]][0] != "West Berkshire Local Safeguarding Children Board": fail("board")
print("ok:", sys.argv[1], len(body), "rows, 17 columns")
PY
done
head -c 3 "$tmp/excel.csv" | od -An -tx1 | grep -q "ef bb bf" || { echo "FAIL: --excel has no BOM"; exit 1; }
grep -q $'\r$' "$tmp/excel.csv" || { echo "FAIL: --excel has no CRLF"; exit 1; }
echo "csv_in_calc: all ok"
