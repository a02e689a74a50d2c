# Shared by the end-to-end VM boot tests. Source it after nothing else: it sources
# ../integration/lib.sh (namespaces, processes, cleanup trap, log/fail/skip) and adds
#   - the Debian packages the VMs need (installed non-interactively when missing),
#   - the cached kernel + initramfs built by prepare.sh (the ctest fixture e2e_prepare),
#   - a lab: a namespace with a bridge, Bootcast on it, a tap device for QEMU,
#   - a netboot folder per test (iPXE loaders, vmlinuz, initrd.img, a random payload, boot.ipxe),
#   - QEMU started inside the namespace, and a bounded wait for the initramfs's marker.
#
# Environment (ctest sets the first three):
#   BOOTCAST          the bootcast binary
#   BOOTCAST_NETBOOT  the build's netboot folder with Debian's iPXE loaders (default: next to BOOTCAST)
#   E2E_CACHE         where .debs, the kernel and the initramfs are cached (default: BUILD/e2e-cache)
#   E2E_TRANSPORT     http (default) or tftp: how iPXE fetches boot.ipxe/kernel/initrd and how the
#                     initramfs downloads the payload. Unset, with a bootcast binary that has no HTTP
#                     server yet, the tests say so and run over TFTP.
#   E2E_VM_TIMEOUT    seconds QEMU may take to print the marker (default 240)
#   KEEP_WORK         (lib.sh) set to keep the work folder: serial log, Bootcast's and dnsmasq's logs
#   E2E_RA            1 (default): answer iPXE's IPv6 router solicitations (saves ~12 s per iPXE);
#                     0: let iPXE wait for the timeout

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../integration/lib.sh
source "$E2E_DIR/../integration/lib.sh"

: "${BOOTCAST_NETBOOT:=$(dirname "$BOOTCAST")/netboot}"
: "${E2E_CACHE:=$(cd "$(dirname "$BOOTCAST")/.." && pwd)/e2e-cache}"
E2E_TRANSPORT_GIVEN=${E2E_TRANSPORT:+yes}
: "${E2E_TRANSPORT:=http}"
: "${E2E_VM_TIMEOUT:=240}"
: "${E2E_RA:=1}"
case "$E2E_TRANSPORT" in http|tftp) ;; *) echo "E2E_TRANSPORT must be http or tftp" >&2; exit 2 ;; esac

# nbd-client: its binary and the libraries it links go into the initramfs (prepare.sh).
E2E_PACKAGES=(qemu-system-x86 ipxe-qemu ovmf cpio gzip dnsmasq-base nbd-client)

if [ -n "${KEEP_WORK:-}" ]; then log "KEEP_WORK: the work folder $WORK stays"; fi

# The lab network: one namespace, a bridge with Bootcast's address, the VM's tap on that bridge.
E2E_NET=192.168.87
E2E_SERVER=$E2E_NET.1
E2E_HTTP_PORT=80

as_root_apt() { env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 "$@" </dev/null; }

# e2e_install_packages PKG...: installs the missing ones; skips the test when that is impossible.
e2e_install_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" = 0 ] || skip "needs the Debian packages ${missing[*]} (run as root so the test can install them)"
    command -v apt-get >/dev/null || skip "needs the packages ${missing[*]} and there is no apt-get"
    log "installing ${missing[*]}"
    if ! as_root_apt install -y --no-install-recommends "${missing[@]}" >"$WORK/apt.out" 2>&1; then
        as_root_apt update >>"$WORK/apt.out" 2>&1 || true
        as_root_apt install -y --no-install-recommends "${missing[@]}" >>"$WORK/apt.out" 2>&1 \
            || { tail -n 20 "$WORK/apt.out"; skip "cannot install ${missing[*]} with apt-get"; }
    fi
}

