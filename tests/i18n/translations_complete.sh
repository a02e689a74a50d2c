#!/usr/bin/env bash
# Fails when a source string has no finished zh_CN or de translation, or a %n string no English
# plural forms (bootcast_en.ts holds only those), naming the strings.
set -euo pipefail
root=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for lang in de zh_CN en; do
    cp "$root/translations/bootcast_$lang.ts" "$work/"
    only=()
    [ "$lang" = en ] && only=(-pluralonly)
    (cd "$root" && timeout 90 "$LUPDATE" "${only[@]}" -no-obsolete -locations none engine ui app -ts "$work/bootcast_$lang.ts") \
        >"$work/lupdate-$lang.log" 2>&1 || { echo "lupdate failed or hung:"; cat "$work/lupdate-$lang.log"; exit 1; }
    if grep -q "lacks Q_OBJECT\|Cannot invoke tr() like this" "$work/lupdate-$lang.log"; then
        echo "lupdate cannot place some tr() calls in a context:"; grep "lacks Q_OBJECT\|Cannot invoke" "$work/lupdate-$lang.log"
        status=1
    fi
    missing=$(grep -c 'type="unfinished"' "$work/bootcast_$lang.ts" || true)
    if [ "$missing" != 0 ]; then
        echo "bootcast_$lang.ts: $missing string(s) without a finished translation:"
        grep -B3 'type="unfinished"' "$work/bootcast_$lang.ts" | grep '<source>' | head -n 40
        status=1
    fi
    if ! cmp -s "$root/translations/bootcast_$lang.ts" "$work/bootcast_$lang.ts"; then
        echo "bootcast_$lang.ts is not up to date with the sources: run"
        echo "  lupdate as CONTRIBUTING.md says (then translate what is new)"
        diff "$root/translations/bootcast_$lang.ts" "$work/bootcast_$lang.ts" | head -n 20 || true
        status=1
    fi
done
[ $status = 0 ] && echo "translations complete: de, zh_CN, English plurals"
exit $status
