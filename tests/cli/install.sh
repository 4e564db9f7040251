#!/usr/bin/env bash
# install.sh — `cmake --install` of the build folder puts a planport that works anywhere: run from another
# folder it writes the HTML appendix from the templates and theme table of its prefix (a marker added to the
# installed template shows up, a broken installed theme table is the one reported), the man page (when
# help2man was found) and the bash completion are installed, and the completion offers the commands and
# the options `planport report --help` lists. A copy of the binary with no data near it fails with one clear
# line, not a crash, and writes nothing.
set -u
planport=${1:?usage: install.sh PLANPORT}
build=$(cd "$(dirname "$planport")" && pwd)
src=$PWD
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
[ -f "$build/CMakeCache.txt" ] || fail "$build is not a CMake build folder"

prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >"$tmp/install.out" 2>&1 || fail "cmake --install: $(cat "$tmp/install.out")"
[ -x "$prefix/bin/planport" ] || fail "no bin/planport in the prefix"
[ -f "$prefix/share/planport/themes.tsv" ] || fail "no share/planport/themes.tsv in the prefix"
for t in appendix compare style; do
  [ -f "$prefix/share/planport/templates/$t.tpl" ] || fail "no share/planport/templates/$t.tpl in the prefix"
done
echo '<!-- planport-install-test -->' >> "$prefix/share/planport/templates/appendix.tpl"

mkdir "$tmp/elsewhere"
(cd "$tmp/elsewhere" && "$prefix/bin/planport" report "$src/samples/essex-2015-17.docx" --html appendix.html -q) \
  >"$tmp/run.out" 2>&1 || fail "the installed planport failed: $(cat "$tmp/run.out")"
grep -q '<table' "$tmp/elsewhere/appendix.html" || fail "no table in the HTML written by the installed planport"
grep -q 'planport-install-test' "$tmp/elsewhere/appendix.html" \
  || fail "the installed planport did not use the installed templates"
echo "ok: the installed planport writes the HTML from $prefix/share/planport"

cp "$prefix/share/planport/themes.tsv" "$tmp/themes.tsv"
echo 'neglect' >> "$prefix/share/planport/themes.tsv"  # no tab: a malformed line
(cd "$tmp/elsewhere" && "$prefix/bin/planport" report "$src/samples/essex-2015-17.docx" --csv out.csv -q) \
  >"$tmp/bad-themes.out" 2>&1 && fail "a broken installed theme table was not reported"
grep -q "$prefix/share/planport/themes.tsv" "$tmp/bad-themes.out" \
  || fail "the installed planport did not read the installed theme table: $(cat "$tmp/bad-themes.out")"
cp "$tmp/themes.tsv" "$prefix/share/planport/themes.tsv"
echo "ok: the installed planport reads the installed theme table"

if grep -q '^PLANPORT_HELP2MAN:FILEPATH=.*NOTFOUND' "$build/CMakeCache.txt"; then
  echo "skip: help2man was not found when $build was configured, no man page"
else
  man=$prefix/share/man/man1/planport.1.gz
  [ -f "$man" ] || fail "no share/man/man1/planport.1.gz in the prefix"
  for section in 'PLANPORT REPORT' 'PLANPORT COMPARE' 'PLANPORT TABLES' 'PLANPORT INSPECT' SYNOPSIS; do
    zcat "$man" | grep -q "^\.SH \"\?$section\"\?$" || fail "the man page has no section $section"
  done
  zcat "$man" | grep -q 'time\\-budget' || fail "the man page does not list report's options"
  echo "ok: man page installed, with a section per command"
fi

completion=$prefix/share/bash-completion/completions/planport
[ -f "$completion" ] || fail "no share/bash-completion/completions/planport in the prefix"
complete_words() {  # the words the completion offers for the command line "$@" (the last word is the one typed)
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _planport; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$completion" "$@"
}
[ "$(complete_words planport '' | sort | tr '\n' ' ')" = "--help --version compare inspect report tables " ] \
  || fail "completion of the command: $(complete_words planport '' | tr '\n' ' ')"
offered=$(complete_words planport report -- | sort)
listed=$("$planport" report --help | sed -n -E '/^Options:$/,$ s/^  (-[a-z] \[ )?(--[a-z-]+).*/\2/p' \
         | grep -vx -- --input | sort)
[ -n "$listed" ] && [ "$(comm -13 <(echo "$offered") <(echo "$listed"))" = "" ] \
  || fail "options of 'report --help' the completion does not offer: $(comm -13 <(echo "$offered") <(echo "$listed"))"
[ "$(complete_words planport tables --format '')" = $'json\ncsv' ] || fail "completion of tables --format"
echo "ok: completion of commands and options"

# A copy of the binary with no share/planport above or beside it.
mkdir -p "$tmp/lone/bin"
cp "$prefix/bin/planport" "$tmp/lone/bin/planport"
(cd "$tmp/elsewhere" && "$tmp/lone/bin/planport" report "$src/samples/essex-2015-17.docx" --html lone.html) \
  >"$tmp/lone.out" 2>&1; code=$?
[ "$code" -ge 1 ] && [ "$code" -lt 128 ] || fail "the lone binary: exit code $code (a crash?): $(cat "$tmp/lone.out")"
[ "$(wc -l < "$tmp/lone.out")" -eq 1 ] || fail "the lone binary: not one line of error: $(cat "$tmp/lone.out")"
grep -q '^planport: data file themes.tsv not found in .*share/planport' "$tmp/lone.out" \
  || fail "the lone binary: unclear error: $(cat "$tmp/lone.out")"
[ ! -e "$tmp/elsewhere/lone.html" ] || fail "the lone binary wrote an HTML file"
echo "ok: a lone binary says: $(cat "$tmp/lone.out")"
