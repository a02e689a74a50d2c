#!/usr/bin/env bash
# NBD throughput: Bootcast against nbdkit's file plugin (the established server), same machine, same
# 512 MiB image, same client (nbdcopy), in the same run. Loopback only. Read-only exports and
# copy-on-write ones (nbdkit: the cow filter; reads of an untouched overlay), with one connection and
# with nbdcopy's default (several connections where the server allows CAN_MULTI_CONN). Prints the
# best MiB/s of ROUNDS copies to null:, after one verified copy to a file per server.
#   bench/nbd.sh [BOOTCAST_BINARY] [ROUNDS]
set -euo pipefail
BOOTCAST=${1:-$(dirname "$0")/../build/app/bootcast}
ROUNDS=${2:-3}
for tool in nbdcopy nbdinfo nbdkit bc sha256sum; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install libnbd-bin nbdkit bc)"; exit 1; }
done
BOOTCAST_PORT=16809
NBDKIT_PORT=16810
NBDKIT_COW_PORT=16811
work=$(mktemp -d /tmp/bootcast-bench-nbd.XXXXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/root" "$work/tmp"
head -c $((512 * 1024 * 1024)) /dev/urandom >"$work/root/disk.img"
want=$(sha256sum <"$work/root/disk.img" | cut -d' ' -f1)
cat >"$work/profile.json" <<JSON
{ "name": "bench", "boot": { "netbootDir": "$work/root" }, "tftp": { "enabled": false },
  "nbd": { "enabled": true, "address": "127.0.0.1", "port": $BOOTCAST_PORT,
           "exports": [ { "name": "img", "file": "disk.img", "mode": "read-only" },
                        { "name": "cow", "file": "disk.img", "mode": "copy-on-write" } ] } }
JSON
# Overlay files go to the system temp folder: keep them in the work folder.
TMPDIR="$work/tmp" "$BOOTCAST" --headless --profile "$work/profile.json" >"$work/bootcast.log" 2>&1 &
pids+=($!)
nbdkit -f -r -i 127.0.0.1 -p $NBDKIT_PORT -e img file "$work/root/disk.img" >"$work/nbdkit.log" 2>&1 &
pids+=($!)
nbdkit -f -i 127.0.0.1 -p $NBDKIT_COW_PORT -e cow --filter=cow file "$work/root/disk.img" \
    >"$work/nbdkit-cow.log" 2>&1 &
pids+=($!)

ready() { # URL: waits until the export answers
    for _ in $(seq 1 50); do
        nbdinfo "$1" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    return 1
}
ready "nbd://127.0.0.1:$BOOTCAST_PORT/img" || { echo "Bootcast's NBD server did not come up:"; cat "$work/bootcast.log"; exit 1; }
ready "nbd://127.0.0.1:$NBDKIT_PORT/img" || { echo "nbdkit did not come up:"; cat "$work/nbdkit.log"; exit 1; }
ready "nbd://127.0.0.1:$NBDKIT_COW_PORT/cow" || { echo "nbdkit (cow) did not come up:"; cat "$work/nbdkit-cow.log"; exit 1; }

copy() { # URL OUTPUT [nbdcopy options] -> seconds
    local url=$1 out=$2 start end
    shift 2
    start=$(date +%s.%N)
    nbdcopy "$@" "$url" "$out"
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

servers=("bootcast:$BOOTCAST_PORT/img" "nbdkit:$NBDKIT_PORT/img" "bootcast-cow:$BOOTCAST_PORT/cow"
         "nbdkit-cow:$NBDKIT_COW_PORT/cow")
for server in "${servers[@]}"; do
    copy "nbd://127.0.0.1:${server#*:}" "$work/out.img" >/dev/null
    got=$(sha256sum <"$work/out.img" | cut -d' ' -f1)
    [ "$got" = "$want" ] || { echo "corrupt copy from ${server%%:*}" >&2; exit 1; }
    rm -f "$work/out.img"
done

size=$(stat -c %s "$work/root/disk.img")
printf '%-14s %-12s %12s\n' server connections 'MiB/s (best)'
for connections in 1 default; do
    options=()
    [ "$connections" = 1 ] && options=(--connections=1)
    for server in "${servers[@]}"; do
        best=999999
        for _ in $(seq 1 "$ROUNDS"); do
            t=$(copy "nbd://127.0.0.1:${server#*:}" null: "${options[@]}")
            best=$(echo "if ($t < $best) $t else $best" | bc -l)
        done
        printf '%-14s %-12s %12.1f\n' "${server%%:*}" "$connections" "$(echo "$size / 1048576 / $best" | bc -l)"
    done
done
