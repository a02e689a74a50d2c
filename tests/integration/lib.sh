# Shared helpers for the namespace tests. Source it; it sets `set -euo pipefail` and a cleanup trap.
# Every namespace, process and file a test makes is registered here and removed on exit, even on failure.
set -euo pipefail

: "${BOOTCAST:?BOOTCAST must name the bootcast binary}"
TEST_NAME=$(basename "$0" .sh)
WORK=$(mktemp -d "/tmp/bootcast-${TEST_NAME}.XXXXXX")
SUFFIX="$$"
NAMESPACES=()
PIDS=()

log() { printf '[%s] %s\n' "$TEST_NAME" "$*"; }
fail() {
    log "FAIL: $*"
    for f in "$WORK"/*.log; do
        [ -f "$f" ] || continue
        echo "----- $f (last 60 lines)"; tail -n 60 "$f"
    done
    exit 1
}
skip() { log "SKIP: $*"; exit 77; }

cleanup() {
    local status=$?
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    done
    sleep 0.2
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
    done
    local registered=()
    [ -f "$WORK/.namespaces" ] && mapfile -t registered <"$WORK/.namespaces"
    for ns in "${NAMESPACES[@]:-}" "${registered[@]:-}"; do
        [ -n "$ns" ] && ip netns delete "$ns" 2>/dev/null || true
    done
    [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

require_root_tools() {
    [ "$(id -u)" = 0 ] || skip "needs root for network namespaces (CI runs as root)"
    for tool in "$@"; do
        command -v "$tool" >/dev/null || skip "needs $tool"
    done
}

# make_ns NAME: a fresh namespace with loopback up; the name gets this run's suffix. Called as
# NS=$(make_ns NAME), i.e. in a subshell, so the name is registered for cleanup in a file.
make_ns() {
    local ns="$1-$SUFFIX"
    ip netns add "$ns"
    echo "$ns" >>"$WORK/.namespaces"
    ip -n "$ns" link set lo up
    echo "$ns"
}

# link NS_A IF_A ADDR_A NS_B IF_B [ADDR_B]: a veth pair between two namespaces.
link() {
    local ns_a=$1 if_a=$2 addr_a=$3 ns_b=$4 if_b=$5 addr_b=${6:-}
    local tmp_a="bca$RANDOM" tmp_b="bcb$RANDOM"
    ip link add "$tmp_a" type veth peer name "$tmp_b"
    ip link set "$tmp_a" netns "$ns_a"
    ip link set "$tmp_b" netns "$ns_b"
    ip -n "$ns_a" link set "$tmp_a" name "$if_a"
    ip -n "$ns_b" link set "$tmp_b" name "$if_b"
    [ -n "$addr_a" ] && ip -n "$ns_a" addr add "$addr_a" dev "$if_a"
    [ -n "$addr_b" ] && ip -n "$ns_b" addr add "$addr_b" dev "$if_b"
    # No IPv6 on test links: its housekeeping would blur packet counts and slow iPXE down.
    ip netns exec "$ns_a" sysctl -qw "net.ipv6.conf.$if_a.disable_ipv6=1"
    ip netns exec "$ns_b" sysctl -qw "net.ipv6.conf.$if_b.disable_ipv6=1"
    ip -n "$ns_a" link set "$if_a" up
    ip -n "$ns_b" link set "$if_b" up
}

# start_bootcast NS PROFILE LOG: runs Bootcast headless in NS; waits until it says Ready.
start_bootcast() {
    local ns=$1 profile=$2 logfile=$3
    ip netns exec "$ns" "$BOOTCAST" --headless --profile "$profile" >"$logfile" 2>&1 &
    BOOTCAST_PID=$!
    PIDS+=("$BOOTCAST_PID")
    wait_for_log "$logfile" "Ready" 20 || fail "Bootcast did not become ready"
}

stop_bootcast() {
    kill -TERM "$BOOTCAST_PID"
    local status=0
    wait "$BOOTCAST_PID" || status=$?
    [ "$status" = 0 ] || fail "Bootcast exited with $status on SIGTERM (expected 0)"
}

# wait_for_log FILE PATTERN SECONDS
wait_for_log() {
    local file=$1 pattern=$2 seconds=$3
    local deadline=$((SECONDS + seconds))
    while [ $SECONDS -lt $deadline ]; do
        grep -q -- "$pattern" "$file" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

# A udhcpc -s script that records what the server said, one file per run.
write_udhcpc_script() {
    cat >"$WORK/udhcpc.sh" <<'SCRIPT'
#!/bin/sh
# $1 is the event; the server's answer arrives in the environment.
out="${UDHCPC_OUT:-/dev/null}"
{
    echo "event=$1"
    echo "ip=${ip:-}"
    echo "subnet=${subnet:-}"
    echo "router=${router:-}"
    echo "dns=${dns:-}"
    echo "siaddr=${siaddr:-}"
    echo "boot_file=${boot_file:-}"
    echo "serverid=${serverid:-}"
    echo "lease=${lease:-}"
    echo "domain=${domain:-}"
} >>"$out"
if [ "$1" = bound ] || [ "$1" = renew ]; then
    ip addr flush dev "$interface" 2>/dev/null
    ip addr add "$ip/${mask:-24}" dev "$interface" 2>/dev/null
fi
exit 0
SCRIPT
    chmod +x "$WORK/udhcpc.sh"
}

# value FILE KEY: the last value of KEY in a udhcpc record
value() { grep "^$2=" "$1" | tail -n 1 | cut -d= -f2-; }

# start_rival_dnsmasq NS IFACE FIRST LAST: another DHCP server (dnsmasq, DHCP only) on IFACE in NS,
# handing out FIRST-LAST; logs to $WORK/dnsmasq.log, stopped by the cleanup.
start_rival_dnsmasq() {
    ip netns exec "$1" dnsmasq --no-daemon --conf-file=/dev/null --port=0 --user=root --interface="$2" \
        --bind-interfaces --dhcp-range="$3,$4,1h" --dhcp-leasefile="$WORK/dnsmasq.leases" \
        --pid-file="$WORK/dnsmasq.pid" --log-dhcp >"$WORK/dnsmasq.log" 2>&1 &
    PIDS+=("$!")
    wait_for_log "$WORK/dnsmasq.log" "DHCP, IP range" 10 || fail "dnsmasq did not start"
}
