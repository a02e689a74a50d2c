#!/usr/bin/env bash
# A BIOS machine boots from Bootcast in full DHCP mode through the legacy undionly.kpxe chain:
#   SeaBIOS runs the e1000's PXE ROM (iPXE) -> it asks for an address and a boot file and gets
#   boot.ipxe -> boot.ipxe chainloads undionly.kpxe over TFTP, which runs on the ROM's UNDI stack ->
#   undionly asks again (same MAC) -> Bootcast hands it boot.ipxe -> kernel and initrd (HTTP or TFTP,
#   E2E_TRANSPORT) -> the initramfs's plain udhcpc gets a lease -> the payload downloads and its
#   sha256 matches.
#
# The only BIOS PXE ROMs on Debian are iPXE builds (ipxe-qemu's efi-e1000.rom and pxe-e1000.rom):
# their first request already carries user class "iPXE", so Bootcast rightly answers it with
# boot.ipxe, not with undionly.kpxe (a real PXE ROM's first request gets undionly.kpxe; the DHCP
# namespace test covers that decision with a synthetic client). To still run Debian's undionly.kpxe
# on a real machine, boot.ipxe chainloads it over TFTP when the running iPXE is not undionly
# (${net0/chip} is "undionly" only in the chained copy), which is the same UNDI chain a plain PXE ROM
# would start. The test asserts it from Bootcast's log: boot.ipxe, then undionly.kpxe over TFTP, then
# a second DHCP exchange from the same MAC that gets boot.ipxe again, then the kernel.
source "$(dirname "$0")/e2e_lib.sh"
e2e_setup

e2e_lab
NETBOOT="$WORK/netboot"
e2e_netboot_dir "$NETBOOT"
e2e_boot_script "$NETBOOT/boot.ipxe" \
    "iseq \${net0/chip} undionly || chain --autofree tftp://$E2E_SERVER/undionly.kpxe || goto failed"
e2e_profile "$WORK/profile.json" full "$NETBOOT"
start_bootcast "$NS" "$WORK/profile.json" "$WORK/bootcast.log"

MAC=52:54:00:e2:e0:01
log "booting a BIOS VM (SeaBIOS, e1000 $MAC with its PXE ROM)"
e2e_run_vm bios -machine pc -device "e1000,netdev=n0,mac=$MAC,bootindex=1"

log "what the VM printed:"
e2e_show_log "$VM_LOG" "BOOTCAST-E2E|\[e2e "
log "what Bootcast logged:"
e2e_show_log "$WORK/bootcast.log" "$MAC|tftp +(start|done|error)|http "

# The chain, in order, from Bootcast's log (the payload transfer and the initramfs's lease follow).
T=$E2E_TRANSPORT
chain=$(e2e_chain "$MAC")
log "chain seen: $chain"
expected="dhcp:boot.ipxe $T:boot.ipxe tftp:undionly.kpxe dhcp:boot.ipxe $T:boot.ipxe $T:vmlinuz $T:initrd.img dhcp:none "
case "$chain" in
    "$expected"*) ;;
    *) fail "expected the chain: $expected" ;;
esac
e2e_assert_transfer "$PAYLOAD_NAME"
grep -a "BOOTCAST-E2E-IPXE chip undionly" "$VM_LOG" >/dev/null || fail "the kernel was not loaded by the chained undionly.kpxe"
lease=$(e2e_lease_line)
case "$lease" in *"serverid=$E2E_SERVER "*) ;; *) fail "the initramfs's lease did not come from Bootcast: $lease" ;; esac
kill -0 "$BOOTCAST_PID" || fail "Bootcast died"
stop_bootcast
log "PASS (BIOS, e1000, undionly.kpxe chain, $E2E_TRANSPORT, ${BOOT_SECONDS} s)"
