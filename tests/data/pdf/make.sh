#!/bin/sh
# make.sh — rebuilds the PDF fixtures of tests/pdf from the HTML sources here (LibreOffice and qpdf from Debian).
# Run from this folder: sh make.sh
set -e
lo() {
    soffice -env:UserInstallation=file:///tmp/planport-lo-fixtures --headless --infilter="HTML (StarWriter)" \
        --convert-to pdf:writer_pdf_Export "$@" >/dev/null
}
lo ruled_rag.html borderless.html two_page_table.html
# A page shown rotated (/Rotate 90): a landscape page whose text runs down the page.
qpdf ruled_rag.pdf --rotate=+90:1 landscape_rotated.pdf
# Encrypted: one opens with the empty user password, the other needs "secret".
qpdf --encrypt "" owner-pw 256 -- ruled_rag.pdf encrypted_empty_user.pdf
qpdf --encrypt secret owner-pw 256 -- ruled_rag.pdf encrypted_password.pdf
printf 'this is a text file, not a PDF\n' > not_a_pdf.pdf
printf '%%PDF-1.4\nthis is garbage\n' > damaged.pdf
# A page with a drawing and no text at all, as a scanned page has (written by hand: one grey rectangle).
python3 - <<'PY'
objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"]
content = b"0.5 g 100 600 300 150 re f\n"
objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for off in offsets:
    out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open("no_text.pdf", "wb").write(out)
PY
