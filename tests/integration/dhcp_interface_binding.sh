#!/usr/bin/env bash
# With an interface chosen, DHCP answers only packets that arrived on it and replies only through it:
# a client on a second link (the laptop's Wi-Fi, in real life) never gets an offer.
source "$(dirname "$0")/lib.sh"
require_root_tools ip busybox

SRV=$(make_ns bcsrv)
LAB=$(make_ns bclab)
WIFI=$(make_ns bcwifi)
link "$SRV" lab0 192.168.77.1/24 "$LAB" eth0
link "$SRV" wifi0 192.168.88.1/24 "$WIFI" eth0
write_udhcpc_script
cat >"$WORK/profile.json" <<JSON
{
  "name": "binding test", "interface": "lab0", "serverAddress": "192.168.77.1",
  "dhcp": { "mode": "full", "poolBegin": "192.168.77.100", "poolEnd": "192.168.77.150",
            "leasesFile": "$WORK/leases.journal" },
  "tftp": { "enabled": false }
}
JSON
start_bootcast "$SRV" "$WORK/profile.json" "$WORK/bootcast.log"
grep -q "on adapter lab0 only" "$WORK/bootcast.log" || fail "service state does not name the adapter"

log "the client on the chosen link gets a lease"
UDHCPC_OUT="$WORK/lab" ip netns exec "$LAB" busybox udhcpc -i eth0 -f -q -n -t 3 -T 1 -s "$WORK/udhcpc.sh" \
    >>"$WORK/udhcpc.log" 2>&1 || fail "no lease on the chosen link"
grep -q "ip=192.168.77.1[0-5][0-9]" "$WORK/lab" || fail "lab lease: $(cat "$WORK/lab")"

log "the client on the other link gets nothing, and Bootcast sends nothing there"
tx_before=$(ip netns exec "$SRV" cat /sys/class/net/wifi0/statistics/tx_packets)
if UDHCPC_OUT="$WORK/wifi" ip netns exec "$WIFI" busybox udhcpc -i eth0 -f -q -n -t 3 -T 1 \
    -s "$WORK/udhcpc.sh" >>"$WORK/udhcpc.log" 2>&1; then
    fail "the other link got a lease: $(cat "$WORK/wifi")"
fi
tx_after=$(ip netns exec "$SRV" cat /sys/class/net/wifi0/statistics/tx_packets)
# IPv6 is off on test links, so nothing at all may leave wifi0 (an offer would be one packet per DISCOVER).
[ $((tx_after - tx_before)) -eq 0 ] || fail "Bootcast sent $((tx_after - tx_before)) packets on the other link"
rx=$(ip netns exec "$SRV" cat /sys/class/net/wifi0/statistics/rx_packets)
[ "$rx" -ge 3 ] || fail "the other link's DISCOVERs never arrived ($rx packets): the test proves nothing"
! grep -q "192.168.88" "$WORK/bootcast.log" || fail "the other link shows up in the log"

log "the chosen link still works afterwards"
ip -n "$LAB" addr flush dev eth0
UDHCPC_OUT="$WORK/lab2" ip netns exec "$LAB" busybox udhcpc -i eth0 -f -q -n -t 3 -T 1 -s "$WORK/udhcpc.sh" \
    >>"$WORK/udhcpc.log" 2>&1 || fail "no lease on the chosen link afterwards"
stop_bootcast
log "PASS"
