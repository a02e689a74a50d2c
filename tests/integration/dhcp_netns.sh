#!/usr/bin/env bash
# DHCP against real clients in network namespaces this test creates:
#  - busybox udhcpc with a non-PXE vendor class gets a lease (PyPXE's failure case)
#  - a PXE-like client (PXEClient:Arch:00007, option 93) gets the UEFI boot file; BIOS the BIOS one
#  - renew extends, release frees, dhclient's INIT-REBOOT for a wrong address gets a NAK
#  - the pool runs out cleanly; leases survive kill -9 and restart
#  - proxy mode gives boot information without an address, on 67 and 4011
#  - relayed requests (giaddr) are answered to the relay with option 82 echoed
source "$(dirname "$0")/lib.sh"
require_root_tools ip busybox dhclient
: "${DHCP_PROBE:?}"

SRV=$(make_ns bcsrv)
CLI=$(make_ns bccli)
link "$SRV" lab0 192.168.77.1/24 "$CLI" eth0
mkdir -p "$WORK/netboot"
for f in undionly.kpxe ipxe.efi; do echo "$f" >"$WORK/netboot/$f"; done
write_udhcpc_script

profile() { # MODE POOL_END
    cat >"$WORK/profile.json" <<JSON
{
  "name": "netns test",
  "interface": "lab0",
  "serverAddress": "192.168.77.1",
  "dhcp": { "mode": "$1", "poolBegin": "192.168.77.100", "poolEnd": "$2",
            "router": "192.168.77.1", "dns": ["192.168.77.53"], "domain": "lab.test",
            "leaseTime": 120, "leasesFile": "$WORK/leases.journal" },
  "boot": { "netbootDir": "$WORK/netboot", "chainloadIpxe": true },
  "tftp": { "enabled": false },
  "http": { "enabled": true, "port": 8080 }
}
JSON
}

udhcpc() { # OUTFILE extra-args...
    local out=$1; shift
    UDHCPC_OUT="$out" ip netns exec "$CLI" busybox udhcpc -i eth0 -f -q -n -t 4 -T 1 -A 1 \
        -s "$WORK/udhcpc.sh" "$@" >>"$WORK/udhcpc.log" 2>&1
}
set_mac() { ip -n "$CLI" link set eth0 address "$1"; }

profile full 192.168.77.102
start_bootcast "$SRV" "$WORK/profile.json" "$WORK/bootcast.log"

log "non-PXE client (busybox udhcpc, vendor class udhcp) gets a lease"
set_mac 02:00:00:00:00:01
udhcpc "$WORK/plain" -V "udhcp 1.35.0" || fail "udhcpc got no lease"
ip1=$(value "$WORK/plain" ip)
case "$ip1" in 192.168.77.10[0-2]) ;; *) fail "unexpected address '$ip1'";; esac
[ "$(value "$WORK/plain" router)" = 192.168.77.1 ] || fail "router missing"
[ "$(value "$WORK/plain" subnet)" = 255.255.255.0 ] || fail "subnet mask missing"
[ "$(value "$WORK/plain" serverid)" = 192.168.77.1 ] || fail "server identifier missing"
[ -z "$(value "$WORK/plain" boot_file)" ] || fail "a plain client must not get a boot file"
wait_for_log "$WORK/bootcast.log" "ack .*02:00:00:00:00:01.*$ip1" 5 || fail "no ack logged"
grep -q "$ip1" "$WORK/leases.journal" || fail "lease not in the journal"

log "PXE-like UEFI client gets the UEFI boot file, BIOS client the BIOS one"
set_mac 02:00:00:00:00:02
udhcpc "$WORK/uefi" -V "PXEClient:Arch:00007:UNDI:003016" -x 0x5d:0007 -O bootfile || fail "PXE client got no lease"
[ "$(value "$WORK/uefi" boot_file)" = ipxe.efi ] || fail "UEFI boot file: '$(value "$WORK/uefi" boot_file)'"
[ "$(value "$WORK/uefi" siaddr)" = 192.168.77.1 ] || fail "siaddr: '$(value "$WORK/uefi" siaddr)'"
udhcpc "$WORK/bios" -V "PXEClient:Arch:00000:UNDI:002001" -x 0x5d:0000 || fail "BIOS client got no lease"
[ "$(value "$WORK/bios" boot_file)" = undionly.kpxe ] || fail "BIOS boot file: '$(value "$WORK/bios" boot_file)'"
ip2=$(value "$WORK/uefi" ip)

