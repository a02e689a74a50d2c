#!/usr/bin/env bash
# A machine attaches a disk image from Bootcast's NBD server as a block device:
#   SeaBIOS runs the e1000's PXE ROM (iPXE) -> Bootcast leases an address and hands it boot.ipxe ->
#   kernel and initrd (HTTP or TFTP, E2E_TRANSPORT) -> the initramfs's udhcpc gets a lease -> it loads
#   the kernel's nbd module and runs Debian's nbd-client (both in the initramfs, see prepare.sh):
#     /dev/nbd0 <- export "disk" (read-only): size, the device is read-only, one 4 KiB block in the
#                  middle read alone, then the sha256 of the whole device;
#     /dev/nbd1 <- export "scratch" (copy-on-write, same image file): that block is overwritten and
#                  read back past the page cache, and is still the original on /dev/nbd0;
#   both detach (nbd-client -d) and the initramfs prints BOOTCAST-E2E-OK <sha256 of disk>.
# Then, on the host: the image file is unchanged, and Bootcast's log shows both clients attach and
# detach cleanly, the scratch client having written and the disk client not.
source "$(dirname "$0")/e2e_lib.sh"
e2e_setup

e2e_lab
NETBOOT="$WORK/netboot"
e2e_netboot_dir "$NETBOOT"

# The image: random, 16 MiB (the guest reads and hashes it whole in about a second under TCG).
IMAGE_BYTES=$((16 * 1024 * 1024))
BLOCK=$((IMAGE_BYTES / 4096 / 2 + 1))
head -c "$IMAGE_BYTES" /dev/urandom >"$NETBOOT/disk.img"
IMAGE_SHA=$(sha256sum "$NETBOOT/disk.img" | cut -d' ' -f1)
BLOCK_SHA=$(dd if="$NETBOOT/disk.img" bs=4096 skip="$BLOCK" count=1 status=none | sha256sum | cut -d' ' -f1)
NBD_PORT=10809

E2E_GUEST_ARGS="e2e.transport=nbd e2e.server=$E2E_SERVER e2e.port=$NBD_PORT e2e.export=disk e2e.cowexport=scratch"
E2E_GUEST_ARGS+=" e2e.size=$IMAGE_BYTES e2e.sha256=$IMAGE_SHA e2e.block=$BLOCK e2e.blocksha=$BLOCK_SHA"
E2E_EXPECT_SHA=$IMAGE_SHA
e2e_boot_script "$NETBOOT/boot.ipxe"
e2e_profile "$WORK/profile.json" full "$NETBOOT" '"nbd": { "enabled": true, "port": '"$NBD_PORT"', "exports": [
    { "name": "disk", "file": "disk.img", "mode": "read-only" },
    { "name": "scratch", "file": "disk.img", "mode": "copy-on-write" } ] }'
start_bootcast "$NS" "$WORK/profile.json" "$WORK/bootcast.log"

MAC=52:54:00:e2:e0:04
log "booting a BIOS VM (SeaBIOS, e1000 $MAC with its PXE ROM) that attaches NBD exports"
e2e_run_vm nbd -machine pc -device "e1000,netdev=n0,mac=$MAC,bootindex=1"

log "what the VM printed:"
e2e_show_log "$VM_LOG" "BOOTCAST-E2E|\[e2e "
# Events reach the log in batches (at most ten a second): the detaches may trail the marker a little.
for export in disk scratch; do
    wait_for_log "$WORK/bootcast.log" " nbd  *done  *[0-9.]* $export " 10 || true # (grep's basic regex)
done
log "what Bootcast logged:"
e2e_show_log "$WORK/bootcast.log" "$MAC| nbd |http |tftp +(start|done|error)"

T=$E2E_TRANSPORT
chain=$(e2e_chain "$MAC")
log "chain seen: $chain"
expected="dhcp:boot.ipxe $T:boot.ipxe $T:vmlinuz $T:initrd.img dhcp:none "
case "$chain" in
    "$expected"*) ;;
    *) fail "expected the chain: $expected" ;;
esac
lease=$(e2e_lease_line)
case "$lease" in *"serverid=$E2E_SERVER "*) ;; *) fail "the initramfs's lease did not come from Bootcast: $lease" ;; esac
guest=$(sed -n 's/.*BOOTCAST-E2E-LEASE ip=\([0-9.]*\) .*/\1/p' <<<"$lease")
for line in "block $BLOCK of disk matches" "sha256 of disk: $IMAGE_SHA" \
            "block $BLOCK of scratch written and read back" "block $BLOCK of disk unchanged" "detached"; do
    grep -aqF "$line" "$VM_LOG" || fail "the VM did not print \"$line\""
done

# Bootcast's log: "DATE TIME nbd start PEER EXPORT: MODE" and "... nbd done PEER EXPORT AMOUNT IN TIME:
# read X, wrote Y", one of each per export.
nbd_line() { awk -v k="$1" -v p="$guest" -v e="$2" '$3 == "nbd" && $4 == k && $5 == p && ($6 == e || $6 == e ":")' "$WORK/bootcast.log"; }
for export in disk scratch; do
    [ "$(nbd_line "start" "$export" | wc -l)" = 1 ] || fail "Bootcast's log lacks one NBD attach of $export by $guest"
    [ "$(nbd_line "done" "$export" | wc -l)" = 1 ] || fail "Bootcast's log lacks one clean NBD detach of $export by $guest"
done
if grep -E " nbd +(failed|error|refused|warning) " "$WORK/bootcast.log"; then fail "Bootcast logged NBD failures"; fi
nbd_line "done" scratch | grep -qE "wrote [1-9]" || fail "Bootcast's log shows no write by the scratch client"
nbd_line "done" disk | grep -qE "wrote 0 " || fail "Bootcast's log shows a write through the read-only disk export"

[ "$(sha256sum "$NETBOOT/disk.img" | cut -d' ' -f1)" = "$IMAGE_SHA" ] \
    || fail "the image file changed: copy-on-write leaked into it"
kill -0 "$BOOTCAST_PID" || fail "Bootcast died"
stop_bootcast
log "PASS (BIOS, e1000, NBD read-only + copy-on-write, kernel and initrd over $E2E_TRANSPORT, ${BOOT_SECONDS} s)"
