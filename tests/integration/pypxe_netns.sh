#!/usr/bin/env bash
# A PyPXE user's config and netboot folder, unchanged, through `bootcast --config`: BIOS and UEFI
# PXE clients get the loader for their architecture (PyPXE gave everyone one file), plain DHCP
# clients get leases (PyPXE ignored them), the static config's binding holds, leases are saved.
source "$(dirname "$0")/lib.sh"
require_root_tools ip busybox

SRV=$(make_ns bcsrv)
CLI=$(make_ns bccli)
link "$SRV" eth0 192.168.2.2/24 "$CLI" eth0
write_udhcpc_script
mkdir -p "$WORK/netboot"
for f in chainload.kpxe pxelinux.0 ipxe.efi boot.http.ipxe; do echo "$f" >"$WORK/netboot/$f"; done
cat >"$WORK/static.json" <<'JSON'
{"dhcp": {"binding": {"02:00:00:00:00:50": {"ipaddr": "192.168.2.50", "subnet": "255.255.255.0",
                                           "router": "192.168.2.1", "dns": ["192.168.2.1"], "rom": "pxelinux.0"}}}}
JSON
# PyPXE's own key names and defaults (192.168.2.x), iPXE on, HTTP off.
cat >"$WORK/pypxe.json" <<JSON
{ "NETBOOT_DIR": "$WORK/netboot", "NETBOOT_FILE": "", "USE_DHCP": true, "USE_IPXE": true,
  "USE_TFTP": true, "USE_HTTP": false, "STATIC_CONFIG": "$WORK/static.json",
  "LEASES_FILE": "$WORK/pypxe.leases", "MODE_VERBOSE": "" }
JSON
ip netns exec "$SRV" "$BOOTCAST" --config "$WORK/pypxe.json" --dhcp-begin 192.168.2.100 --dhcp-end 192.168.2.150 \
    >"$WORK/bootcast.log" 2>&1 &
BOOTCAST_PID=$!
PIDS+=("$BOOTCAST_PID")
wait_for_log "$WORK/bootcast.log" "Ready" 20 || fail "not ready"

udhcpc() { # OUT MAC args...
    local out=$1 mac=$2; shift 2
    ip -n "$CLI" link set eth0 address "$mac"
    ip -n "$CLI" addr flush dev eth0
    UDHCPC_OUT="$out" ip netns exec "$CLI" busybox udhcpc -i eth0 -f -q -n -t 4 -T 1 -s "$WORK/udhcpc.sh" "$@" \
        >>"$WORK/udhcpc.log" 2>&1
}

log "BIOS PXE client gets the first-stage iPXE loader for BIOS"
udhcpc "$WORK/bios" 02:00:00:00:00:01 -V "PXEClient:Arch:00000:UNDI:002001" -x 0x5d:0000 || fail "no lease (BIOS)"
[ "$(value "$WORK/bios" boot_file)" = chainload.kpxe ] || fail "BIOS got '$(value "$WORK/bios" boot_file)'"
[ "$(value "$WORK/bios" siaddr)" = 192.168.2.2 ] || fail "siaddr '$(value "$WORK/bios" siaddr)'"

log "UEFI PXE client gets the EFI loader, never the BIOS one"
udhcpc "$WORK/uefi" 02:00:00:00:00:02 -V "PXEClient:Arch:00007:UNDI:003016" -x 0x5d:0007 || fail "no lease (UEFI)"
[ "$(value "$WORK/uefi" boot_file)" = ipxe.efi ] || fail "UEFI got '$(value "$WORK/uefi" boot_file)'"

log "the same machine, now running iPXE, gets the script (no chainload loop)"
udhcpc "$WORK/ipxe" 02:00:00:00:00:02 -V "PXEClient:Arch:00007:UNDI:003016" -x 0x5d:0007 -x 0x4d:69505845 \
    || fail "no lease (iPXE)"
[ "$(value "$WORK/ipxe" boot_file)" = boot.ipxe ] || fail "iPXE got '$(value "$WORK/ipxe" boot_file)'"

log "a plain DHCP client (an installer) gets a lease too"
udhcpc "$WORK/plain" 02:00:00:00:00:03 -V "anaconda-Linux 6.1 x86_64" || fail "no lease for a plain client"
case "$(value "$WORK/plain" ip)" in 192.168.2.1[0-4][0-9]|192.168.2.150) ;; *) fail "address $(value "$WORK/plain" ip)";; esac

log "the static config's binding gets its address and its rom"
udhcpc "$WORK/static" 02:00:00:00:00:50 -V "PXEClient:Arch:00000:UNDI:002001" -x 0x5d:0000 || fail "no lease (static)"
[ "$(value "$WORK/static" ip)" = 192.168.2.50 ] || fail "static address: $(value "$WORK/static" ip)"
[ "$(value "$WORK/static" boot_file)" = pxelinux.0 ] || fail "static rom: $(value "$WORK/static" boot_file)"

kill -TERM "$BOOTCAST_PID"
status=0; wait "$BOOTCAST_PID" || status=$?
[ "$status" = 0 ] || fail "exit code $status after SIGTERM"
grep -q "192.168.2.50" "$WORK/pypxe.leases" || fail "leases not saved to LEASES_FILE"
log "PASS"
