#!/usr/bin/env bash
# The language is the one chosen in the window's Language menu (stored in the settings file), else the
# system's: run the real binary with each and read the language of its error message.
set -euo pipefail
: "${BOOTCAST:?BOOTCAST must name the bootcast binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config/Bootcast"
printf '{"name": "language test", "bogus": 1}\n' >"$work/profile.json"

message() { # CHOSEN SYSTEM_LANG: the first line bootcast prints for a profile with an unknown key
    if [ -n "$1" ]; then printf '[ui]\nlanguage=%s\n' "$1" >"$work/config/Bootcast/bootcast.conf"
    else rm -f "$work/config/Bootcast/bootcast.conf"; fi
    XDG_CONFIG_HOME="$work/config" LANG="$2" LC_ALL="$2" LANGUAGE='' \
        timeout 20 "$BOOTCAST" --headless --profile "$work/profile.json" 2>&1 | head -n 1 || true
}
expect() { # NAME TEXT NEEDLE
    case "$2" in
        *"$3"*) echo "ok: $1: $2" ;;
        *) echo "FAIL: $1: expected \"$3\" in \"$2\""; exit 1 ;;
    esac
}
expect "system C"           "$(message '' C)"                 "bogus: unknown setting"
expect "system German"      "$(message '' de_DE.UTF-8)"       "bogus: unbekannte Einstellung"
expect "chosen German"      "$(message de C)"                 "bogus: unbekannte Einstellung"
expect "chosen Chinese"     "$(message zh_CN de_DE.UTF-8)"    "bogus: 未知设置"
expect "chosen English"     "$(message en de_DE.UTF-8)"       "bogus: unknown setting"
expect "unknown choice"     "$(message xx de_DE.UTF-8)"       "bogus: unbekannte Einstellung"