# e2e_setup: root, tools and packages, the cached kernel and initramfs (E2E_VMLINUZ, E2E_INITRD).
e2e_setup() {
    require_root_tools ip flock sha256sum
    e2e_install_packages "${E2E_PACKAGES[@]}"
    command -v qemu-system-x86_64 >/dev/null || skip "qemu-system-x86_64 missing after installing qemu-system-x86"
    [ -x "$BOOTCAST" ] || fail "BOOTCAST=$BOOTCAST is not executable"
    # prepare.sh is fast when the cache is current (the ctest fixture e2e_prepare normally ran it).
    local status=0
    bash "$E2E_DIR/prepare.sh" >"$WORK/prepare.out" 2>&1 || status=$?
    if [ $status = 77 ]; then
        skip "kernel/initramfs not available: $(grep -o 'SKIP: .*' "$WORK/prepare.out" | tail -n 1)"
    elif [ $status != 0 ]; then
        cat "$WORK/prepare.out"
        fail "prepare.sh failed ($status)"
    fi
    if [ "$E2E_TRANSPORT" = http ] && ! e2e_http_available; then
        [ -z "$E2E_TRANSPORT_GIVEN" ] || fail "E2E_TRANSPORT=http, but this bootcast has no HTTP server yet"
        log "NOTE: this bootcast has no HTTP server yet; running the chain over TFTP (E2E_TRANSPORT=tftp)"
        E2E_TRANSPORT=tftp
    fi
    # shellcheck disable=SC1091
    source "$E2E_CACHE/artifacts.env"
    if [ ! -f "$E2E_VMLINUZ" ] || [ ! -f "$E2E_INITRD" ]; then fail "artifacts.env names missing files"; fi
    log "kernel $E2E_KERNEL_PACKAGE, initramfs $(du -h "$E2E_INITRD" | cut -f1), transport $E2E_TRANSPORT"
}

# e2e_http_available: does this bootcast binary have the HTTP server yet?
e2e_http_available() {
    local dir="$WORK/httpcheck"
    mkdir -p "$dir/netboot"
    cat >"$dir/profile.json" <<JSON
{ "name": "http check", "serverAddress": "127.0.0.1", "dhcp": { "mode": "off" },
  "boot": { "netbootDir": "$dir/netboot" }, "tftp": { "enabled": false },
  "http": { "enabled": true, "address": "192.0.2.1", "port": 18080 } }
JSON
    # 192.0.2.1 is no address of this machine: an HTTP server fails at once with "cannot assign".
    timeout 10 "$BOOTCAST" --headless --profile "$dir/profile.json" >"$dir/out" 2>&1 || true
    grep -q "not part of this version" "$dir/out" && return 1
    grep -qE "^[^ ]+ [^ ]+ http " "$dir/out" || { log "the HTTP check said:"; sed 's/^/    /' "$dir/out"; }
    return 0
}

# e2e_ns VAR PREFIX: a fresh namespace (lib.sh's make_ns) whose name goes into VAR. make_ns called as
# $(make_ns ...) registers the namespace for cleanup only in the command substitution's subshell, so
# it is registered here again, in this shell.
e2e_ns() {
    local name
    name=$(make_ns "$2")
    NAMESPACES+=("$name")
    printf -v "$1" '%s' "$name"
}

# e2e_lab: namespace $NS with bridge br0 ($E2E_SERVER/24) and tap0 on it; no IPv6 on the links.
e2e_lab() {
    e2e_ns NS bce2e
    # (no IPv6 at all on this host is fine too)
    ip netns exec "$NS" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true
    ip -n "$NS" link add br0 type bridge forward_delay 0 stp_state 0
    ip -n "$NS" tuntap add dev tap0 mode tap
    ip -n "$NS" link set tap0 master br0
    ip -n "$NS" addr add "$E2E_SERVER/24" dev br0
    ip -n "$NS" link set br0 up
    ip -n "$NS" link set tap0 up
    if [ "$E2E_RA" = 1 ]; then e2e_start_ra; fi
}

# e2e_start_ra: iPXE waits 12-15 s for an IPv6 router advertisement before it boots; a responder in
# the namespace that sends RAs without prefixes or flags ends that wait at once. IPv6 is switched on
# for br0 alone (link-local only), so the responder has a source address.
e2e_start_ra() {
    command -v perl >/dev/null || { log "no perl: iPXE will wait for its IPv6 timeout"; return 0; }
    ip netns exec "$NS" sysctl -qw net.ipv6.conf.br0.disable_ipv6=0 net.ipv6.conf.br0.accept_dad=0 2>/dev/null \
        || { log "no IPv6 here: iPXE will wait for its IPv6 timeout"; return 0; }
    ip netns exec "$NS" perl "$E2E_DIR/ra_responder.pl" br0 >"$WORK/ra.log" 2>&1 &
    PIDS+=("$!")
}

