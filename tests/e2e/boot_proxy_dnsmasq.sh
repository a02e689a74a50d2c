#!/usr/bin/env bash
# Proxy DHCP: another DHCP server owns the addresses, Bootcast only says how to boot.
#   dnsmasq (DHCP only, knowing nothing of PXE) runs in a second namespace, "the office router",
#   on the same bridge. Bootcast runs with dhcp.mode "proxy". A UEFI VM (OVMF's own PXE client on
#   virtio-net) takes its address from dnsmasq and its boot file (ipxe.efi) from Bootcast's proxy
#   offer; iPXE does the same and gets boot.ipxe; the initramfs's plain udhcpc must get its lease from
#   dnsmasq (Bootcast stays silent to non-PXE clients in proxy mode), which the initramfs checks
#   (e2e.dhcpserver) and prints.
#
# dnsmasq runs in its own namespace rather than beside Bootcast: then its server identifier differs
# from Bootcast's address, so "the lease came from dnsmasq" is a real check, and the test does not
# depend on how dnsmasq's socket options combine with Bootcast's on a shared UDP port 67 (on one
# host they share it only when dnsmasq runs with --bind-interfaces or --bind-dynamic, which set
# SO_REUSEADDR; with dnsmasq's default wildcard socket Bootcast cannot bind port 67).
#
# Note for boot scripts: in proxy mode iPXE's ${next-server} is the DHCP server's siaddr (dnsmasq's
# own address here), not Bootcast's; iPXE fetches the proxy's filename from the proxy's server, but
# a script must name Bootcast explicitly (as boot.ipxe here does).
source "$(dirname "$0")/e2e_lib.sh"
e2e_setup
command -v dnsmasq >/dev/null || skip "needs dnsmasq (package dnsmasq-base)"
e2e_require_ovmf

e2e_lab
ROUTER=$E2E_NET.2
e2e_ns DHCPNS bce2edhcp
link "$DHCPNS" eth0 "$ROUTER/24" "$NS" vrouter
ip -n "$NS" link set vrouter master br0

ip netns exec "$DHCPNS" dnsmasq --no-daemon --conf-file=/dev/null --port=0 --user=root --group=root \
    --interface=eth0 --bind-interfaces --dhcp-range="$E2E_NET.150,$E2E_NET.170,255.255.255.0,10m" \
    --dhcp-leasefile="$WORK/dnsmasq.leases" --pid-file="$WORK/dnsmasq.pid" --log-dhcp --log-facility=- \
    >"$WORK/dnsmasq.log" 2>&1 &
PIDS+=("$!")
wait_for_log "$WORK/dnsmasq.log" "DHCP, IP range" 10 || fail "dnsmasq did not start"

NETBOOT="$WORK/netboot"
e2e_netboot_dir "$NETBOOT"
e2e_boot_script "$NETBOOT/boot.ipxe" "" "e2e.dhcpserver=$ROUTER"
e2e_profile "$WORK/profile.json" proxy "$NETBOOT"
start_bootcast "$NS" "$WORK/profile.json" "$WORK/bootcast.log"

MAC=52:54:00:e2:e0:03
log "booting a UEFI VM (OVMF, virtio-net $MAC, NIC ROM off): addresses from dnsmasq at $ROUTER, boot from Bootcast"
e2e_run_uefi_vm proxy "$MAC"

log "what the VM printed:"
e2e_show_log "$VM_LOG" "BOOTCAST-E2E|\[e2e |Station IP|Server IP|NBP filename"
log "what Bootcast logged:"
e2e_show_log "$WORK/bootcast.log" "$MAC|tftp +(start|done|error)|http "
log "what dnsmasq logged:"
e2e_show_log "$WORK/dnsmasq.log" "DHCP(DISCOVER|OFFER|REQUEST|ACK|NAK)"

lease=$(e2e_lease_line)
case "$lease" in
    *"serverid=$ROUTER "*) ;;
    *) fail "the initramfs's lease did not come from dnsmasq ($ROUTER): $lease" ;;
esac
case "$lease" in *" ip=$E2E_NET.1"[5-7][0-9]" "*) ;; *) fail "address not from dnsmasq's range: $lease" ;; esac
grep -qi "$MAC" "$WORK/dnsmasq.leases" || fail "dnsmasq's lease file does not hold $MAC"
grep -qE "DHCPACK.*$MAC" "$WORK/dnsmasq.log" || fail "dnsmasq acknowledged nothing for $MAC"
BL="$WORK/bootcast.log"
grep -qE "offer +$MAC.*proxy.*UEFI x64, boot ipxe\.efi" "$BL" || fail "no proxy offer of ipxe.efi to OVMF ($MAC)"
grep -qE "offer +$MAC.*proxy.*boot [^ ]*boot\.ipxe" "$BL" || fail "no proxy offer of boot.ipxe to iPXE ($MAC)"
e2e_assert_transfer ipxe.efi tftp
e2e_assert_transfer boot.ipxe
e2e_assert_transfer vmlinuz
e2e_assert_transfer initrd.img
e2e_assert_transfer "$PAYLOAD_NAME"
if grep -qE "(leased|renewed) for" "$BL"; then fail "Bootcast leased an address in proxy mode"; fi
kill -0 "$BOOTCAST_PID" || fail "Bootcast died"
stop_bootcast
log "PASS (proxy DHCP beside dnsmasq, UEFI, $E2E_TRANSPORT, ${BOOT_SECONDS} s)"
