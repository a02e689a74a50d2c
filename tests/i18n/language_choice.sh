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

# English plural forms (bootcast_en.ts): one stray datagram at the TFTP port is "1 ... packet", not "packet(s)".
rm -f "$work/config/Bootcast/bootcast.conf"
port=$((20000 + RANDOM % 20000))
cat >"$work/tftp.json" <<JSON
{"name": "plural test", "serverAddress": "127.0.0.1", "dhcp": {"mode": "off"}, "http": {"enabled": false},
 "tftp": {"enabled": true, "address": "127.0.0.1", "port": $port}}
JSON
XDG_CONFIG_HOME="$work/config" LANG=C LC_ALL=C timeout 30 "$BOOTCAST" --headless --profile "$work/tftp.json" \
    >"$work/tftp.log" 2>&1 &
pid=$!
for _ in $(seq 50); do grep -q "tftp   listening" "$work/tftp.log" && break; sleep 0.1; done
printf 'x' >"/dev/udp/127.0.0.1/$port"
for _ in $(seq 150); do grep -q "malformed" "$work/tftp.log" && break; sleep 0.1; done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
expect "English singular" "$(grep malformed "$work/tftp.log" || true)" "1 malformed or unexpected packet on the TFTP port"