# e2e_netboot_dir DIR: iPXE loaders from the build, kernel, initrd, a random payload.
# Sets PAYLOAD_NAME and PAYLOAD_SHA, and E2E_GUEST_ARGS (the initramfs's e2e.* parameters: fetch the
# payload with E2E_TRANSPORT) and E2E_EXPECT_SHA (the sha256 the marker must carry) for it; a variant
# that has the initramfs check something else sets those two after this.
e2e_netboot_dir() {
    local dir=$1 f
    mkdir -p "$dir"
    for f in undionly.kpxe ipxe.efi snponly.efi; do
        [ -f "$BOOTCAST_NETBOOT/$f" ] || fail "$BOOTCAST_NETBOOT/$f missing: the build copies Debian's iPXE loaders there (BOOTCAST_IPXE_DIRS)"
        cp "$BOOTCAST_NETBOOT/$f" "$dir/"
    done
    cp "$E2E_VMLINUZ" "$dir/vmlinuz"
    cp "$E2E_INITRD" "$dir/initrd.img"
    PAYLOAD_NAME=payload-$SUFFIX.bin
    head -c $((2 * 1024 * 1024 + 12345)) /dev/urandom >"$dir/$PAYLOAD_NAME"
    PAYLOAD_SHA=$(sha256sum "$dir/$PAYLOAD_NAME" | cut -d' ' -f1)
    E2E_GUEST_ARGS="e2e.transport=$E2E_TRANSPORT e2e.server=$E2E_SERVER e2e.port=$E2E_HTTP_PORT e2e.file=$PAYLOAD_NAME e2e.sha256=$PAYLOAD_SHA"
    E2E_EXPECT_SHA=$PAYLOAD_SHA
}

# e2e_url NAME: where iPXE fetches NAME from Bootcast with the chosen transport.
e2e_url() {
    if [ "$E2E_TRANSPORT" = http ]; then echo "http://$E2E_SERVER:$E2E_HTTP_PORT/$1"
    else echo "tftp://$E2E_SERVER/$1"; fi
}

# e2e_boot_script FILE [PRELUDE] [EXTRA_CMDLINE]: boot.ipxe loading our kernel and initrd, with
# E2E_GUEST_ARGS and EXTRA_CMDLINE on the kernel command line. PRELUDE runs first (e.g. the chainload
# of undionly.kpxe). Under UEFI the kernel needs initrd=<name> of the initrd iPXE loaded; under BIOS
# it is ignored.
e2e_boot_script() {
    local file=$1 prelude=${2:-} extra=${3:-}
    cat >"$file" <<IPXE
#!ipxe
echo BOOTCAST-E2E-IPXE chip \${net0/chip} platform \${platform} ip \${net0/ip} next-server \${next-server} filename \${filename}
$prelude
kernel $(e2e_url vmlinuz) initrd=initrd.img console=ttyS0 panic=-1 loglevel=4 $E2E_GUEST_ARGS $extra || goto failed
initrd $(e2e_url initrd.img) || goto failed
boot || goto failed
:failed
echo BOOTCAST-E2E-FAIL iPXE could not load the kernel or initrd
IPXE
}

# e2e_profile FILE MODE NETBOOT_DIR [MEMBERS]: a Bootcast profile on br0; MEMBERS (JSON, e.g.
# '"nbd": {...}') are added to it.
e2e_profile() {
    local file=$1 mode=$2 netboot=$3 members=${4:+", $4"} http=false tftp=true pool=""
    [ "$E2E_TRANSPORT" = http ] && http=true
    if [ "$mode" = full ]; then
        pool="\"poolBegin\": \"$E2E_NET.100\", \"poolEnd\": \"$E2E_NET.120\", \"router\": \"$E2E_SERVER\", \"leaseTime\": 600,"
    fi
    cat >"$file" <<JSON
{
  "name": "e2e $TEST_NAME",
  "interface": "br0",
  "serverAddress": "$E2E_SERVER",
  "dhcp": { "mode": "$mode", $pool "leasesFile": "$WORK/leases.journal" },
  "boot": { "netbootDir": "$netboot", "chainloadIpxe": true },
  "tftp": { "enabled": $tftp, "port": 69 },
  "http": { "enabled": $http, "port": $E2E_HTTP_PORT }$members
}
JSON
}

# e2e_require_ovmf: skips the test (before any lab is built) when the UEFI firmware is missing.
OVMF=/usr/share/ovmf/OVMF.fd
e2e_require_ovmf() { [ -f "$OVMF" ] || skip "no $OVMF (package ovmf)"; }

# e2e_run_uefi_vm NAME MAC: e2e_run_vm with a UEFI machine: OVMF's own PXE client on virtio-net (the
# NIC's iPXE ROM switched off with romfile=), so the firmware asks as PXEClient:Arch:00007.
e2e_run_uefi_vm() {
    e2e_run_vm "$1" -machine q35 -bios "$OVMF" -device "virtio-net-pci,netdev=n0,mac=$2,romfile=,bootindex=1"
}

