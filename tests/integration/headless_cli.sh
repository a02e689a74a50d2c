#!/usr/bin/env bash
# The command line: --version, --help, PyPXE configs and flags, errors that name the key, import,
# a clean stop on SIGTERM with exit code 0, and a clear failure when a port is taken.
source "$(dirname "$0")/lib.sh"

"$BOOTCAST" --version | grep -Eq '^bootcast [0-9]+\.[0-9]+' || fail "--version"
"$BOOTCAST" --help >"$WORK/help.txt" || fail "--help exit code"
for flag in --headless --profile --import-pypxe --config --dhcp-proxy --netboot-file --dhcp-whitelist --save-leases \
            --tftp-port --dump-config; do
    grep -q -- "$flag" "$WORK/help.txt" || fail "--help does not mention $flag"
done

log "an unknown PyPXE key is reported by name and nothing starts"
echo '{"USE_DHCP": true, "DHCP_OFER_END": "192.168.2.150"}' >"$WORK/typo.json"
if "$BOOTCAST" --headless --config "$WORK/typo.json" >"$WORK/typo.out" 2>&1; then fail "started with a typo"; fi
grep -q "DHCP_OFER_END" "$WORK/typo.out" || fail "the unknown key is not named: $(cat "$WORK/typo.out")"

log "a bad value is reported by name"
echo '{"DHCP_OFFER_BEGIN": "192.168.2.300"}' >"$WORK/bad.json"
if "$BOOTCAST" --headless --config "$WORK/bad.json" >"$WORK/bad.out" 2>&1; then fail "started with a bad value"; fi
grep -q "DHCP_OFFER_BEGIN" "$WORK/bad.out" || fail "the bad key is not named: $(cat "$WORK/bad.out")"

log "an invalid Bootcast profile is reported by field"
echo '{"dhcp": {"mode": "sometimes"}}' >"$WORK/badprofile.json"
if "$BOOTCAST" --headless --profile "$WORK/badprofile.json" >"$WORK/badprofile.out" 2>&1; then fail "started"; fi
grep -q "dhcp.mode" "$WORK/badprofile.out" || fail "field not named: $(cat "$WORK/badprofile.out")"

log "--dump-config prints PyPXE's defaults; --dump-config-merged merges file and flags"
"$BOOTCAST" --dump-config >"$WORK/defaults.json" || fail "--dump-config"
grep -q '"DHCP_SERVER_IP": "192.168.2.2"' "$WORK/defaults.json" || fail "defaults: $(cat "$WORK/defaults.json")"
echo '{"USE_DHCP": true, "DHCP_SERVER_IP": "10.1.1.1"}' >"$WORK/pypxe.json"
"$BOOTCAST" --config "$WORK/pypxe.json" --tftp-port 6969 --dump-config-merged >"$WORK/dump.json" || fail "--dump-config-merged"
grep -q '"DHCP_SERVER_IP": "10.1.1.1"' "$WORK/dump.json" || fail "dump lacks the file value"
grep -Eq '"TFTP_PORT": "?6969' "$WORK/dump.json" || fail "dump lacks the flag value: $(cat "$WORK/dump.json")"

log "PyPXE's flags may be shortened as argparse allows; an ambiguous prefix is refused with the candidates"
"$BOOTCAST" --conf "$WORK/pypxe.json" --tftp-po=6970 --dump-config-m >"$WORK/short.json" || fail "abbreviated flags refused"
grep -q '"DHCP_SERVER_IP": "10.1.1.1"' "$WORK/short.json" || fail "--conf did not read the file"
grep -Eq '"TFTP_PORT": "?6970' "$WORK/short.json" || fail "--tftp-po=6970 lost: $(cat "$WORK/short.json")"
status=0
"$BOOTCAST" --dhcp-s 10.0.0.1 --dump-config >"$WORK/ambiguous.out" 2>&1 || status=$?
[ "$status" = 2 ] || fail "ambiguous prefix: expected exit 2, got $status"
grep -q "ambiguous option --dhcp-s: it could be --dhcp-server-ip, --dhcp-server-port, --dhcp-subnet" "$WORK/ambiguous.out" \
    || fail "ambiguity not explained: $(cat "$WORK/ambiguous.out")"

log "--import-pypxe writes a profile that Bootcast then serves"
mkdir -p "$WORK/netboot"
echo hello >"$WORK/netboot/hello.txt"
cat >"$WORK/import.json" <<JSON
{"NETBOOT_DIR": "$WORK/netboot", "USE_TFTP": true, "TFTP_PORT": 16969, "TFTP_SERVER_IP": "127.0.0.1",
 "USE_IPXE": true}
JSON
"$BOOTCAST" --import-pypxe "$WORK/import.json" "$WORK/imported.profile.json" || fail "import failed"
grep -q '"chainloadIpxe": true' "$WORK/imported.profile.json" || fail "import lost USE_IPXE"

log "headless run serves, stops on SIGTERM with exit 0"
"$BOOTCAST" --headless --profile "$WORK/imported.profile.json" >"$WORK/run.log" 2>&1 &
PID=$!
PIDS+=("$PID")
wait_for_log "$WORK/run.log" "Ready" 15 || fail "not ready"
grep -q "tftp .*listening" "$WORK/run.log" || fail "no tftp listening line"
curl -s --max-time 10 -o "$WORK/hello.out" "tftp://127.0.0.1:16969/hello.txt" || fail "curl tftp failed"
cmp "$WORK/netboot/hello.txt" "$WORK/hello.out" || fail "wrong content"
wait_for_log "$WORK/run.log" "done .*hello.txt" 5 || fail "transfer not logged"
kill -TERM "$PID"
status=0; wait "$PID" || status=$?
[ "$status" = 0 ] || fail "exit code $status after SIGTERM"
grep -q "Stopped." "$WORK/run.log" || fail "no clean stop"

log "a port that is taken fails clearly and the process exits non-zero"
# Another program holds the TFTP port: a second Bootcast on the same profile.
"$BOOTCAST" --headless --profile "$WORK/imported.profile.json" >"$WORK/holder.log" 2>&1 &
HOLDER=$!
PIDS+=("$HOLDER")
wait_for_log "$WORK/holder.log" "Ready" 15 || fail "holder not ready"
status=0
timeout 15 "$BOOTCAST" --headless --profile "$WORK/imported.profile.json" >"$WORK/busy.log" 2>&1 || status=$?
[ "$status" = 1 ] || fail "expected exit 1 when the port is taken, got $status: $(cat "$WORK/busy.log")"
grep -q "in use by another program" "$WORK/busy.log" || fail "no clear reason: $(cat "$WORK/busy.log")"
log "PASS"
