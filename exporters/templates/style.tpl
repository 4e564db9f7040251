{{! style.tpl — the one stylesheet of the appendix and the comparison, included inline (no external requests).
    Colours meet WCAG 2.1 AA: text >= 4.5:1 on its background (status tags 6.1:1 and more, heat cells 5.1:1 and more). }}
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: Arial, Helvetica, sans-serif; font-size: 1rem; line-height: 1.45; color: #0b0c0c; background: #ffffff; }
header, main, footer { padding: 0 1.5rem; }
header { border-bottom: 0.3rem solid #1d70b8; padding-bottom: 0.5rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; padding-top: 1rem; border-top: 1px solid #b1b4b6; }
main > h2:first-child { border-top: 0; padding-top: 0; }
h3 { font-size: 1.2rem; line-height: 1.3; margin: 2rem 0 0.5rem; }
p { margin: 0.4rem 0; max-width: 60rem; }
a { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.15em; }
a:visited { color: #4c2c92; }
a:hover { color: #003078; text-decoration-thickness: 3px; }
a:focus { outline: 3px solid transparent; color: #0b0c0c; background-color: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
/* Visually hidden, still read by screen readers (captions that repeat the heading just above). */
.vh { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
.skip-link { position: absolute; left: -10000px; top: auto; width: 1px; height: 1px; overflow: hidden; }
.skip-link:focus { position: static; display: block; width: auto; height: auto; padding: 0.5rem 1.5rem; }
.lede { font-size: 1.15rem; }
.meta { color: #505a5f; }
nav ul { list-style: none; margin: 0.75rem 0 0.5rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem 1.75rem; }
table { border-collapse: collapse; border-spacing: 0; width: 100%; margin: 0.75rem 0 2rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; font-size: 1.05rem; padding-bottom: 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.75rem 0.45rem 0; border-bottom: 1px solid #b1b4b6; }
thead th { border-bottom: 2px solid #0b0c0c; vertical-align: bottom; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; padding-right: 1rem; }
.ml { white-space: pre-line; }
.nowrap { white-space: nowrap; }
.src { color: #505a5f; font-size: 0.85rem; overflow-wrap: anywhere; min-width: 7rem; }
.themes { color: #505a5f; }
.tag { display: inline-block; padding: 0.1rem 0.45rem; font-weight: bold; white-space: nowrap; border: 1px solid transparent; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.tag-complete { color: #0c2d4a; background: #bbd4ea; }
.tag-green { color: #005a30; background: #cce2d8; }
.tag-amber { color: #594d00; background: #fff7bf; }
.tag-red { color: #2a0b06; background: #f4cdc6; }
.tag-unknown { color: #383f43; background: #e5e6e7; }
.heat td { text-align: center; min-width: 4.5rem; -webkit-print-color-adjust: exact; print-color-adjust: exact; border: 2px solid #ffffff; border-bottom: 1px solid #b1b4b6; }
.heat .n { display: block; font-weight: bold; font-size: 1.05rem; }
.heat .a { display: block; font-size: 0.8rem; }
.heat-0 { color: #505a5f; background: #ffffff; }
.heat-1 { color: #0b0c0c; background: #d2e3f3; }
.heat-2 { color: #0b0c0c; background: #9ec5e8; }
.heat-3 { color: #0b0c0c; background: #5694ca; }
.heat-4 { color: #ffffff; background: #1d70b8; }
.heat-5 { color: #ffffff; background: #003078; }
.legend { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin: 0.5rem 0 1rem; padding: 0; list-style: none; font-size: 0.9rem; }
.legend li span { display: inline-block; padding: 0.1rem 0.5rem; border: 1px solid #b1b4b6; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar { display: flex; width: 100%; max-width: 50rem; margin: 0.25rem 0 0.5rem; border: 1px solid #0b0c0c; }
.bar span { display: block; min-width: 2.25rem; padding: 0.2rem 0.3rem; text-align: center; font-weight: bold; border-right: 1px solid #0b0c0c; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar span:last-child { border-right: 0; }
footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 1.5rem; border-top: 1px solid #b1b4b6; color: #505a5f; font-size: 0.9rem; }
@media print {
  nav, .skip-link { display: none; }
  body { font-size: 10pt; }
  header, main, footer { padding: 0; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  /* Keep headings whole and with what follows. Chromium leaves a caption behind at the foot of a page when its
     table moves on, so on paper captions are hidden like .vh: the heading above each table says the same. */
  h2, h3 { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h2 ~ p, h3 ~ p, .bar { break-after: avoid; page-break-after: avoid; }
  thead, thead tr { break-after: avoid; page-break-after: avoid; }
  tbody tr:first-child { break-before: avoid; page-break-before: avoid; }
  caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  a { color: #0b0c0c; text-decoration: none; }
  .tag { border-color: currentColor; }
  @page { size: A4 landscape; margin: 12mm; }
}
