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
# A table that is a picture (a scan) with the words over it, as OCR leaves them: its rules and its green
# cell are pixels, so the reader takes them from a rendering (written by hand: a 300 × 200 image, 1 px a point).
python3 - <<'PY'
import zlib
W, H = 300, 200
px = bytearray(b"\xff" * (W * H * 3))
def box(x0, y0, x1, y1, rgb):
    for y in range(y0, y1):
        for x in range(x0, x1):
            px[(y * W + x) * 3:(y * W + x) * 3 + 3] = bytes(rgb)
box(151, 101, 279, 159, (0x00, 0xB0, 0x50))          # the status cell, green
for y in (40, 100, 160):
    box(20, y, 280, y + 2, (0, 0, 0))                # rows
for x in (20, 150, 278):
    box(x, 40, x + 2, 162, (0, 0, 0))                # columns
image = zlib.compress(bytes(px))
words = [(30, 75, "Ref"), (160, 75, "Status"), (30, 135, "1.1"), (160, 135, "Done")]
text = b"BT /F1 12 Tf " + b" ".join(b"1 0 0 1 %d %d Tm (%s) Tj" % (x, H - y, t.encode()) for x, y, t in words) + b" ET\n"
content = b"q %d 0 0 %d 0 0 cm /Im1 Do Q\n" % (W, H) + text
objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> /Font << /F1 6 0 R >> >> >>" % (W, H),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % (W, H, len(image)) + image + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
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
open("scanned_table.pdf", "wb").write(out)
PY
