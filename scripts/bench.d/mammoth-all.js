// mammoth-all.js — the mammoth peer for scripts/bench: converts every DOCX given to HTML in one node process,
// one file after another, and throws the HTML away (mammoth's own CLI converts one file per process; one
// process for all is the kinder measure, as planport also reads a whole corpus in one process).
// usage: node mammoth-all.js NODE_MODULES_DIR FILE.docx...
"use strict";
const path = require("path");
const mammoth = require(path.join(process.argv[2], "mammoth"));

async function main() {
    let failed = 0;
    for (const file of process.argv.slice(3)) {
        try {
            await mammoth.convertToHtml({ path: file });
        } catch (e) {
            failed += 1;
            console.error(`${file}: ${e.message}`);
        }
    }
    process.exitCode = failed ? 1 : 0;
}
main();
