#!/usr/bin/env python3
"""make_hostile.py OUTDIR MARKER_FILE — writes hostile plan files for tests/cli/hostile_inputs.sh.

Nothing here is committed as a binary: the files are made at test time, the large ones streamed, so that the
machine never holds a gigabyte. Standard library only.

  truncated.docx        a valid sample plan cut in half (the zip's central directory is gone)
  xxe.docx              document.xml declares an external entity naming MARKER_FILE and uses it in a table cell
  billion-laughs.docx   document.xml declares ten levels of entities, each ten of the one below (10^9 "lol"s)
  zip-bomb.docx         document.xml inflates to 1 GiB + 1 MiB of spaces inside <w:t> (its size declared honestly)
  zip-bomb-lying.docx   the same bomb with its declared size rewritten to 4 KiB in both zip headers
  text.pdf              a text file named .pdf
  huge-page.pdf         one page of 14400 × 14400 points (200 inches square, the most PDF allows), one line
  many-pages.pdf        200 A4 pages of one line each (400 MB of page rasters if all were kept unpacked)
"""
import os
import struct
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')


def table(cell_text):
    """A small plan table (Action | Lead | Timescale) whose action cell holds cell_text (raw XML)."""
    def cell(t):
        return f"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>"
    rows = [cell("Action") + cell("Lead") + cell("Timescale"),
            cell(cell_text) + cell("Board manager") + cell("March 2016")]
    return "<w:tbl>" + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>"


def document(doctype, cell_text):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n{doctype}\n'
            f'<w:document xmlns:w="{W}"><w:body>'
            f'<w:p><w:r><w:t>Hostile Safeguarding Children Board Business Plan 2015-16</w:t></w:r></w:p>'
            f'{table(cell_text)}</w:body></w:document>')


def docx(path, document_xml):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document_xml)


def zip_bomb(path, inflated):
    """document.xml of `inflated` bytes, nearly all spaces, deflated as it is written (1 MiB at a time)."""
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        with z.open("word/document.xml", "w") as f:  # < 2 GiB: plain 32-bit sizes, no zip64 needed
            f.write(head)
            left = inflated - len(head) - len(tail)
            while left > 0:
                n = min(left, len(chunk))
                f.write(chunk[:n])
                left -= n
            f.write(tail)


def lie_about_size(src, dst, name, size):
    """A copy of the zip src whose entry `name` declares `size` uncompressed bytes in both of its headers."""
    data = bytearray(open(src, "rb").read())
    with zipfile.ZipFile(src) as z:
        info = z.getinfo(name)
    struct.pack_into("<I", data, info.header_offset + 22, size)  # local file header: uncompressed size
    cd = data.find(b"PK\x05\x06")
    offset, = struct.unpack_from("<I", data, cd + 16)
    p = offset
    while p < cd:  # walk the central directory to the entry's record
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, p + 28)
        if data[p + 46:p + 46 + name_len].decode() == name:
            struct.pack_into("<I", data, p + 24, size)
            break
        p += 46 + name_len + extra_len + comment_len
    open(dst, "wb").write(bytes(data))


def pdf(path, pages, width, height):
    """A minimal valid PDF: `pages` pages of width × height points, each with one line of Helvetica text."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % (4 + 2 * i) for i in range(pages)),
                                                          pages)).encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i in range(pages):
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
                     "/Contents %d 0 R >>" % (width, height, 5 + 2 * i)).encode())
        text = ("BT /F1 12 Tf 72 %d Td (Page %d of a hostile plan) Tj ET" % (height - 72, i + 1)).encode()
        objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    open(path, "wb").write(bytes(out))


def main():
    out, marker_file = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)

    sample = open("samples/essex-2015-17.docx", "rb").read()
    open(os.path.join(out, "truncated.docx"), "wb").write(sample[: len(sample) // 2])

    docx(os.path.join(out, "xxe.docx"),
         document(f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{os.path.abspath(marker_file)}">]>',
                  "Read &xxe; aloud"))

    lol = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    docx(os.path.join(out, "billion-laughs.docx"),
         document("<!DOCTYPE w:document [" + "".join(lol) + "]>", "&lol9;"))

    bomb = os.path.join(out, "zip-bomb.docx")
    zip_bomb(bomb, (1 << 30) + (1 << 20))
    lie_about_size(bomb, os.path.join(out, "zip-bomb-lying.docx"), "word/document.xml", 4096)

    with open(os.path.join(out, "text.pdf"), "w") as f:
        f.write("This is a plain text file with a .pdf name, not a PDF.\n")
    pdf(os.path.join(out, "huge-page.pdf"), 1, 14400, 14400)
    pdf(os.path.join(out, "many-pages.pdf"), 200, 595, 842)


if __name__ == "__main__":
    main()