log "renew extends, release frees"
set_mac 02:00:00:00:00:01
UDHCPC_OUT="$WORK/renew" ip netns exec "$CLI" busybox udhcpc -i eth0 -f -R -t 4 -T 1 -A 1 \
    -s "$WORK/udhcpc.sh" -V "udhcp 1.35.0" >>"$WORK/udhcpc.log" 2>&1 &
UPID=$!
PIDS+=("$UPID")
deadline=$((SECONDS + 10))
until grep -q "event=bound" "$WORK/renew" 2>/dev/null; do [ $SECONDS -lt $deadline ] || fail "no bound"; sleep 0.1; done
[ "$(value "$WORK/renew" ip)" = "$ip1" ] || fail "same machine should get its address back ($ip1)"
kill -USR1 "$UPID"
wait_for_log "$WORK/bootcast.log" "ack .*02:00:00:00:00:01.*renewed" 10 || fail "renewal not acknowledged"
kill -TERM "$UPID"; wait "$UPID" || true
wait_for_log "$WORK/bootcast.log" "release .*02:00:00:00:00:01" 10 || fail "release not seen"
grep "\"ip\":\"$ip1\"" "$WORK/leases.journal" | grep -q '"state":"released"' || fail "release not journaled"

log "INIT-REBOOT for an address outside the pool gets a NAK (dhclient), then a proper lease"
set_mac 02:00:00:00:00:03
cat >"$WORK/dhclient.leases" <<LEASE
lease {
  interface "eth0";
  fixed-address 192.168.77.200;
  option subnet-mask 255.255.255.0;
  option dhcp-server-identifier 192.168.77.1;
  renew 4 2037/01/01 00:00:00;
  rebind 4 2037/01/01 00:00:00;
  expire 4 2037/01/01 00:00:00;
}
LEASE
timeout 40 ip netns exec "$CLI" dhclient -4 -1 -v -sf /bin/true -lf "$WORK/dhclient.leases" \
    -pf "$WORK/dhclient.pid" eth0 >"$WORK/dhclient.log" 2>&1 || fail "dhclient failed"
PIDS+=("$(cat "$WORK/dhclient.pid" 2>/dev/null || true)")
grep -q "DHCPNAK" "$WORK/dhclient.log" || fail "dhclient saw no NAK"
wait_for_log "$WORK/bootcast.log" "nak .*02:00:00:00:00:03" 5 || fail "NAK not logged"
grep -q "DHCPACK" "$WORK/dhclient.log" || fail "dhclient got no lease after the NAK"
ip3=$(grep -o "bound to [0-9.]*" "$WORK/dhclient.log" | tail -n 1 | awk '{print $3}')
kill "$(cat "$WORK/dhclient.pid")" 2>/dev/null || true

log "a released address goes to the next machine that needs it"
set_mac 02:00:00:00:00:04
udhcpc "$WORK/reuse" -V "udhcp 1.35.0" || fail "no lease for a fourth machine while an address was released"
[ "$(value "$WORK/reuse" ip)" = "$ip1" ] || fail "released $ip1 not reused: got $(value "$WORK/reuse" ip)"

log "pool exhaustion is reported, nothing is offered, the server keeps serving"
# The pool (.100-.102) is now bound to machines 02, 03 and 04.
set_mac 02:00:00:00:00:09
if udhcpc "$WORK/exhausted" -V "udhcp 1.35.0"; then
    fail "a fourth machine got $(value "$WORK/exhausted" ip) from a full pool"
