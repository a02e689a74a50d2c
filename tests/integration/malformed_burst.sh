#!/usr/bin/env bash
# A burst of malformed and random datagrams at the DHCP and TFTP ports leaves both servers
# answering correctly afterwards (PyPXE died on one stray packet).
source "$(dirname "$0")/lib.sh"
require_root_tools ip busybox head
: "${DHCP_PROBE:?}"

SRV=$(make_ns bcsrv)
CLI=$(make_ns bccli)
link "$SRV" lab0 192.168.77.1/24 "$CLI" eth0 192.168.77.2/24
mkdir -p "$WORK/netboot"
head -c 3000000 /dev/urandom >"$WORK/netboot/payload.bin"
write_udhcpc_script
cat >"$WORK/profile.json" <<JSON
{
  "name": "burst", "interface": "lab0", "serverAddress": "192.168.77.1",
  "dhcp": { "mode": "full", "poolBegin": "192.168.77.100", "poolEnd": "192.168.77.150",
            "leasesFile": "$WORK/leases.journal" },
  "boot": { "netbootDir": "$WORK/netboot" },
  "tftp": { "enabled": true, "port": 69 }
}
JSON
start_bootcast "$SRV" "$WORK/profile.json" "$WORK/bootcast.log"

log "sending 3000 random and truncated datagrams to UDP 67 and 69 (bounded: 60 s)"
ip netns exec "$CLI" bash -c '
    deadline=$((SECONDS + 60))
    for i in $(seq 1 1500); do
        [ $SECONDS -lt $deadline ] || break
        n=$(( (RANDOM % 700) + 1 ))
        head -c $n /dev/urandom >/dev/udp/192.168.77.1/67 2>/dev/null || true
        # TFTP: random bytes, then opcodes with garbage (RRQ without NUL, DATA/ACK for no transfer, ERROR)
        case $((i % 5)) in
            0) printf "\x00\x01nofile" ;;
            1) printf "\x00\x04\x00\x07" ;;
            2) printf "\x00\x03\x00\x01garbage" ;;
            3) printf "\x00\x05\x00\x00" ;;
            *) head -c $n /dev/urandom ;;
        esac >/dev/udp/192.168.77.1/69 2>/dev/null || true
    done'
kill -0 "$BOOTCAST_PID" || fail "Bootcast died under the burst"

log "DHCP still answers a real client"
UDHCPC_OUT="$WORK/after" ip netns exec "$CLI" busybox udhcpc -i eth0 -f -q -n -t 4 -T 1 -s "$WORK/udhcpc.sh" \
    >>"$WORK/udhcpc.log" 2>&1 || fail "no lease after the burst"
grep -q "ip=192.168.77.1[0-5][0-9]" "$WORK/after" || fail "lease after the burst: $(cat "$WORK/after")"

log "TFTP still serves a file byte-identical"
ip netns exec "$CLI" busybox tftp -g -r payload.bin -l "$WORK/payload.out" -b 1428 192.168.77.1 69 \
    || fail "busybox tftp failed after the burst"
cmp "$WORK/netboot/payload.bin" "$WORK/payload.out" || fail "file differs"
grep -q "malformed" "$WORK/bootcast.log" || fail "malformed packets were not reported in the log"
stop_bootcast
log "PASS"
