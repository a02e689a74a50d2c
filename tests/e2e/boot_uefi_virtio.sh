#!/usr/bin/env bash
# A UEFI machine boots from Bootcast in full DHCP mode:
#   OVMF's own PXE client on virtio-net (the NIC's iPXE ROM switched off with romfile=) asks as
#   PXEClient:Arch:00007 without user class -> Bootcast leases an address and names ipxe.efi ->
#   OVMF loads ipxe.efi over TFTP -> iPXE asks again (user class iPXE) -> Bootcast hands it boot.ipxe ->
#   kernel and initrd (HTTP or TFTP, E2E_TRANSPORT) -> the initramfs's plain udhcpc gets a lease ->
#   the payload downloads and its sha256 matches.
source "$(dirname "$0")/e2e_lib.sh"
e2e_setup
e2e_require_ovmf

e2e_lab
NETBOOT="$WORK/netboot"
e2e_netboot_dir "$NETBOOT"
e2e_boot_script "$NETBOOT/boot.ipxe"
e2e_profile "$WORK/profile.json" full "$NETBOOT"
start_bootcast "$NS" "$WORK/profile.json" "$WORK/bootcast.log"

MAC=52:54:00:e2:e0:02
log "booting a UEFI VM (OVMF, virtio-net $MAC, NIC ROM off)"
e2e_run_uefi_vm uefi "$MAC"

log "what the VM printed:"
e2e_show_log "$VM_LOG" "BOOTCAST-E2E|\[e2e "
log "what Bootcast logged for $MAC:"
e2e_show_log "$WORK/bootcast.log" "$MAC|tftp|http "

T=$E2E_TRANSPORT
chain=$(e2e_chain "$MAC")
log "chain seen: $chain"
expected="dhcp:ipxe.efi tftp:ipxe.efi dhcp:boot.ipxe $T:boot.ipxe $T:vmlinuz $T:initrd.img dhcp:none "
case "$chain" in
    "$expected"*) ;;
    *) fail "expected the chain: $expected" ;;
esac
grep -q "ack .*$MAC.*UEFI x64, boot ipxe.efi" "$WORK/bootcast.log" || fail "OVMF's request was not recognised as UEFI x64"
e2e_assert_transfer "$PAYLOAD_NAME"
lease=$(e2e_lease_line)
case "$lease" in *"serverid=$E2E_SERVER "*) ;; *) fail "the initramfs's lease did not come from Bootcast: $lease" ;; esac
kill -0 "$BOOTCAST_PID" || fail "Bootcast died"
stop_bootcast
log "PASS (UEFI, virtio-net, $E2E_TRANSPORT, ${BOOT_SECONDS} s)"
