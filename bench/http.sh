#!/usr/bin/env bash
# HTTP throughput: Bootcast against nginx (the established server), same machine, same files, same
# clients, in the same run. Loopback only.
#   - one large file (a kernel/ISO-sized download): curl to /dev/null, best MiB/s of ROUNDS, after one
#     verified download per server;
#   - many small requests (menus, small files), keep-alive: wrk, 8 connections, 10 s, requests/s;
#   - the same with 64 connections (a classroom fetching its menus at once).
#   bench/http.sh [BOOTCAST_BINARY] [ROUNDS]
set -euo pipefail
BOOTCAST=${1:-$(dirname "$0")/../build/app/bootcast}
ROUNDS=${2:-3}
for tool in curl nginx wrk bc sha256sum; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install curl nginx wrk bc)"; exit 1; }
done
BOOTCAST_PORT=18480
NGINX_PORT=18481
work=$(mktemp -d /tmp/bootcast-bench-http.XXXXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/root" "$work/nginx"
chmod 755 "$work" "$work/root" # nginx's workers run as an unprivileged user
head -c $((512 * 1024 * 1024)) /dev/urandom >"$work/root/big.img"
head -c 4096 /dev/urandom >"$work/root/small.bin"
want=$(sha256sum <"$work/root/big.img" | cut -d' ' -f1)

cat >"$work/profile.json" <<JSON
{ "name": "bench", "boot": { "netbootDir": "$work/root" }, "tftp": { "enabled": false },
  "http": { "enabled": true, "address": "127.0.0.1", "port": $BOOTCAST_PORT } }
JSON
"$BOOTCAST" --headless --profile "$work/profile.json" >"$work/bootcast.log" 2>&1 &
pids+=($!)

# nginx as a file server the way a netboot setup would run it: sendfile on, keep-alive, access log off.
cat >"$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    types { application/octet-stream img bin; }
    server { listen 127.0.0.1:$NGINX_PORT; root $work/root; }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" >"$work/nginx/stdout.log" 2>&1 &
pids+=($!)

ready() { # URL
    for _ in $(seq 1 50); do
        curl -sf -o /dev/null "$1" && return 0
        sleep 0.2
    done
    return 1
}
ready "http://127.0.0.1:$BOOTCAST_PORT/small.bin" || { echo "Bootcast did not come up:"; cat "$work/bootcast.log"; exit 1; }
ready "http://127.0.0.1:$NGINX_PORT/small.bin" || { echo "nginx did not come up:"; cat "$work/nginx/error.log"; exit 1; }

download() { # URL OUTPUT -> seconds
    curl -sf -o "$2" -w '%{time_total}\n' "$1"
}

printf '%-10s %14s %18s %18s\n' server "big MiB/s" "small req/s (8)" "small req/s (64)"
for server in "bootcast:$BOOTCAST_PORT" "nginx:$NGINX_PORT"; do
    name=${server%%:*}
    port=${server#*:}
    download "http://127.0.0.1:$port/big.img" "$work/check.img" >/dev/null
    got=$(sha256sum <"$work/check.img" | cut -d' ' -f1)
    rm -f "$work/check.img"
    [ "$got" = "$want" ] || { echo "$name: the downloaded image differs"; exit 1; }
    best=0
    for _ in $(seq 1 "$ROUNDS"); do
        seconds=$(download "http://127.0.0.1:$port/big.img" /dev/null)
        rate=$(echo "512 / $seconds" | bc -l)
        if [ "$(echo "$rate > $best" | bc -l)" = 1 ]; then best=$rate; fi
    done
    small8=$(wrk -t 2 -c 8 -d 10s "http://127.0.0.1:$port/small.bin" | awk '/Requests\/sec/ { print $2 }')
    small64=$(wrk -t 2 -c 64 -d 10s "http://127.0.0.1:$port/small.bin" | awk '/Requests\/sec/ { print $2 }')
    printf '%-10s %14.0f %18.0f %18.0f\n' "$name" "$best" "$small8" "$small64"
done