# e2e_run_vm NAME QEMU_ARGS...: starts QEMU in $NS on tap0 with the serial console in $WORK/NAME.log,
# waits (bounded) for the initramfs's marker and sets BOOT_SECONDS. Fails on BOOTCAST-E2E-FAIL, on
# QEMU exiting without the marker, on a wrong checksum and on timeout.
e2e_run_vm() {
    local name=$1; shift
    VM_LOG="$WORK/$name.log"
    : >"$VM_LOG"
    local start end
    start=$(date +%s.%N)
    # SeaBIOS copies the BIOS console (its own and the iPXE ROM's) to the serial port when told the port
    # in fw_cfg (QEMU warns that the name lacks "opt/"; SeaBIOS looks for exactly this one).
    printf '\xf8\x03' >"$WORK/sercon-port"
    ip netns exec "$NS" qemu-system-x86_64 -accel tcg -m 512 -nodefaults -display none -monitor none \
        -serial "file:$VM_LOG" -no-reboot -boot n -fw_cfg "name=etc/sercon-port,file=$WORK/sercon-port" \
        -netdev tap,id=n0,ifname=tap0,script=no,downscript=no "$@" >"$WORK/$name.qemu.out" 2>&1 &
    VM_PID=$!
    PIDS+=("$VM_PID")
    local deadline=$((SECONDS + E2E_VM_TIMEOUT))
    while :; do
        if grep -qa "BOOTCAST-E2E-OK" "$VM_LOG"; then break; fi
        if grep -qa "BOOTCAST-E2E-FAIL" "$VM_LOG"; then
            sleep 1 # the rest of the line
            fail "the VM reported: $(grep -a -o "BOOTCAST-E2E-FAIL.*" "$VM_LOG" | head -n 1 | tr -d '\r')"
        fi
        if ! kill -0 "$VM_PID" 2>/dev/null; then
            cat "$WORK/$name.qemu.out"
            fail "QEMU exited without the marker"
        fi
        [ $SECONDS -lt $deadline ] || fail "no marker from the VM within ${E2E_VM_TIMEOUT} s"
        sleep 0.2
    done
    end=$(date +%s.%N)
    BOOT_SECONDS=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
    local sha
    sha=$(grep -a -o "BOOTCAST-E2E-OK [0-9a-f]*" "$VM_LOG" | head -n 1 | cut -d" " -f2)
    [ "$sha" = "$E2E_EXPECT_SHA" ] || fail "marker carries sha256 $sha, expected $E2E_EXPECT_SHA"
    # The initramfs powers off: QEMU should exit by itself shortly after the marker.
    for _ in $(seq 100); do kill -0 "$VM_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$VM_PID" 2>/dev/null; then log "note: the VM did not power off within 10 s"; fi
    wait "$VM_PID" 2>/dev/null || true
    log "BOOT TIME: ${BOOT_SECONDS} s from QEMU start to BOOTCAST-E2E-OK ($TEST_NAME, $E2E_TRANSPORT)"
}

# e2e_assert_transfer FILE [SERVICE]: Bootcast's log shows FILE sent completely by SERVICE (tftp or
# http; default: the transport). Log lines: DATE TIME SERVICE KIND PEER SUBJECT ...
e2e_assert_transfer() {
    local name=$1 service=${2:-$E2E_TRANSPORT}
    awk -v s="$service" -v f="$name" '
        $3 == s && $4 == "done" { for (i = 5; i <= NF; i++) { x = $i; sub(/^\//, "", x); sub(/\?.*/, "", x); if (x == f) found = 1 } }
        END { exit !found }' "$WORK/bootcast.log" || fail "Bootcast's log shows no complete $service transfer of $name"
}

# e2e_chain MAC: the boot chain in Bootcast's log, one word per step: "dhcp:FILE" for an ACK to MAC
# (FILE: the boot file's name, "none" for a plain lease), "SERVICE:FILE" for a finished transfer.
e2e_chain() {
    awk -v mac="$1" '
        $3 == "dhcp" && $4 == "ack" && $5 == mac {
            f = "none"
            if (match($0, /boot [^ ,]+/)) { f = substr($0, RSTART + 5, RLENGTH - 5); sub(/.*\//, "", f) }
            printf "dhcp:%s ", f; next }
        ($3 == "tftp" || $3 == "http") && $4 == "done" {
            x = $6; sub(/^\//, "", x); sub(/\?.*/, "", x); printf "%s:%s ", $3, x }' "$WORK/bootcast.log"
}

# e2e_lease_line: the BOOTCAST-E2E-LEASE line the initramfs printed.
e2e_lease_line() { grep -a -o "BOOTCAST-E2E-LEASE.*" "$VM_LOG" | head -n 1 | tr -d '\r'; }

# e2e_show_log FILE PATTERN: the matching lines, for the test's output.
e2e_show_log() { grep -E -- "$2" "$1" | sed 's/^/    /' || true; }
