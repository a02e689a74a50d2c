#!/usr/bin/env bash
# Before serving in full mode Bootcast looks for another DHCP server on the chosen adapter and says
# who it is and what it offers (here: dnsmasq on the same link); with none, it says so too. With one,
# it does not hand out addresses beside it (unless dhcp.allowOtherServers), and says what to do.
source "$(dirname "$0")/lib.sh"
require_root_tools ip dnsmasq

SRV=$(make_ns bcsrv)
OTHER=$(make_ns bcother)
link "$SRV" lab0 192.168.77.1/24 "$OTHER" eth0 192.168.77.5/24
cat >"$WORK/profile.json" <<JSON
{
  "name": "rival test", "interface": "lab0", "serverAddress": "192.168.77.1",
  "dhcp": { "mode": "full", "poolBegin": "192.168.77.100", "poolEnd": "192.168.77.150",
            "leasesFile": "$WORK/leases.journal" },
  "tftp": { "enabled": false }
}
JSON

log "no other server: Bootcast says so"
start_bootcast "$SRV" "$WORK/profile.json" "$WORK/alone.log"
wait_for_log "$WORK/alone.log" "no other DHCP server answered on lab0" 10 || fail "no all-clear from the probe"
stop_bootcast

log "dnsmasq on the same link: Bootcast names it and its offer"
start_rival_dnsmasq "$OTHER" eth0 192.168.77.200 192.168.77.210
status=0
timeout 30 ip netns exec "$SRV" "$BOOTCAST" --headless --profile "$WORK/profile.json" >"$WORK/rival.log" 2>&1 \
    || status=$?
[ "$status" = 1 ] || fail "expected exit 1 (DHCP refused beside another server), got $status"
grep -q "another DHCP server answers on lab0: 192.168.77.5 offered 192.168.77.2[01][0-9]" "$WORK/rival.log" \
    || fail "the rival was not reported"
grep -q "dhcp   failed    another DHCP server already serves lab0: 192.168.77.5 .*proxy mode" "$WORK/rival.log" \
    || fail "DHCP did not refuse with a reason"
grep -q "no other DHCP server" "$WORK/rival.log" && fail "contradictory all-clear"
grep -q "02:42:43:" "$WORK/rival.log" && fail "Bootcast answered its own probe"

log "with dhcp.allowOtherServers it serves anyway, with the warning"
sed -i 's/"mode": "full",/"mode": "full", "allowOtherServers": true,/' "$WORK/profile.json"
start_bootcast "$SRV" "$WORK/profile.json" "$WORK/allowed.log"
grep -q "another DHCP server answers on lab0: 192.168.77.5" "$WORK/allowed.log" || fail "no warning"
grep -q "dhcp   listening" "$WORK/allowed.log" || fail "DHCP did not start"
stop_bootcast
log "PASS"
