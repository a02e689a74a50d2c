#!/usr/bin/env bash
# TFTP throughput: Bootcast against dnsmasq's TFTP server (the established one), same machine, same
# files, same client, in the same run. Loopback only. Prints MiB/s per server, block size and file.
#   bench/tftp.sh [BOOTCAST_BINARY] [ROUNDS]
set -euo pipefail
BOOTCAST=${1:-$(dirname "$0")/../build/app/bootcast}
ROUNDS=${2:-3}
command -v dnsmasq >/dev/null || { echo "needs dnsmasq (apt-get install dnsmasq-base)"; exit 1; }
work=$(mktemp -d /tmp/bootcast-bench.XXXXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

mkdir -p "$work/root"
head -c $((64 * 1024 * 1024)) /dev/urandom >"$work/root/big.bin"
head -c $((1024 * 1024)) /dev/urandom >"$work/root/small.bin"
cat >"$work/profile.json" <<JSON
{ "name": "bench", "boot": { "netbootDir": "$work/root" },
  "tftp": { "enabled": true, "address": "127.0.0.1", "port": 16901 } }
JSON
"$BOOTCAST" --headless --profile "$work/profile.json" >"$work/bootcast.log" 2>&1 &
pids+=($!)
dnsmasq --no-daemon --conf-file=/dev/null --port=0 --user=root --listen-address=127.0.0.1 --bind-interfaces \
    --enable-tftp --tftp-root="$work/root" --tftp-port-range=40000,40100 --pid-file="$work/dnsmasq.pid" \
    --tftp-no-fail >"$work/dnsmasq.log" 2>&1 &
pids+=($!)
# dnsmasq's TFTP port is 69; run it in its own network namespace if 69 is taken here.
sleep 1
grep -q Ready "$work/bootcast.log" || { cat "$work/bootcast.log"; exit 1; }

fetch() { # PORT FILE BLKSIZE -> seconds
    local start end
    start=$(date +%s.%N)
    curl -s --max-time 120 --tftp-blksize "$3" -o "$work/out" "tftp://127.0.0.1:$1/$2"
    end=$(date +%s.%N)
    cmp -s "$work/out" "$work/root/$2" || { echo "corrupt download from port $1" >&2; exit 1; }
    echo "$end - $start" | bc -l
}

printf '%-10s %-10s %8s %12s\n' server file blksize 'MiB/s (best)'
for file in big.bin small.bin; do
    size=$(stat -c %s "$work/root/$file")
    for blk in 512 1468 8192; do
        for server in bootcast:16901 dnsmasq:69; do
            best=999999
            for _ in $(seq 1 "$ROUNDS"); do
                t=$(fetch "${server#*:}" "$file" "$blk")
                best=$(echo "if ($t < $best) $t else $best" | bc -l)
            done
            printf '%-10s %-10s %8s %12.1f\n' "${server%%:*}" "$file" "$blk" "$(echo "$size / 1048576 / $best" | bc -l)"
        done
    done
done
