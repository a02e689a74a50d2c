#!/usr/bin/env bash
# The window watches a real machine boot: the UEFI chain of boot_uefi_virtio.sh, served not by the
# headless program but by the real window (tst_mainwindow watchesAVmBoot, offscreen, inside the lab
# namespace). Once the VM has booted and printed its marker, the window must show the machine with
# every stage (DHCP, boot file, iPXE, menu, kernel, initrd, installer DHCP) as "booted" in the Clients
# tab, its downloads in the Traffic tab and its lease in the Leases tab.
# BOOTCAST_VM_SHOT=file.png also saves a picture of the Clients tab (used for docs/screenshots).
source "$(dirname "$0")/e2e_lib.sh"
: "${TST_MAINWINDOW:?TST_MAINWINDOW must name the tst_mainwindow binary}"
e2e_setup
e2e_require_ovmf

e2e_lab
NETBOOT="$WORK/netboot"
e2e_netboot_dir "$NETBOOT"
e2e_boot_script "$NETBOOT/boot.ipxe"
e2e_profile "$WORK/profile.json" full "$NETBOOT"

MAC=52:54:00:e2:e0:05
mkdir -p "$WORK/config"
ip netns exec "$NS" env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$WORK/config" XDG_RUNTIME_DIR="$WORK" \
    QT_LOGGING_RULES='bootcast.*.debug=false' BOOTCAST_TEST_VM_PROFILE="$WORK/profile.json" \
    BOOTCAST_TEST_VM_MAC="$MAC" BOOTCAST_TEST_VM_READY="$WORK/window.ready" BOOTCAST_TEST_VM_DONE="$WORK/vm.done" \
    BOOTCAST_TEST_VM_SHOT="${BOOTCAST_VM_SHOT:-}" \
    timeout 400 "$TST_MAINWINDOW" watchesAVmBoot >"$WORK/window.log" 2>&1 &
WINDOW_PID=$!
PIDS+=("$WINDOW_PID")
for _ in $(seq 200); do [ -f "$WORK/window.ready" ] && break; kill -0 "$WINDOW_PID" 2>/dev/null || break; sleep 0.1; done
[ -f "$WORK/window.ready" ] || fail "the window did not start serving: $(tail -n 20 "$WORK/window.log")"

log "booting a UEFI VM (OVMF, virtio-net $MAC) against the window"
e2e_run_uefi_vm uefi "$MAC"
e2e_show_log "$VM_LOG" "BOOTCAST-E2E|\[e2e "
touch "$WORK/vm.done"

status=0
wait "$WINDOW_PID" || status=$?
log "what the window test said:"
grep -E "PASS|FAIL|Loc|Actual|Expected|SKIP|Totals" "$WORK/window.log" | sed 's/^/    /'
[ "$status" = 0 ] || fail "the window test failed ($status)"
grep -q "PASS   : TestMainWindow::watchesAVmBoot" "$WORK/window.log" || fail "the window test did not run"
log "PASS (the window showed a UEFI machine's whole boot, ${BOOT_SECONDS} s)"