fi
wait_for_log "$WORK/bootcast.log" "exhausted" 5 || fail "exhaustion not reported"
kill -0 "$BOOTCAST_PID" || fail "Bootcast died"

log "leases survive kill -9 and a restart"
kill -9 "$BOOTCAST_PID"; wait "$BOOTCAST_PID" 2>/dev/null || true
start_bootcast "$SRV" "$WORK/profile.json" "$WORK/bootcast2.log"
set_mac 02:00:00:00:00:02
udhcpc "$WORK/again" -V "PXEClient:Arch:00007:UNDI:003016" -x 0x5d:0007 || fail "no lease after restart"
[ "$(value "$WORK/again" ip)" = "$ip2" ] || fail "address changed across kill -9: $ip2 -> $(value "$WORK/again" ip)"
stop_bootcast
grep -q "Stopped." "$WORK/bootcast2.log" || fail "no clean stop"

log "relayed request: answered to the relay on port 67 with option 82 echoed"
ip -n "$CLI" addr add 192.168.77.2/24 dev eth0
start_bootcast "$SRV" "$WORK/profile.json" "$WORK/bootcast3.log"
relay=$(ip netns exec "$CLI" "$DHCP_PROBE" --interface eth0 --mac 02:00:00:00:00:02 --giaddr 192.168.77.2 \
    --option82 0106657468302f31 --bind 192.168.77.2 --listen-port 67 --to 192.168.77.1) || fail "no relayed reply"
echo "$relay" | grep -q "type=OFFER" || fail "relay: $relay"
echo "$relay" | grep -q "opt82=0106657468302f31" || fail "option 82 not echoed: $relay"
echo "$relay" | grep -q "size=\(3[0-9][0-9]\|[4-9][0-9][0-9]\)" || fail "reply not padded to 300 bytes: $relay"
stop_bootcast
ip -n "$CLI" addr flush dev eth0

log "proxy mode: boot information without an address, on 67 and on 4011; UEFI HTTP Boot gets a URL"
profile proxy 192.168.77.102
start_bootcast "$SRV" "$WORK/profile.json" "$WORK/bootcast4.log"
offer=$(ip netns exec "$CLI" "$DHCP_PROBE" --interface eth0 --mac 02:00:00:00:00:05 --pxe 7 --uuid) \
    || fail "no proxy offer"
echo "$offer" | grep -q "type=OFFER yiaddr=0.0.0.0 siaddr=192.168.77.1 file=ipxe.efi vendor=PXEClient" \
    || fail "proxy offer: $offer"
echo "$offer" | grep -q "uuid=0000112233445566778899aabbccddeeff" || fail "option 97 not echoed: $offer"
http=$(ip netns exec "$CLI" "$DHCP_PROBE" --interface eth0 --mac 02:00:00:00:00:07 --http-client 16) \
    || fail "no answer to a UEFI HTTP Boot client"
echo "$http" | grep -q "type=OFFER yiaddr=0.0.0.0 .*file=http://192.168.77.1:8080/ipxe.efi vendor=HTTPClient" \
    || fail "HTTP Boot client needs a URL and option 60 HTTPClient: $http"
if ip netns exec "$CLI" "$DHCP_PROBE" --interface eth0 --mac 02:00:00:00:00:06 --timeout-ms 1500 >/dev/null; then
    fail "proxy mode answered a non-PXE client"
fi
ip -n "$CLI" addr add 192.168.77.160/24 dev eth0
ack=$(ip netns exec "$CLI" "$DHCP_PROBE" --interface eth0 --mac 02:00:00:00:00:05 --pxe 0 --type request \
    --ciaddr 192.168.77.160 --bind 192.168.77.160 --to 192.168.77.1 --port 4011 --listen-port 4011) \
    || fail "no answer on 4011"
echo "$ack" | grep -q "type=ACK yiaddr=0.0.0.0 .*file=undionly.kpxe" || fail "4011 reply: $ack"
stop_bootcast

log "PASS"
