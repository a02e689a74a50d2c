#!/usr/bin/env bash
# The e2e fixture (ctest test e2e_prepare): installs the packages the VM tests need and builds, into
# $E2E_CACHE, the kernel and the initramfs every variant boots:
#   - Debian's kernel (the package linux-image-amd64 depends on): downloaded and unpacked, not installed;
#   - an initramfs: busybox-static (downloaded, not installed: it conflicts with busybox), /init and the
#     udhcpc script from initramfs/, the NIC modules e1000, virtio_net and virtio_pci with their
#     dependencies (read from each module's depends=), in load order; the nbd module, which /init loads
#     only for e2e.transport=nbd; and the host's nbd-client (busybox has none) with the shared
#     libraries ldd names and the dynamic loader (host and guest are both Debian x86_64).
# Writes $E2E_CACHE/artifacts.env (E2E_VMLINUZ, E2E_INITRD, E2E_KERNEL_PACKAGE). Idempotent: a rerun with
# the same inputs takes about a second; concurrent runs serialise on a lock file.
source "$(dirname "$0")/e2e_lib.sh"

require_root_tools ip flock sha256sum
e2e_install_packages "${E2E_PACKAGES[@]}"
mkdir -p "$E2E_CACHE/debs"
exec 9>"$E2E_CACHE/lock"
flock -w 900 9 || fail "could not lock $E2E_CACHE/lock within 900 s"

# Debian's modules may be compressed (.ko.xz, .ko.zst, .ko.gz); insmod wants them plain.
# NIC_MODULES are loaded at boot, in the order written to /lib/modules/e2e/order; each of
# ON_DEMAND_MODULES goes in with its own load order, /lib/modules/e2e/order.NAME, for /init to load
# when a transport needs it.
NIC_MODULES=(e1000 virtio_net virtio_pci)
ON_DEMAND_MODULES=(nbd)
# Host programs copied into the initramfs, with their libraries.
HOST_PROGRAMS=(nbd-client)

# HOST_FILES: the host programs, the libraries ldd names for them and the dynamic loader, each by the
# absolute path the guest will see (cp -L copies the file behind it).
HOST_FILES=()
for prog in "${HOST_PROGRAMS[@]}"; do
    path=$(PATH="$PATH:/usr/sbin:/sbin" command -v "$prog") || fail "$prog not found (package $prog)"
    # "libx.so => /lib/.../libx.so (0x...)", "/lib64/ld-linux-x86-64.so.2 (0x...)"; not linux-vdso.
    libs=$(ldd "$path" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }') \
        || fail "ldd $path failed"
    [ -n "$libs" ] || fail "ldd names no libraries for $path"
    mapfile -t -O ${#HOST_FILES[@]} HOST_FILES < <(printf '%s\n' "$path" $libs)
done
mapfile -t HOST_FILES < <(printf '%s\n' "${HOST_FILES[@]}" | LC_ALL=C sort -u)

# apt_download PKG: PKG's .deb into the cache (kept; the newest cached one is used when apt is offline).
apt_download() {
    local pkg=$1 found
    found=$(ls -t "$E2E_CACHE/debs/${pkg}_"*.deb 2>/dev/null | head -n 1 || true)
    if [ -n "$found" ]; then echo "$found"; return 0; fi
    local tmp
    tmp=$(mktemp -d "$E2E_CACHE/debs/.download.XXXXXX")
    chmod 755 "$tmp" # apt's sandbox user must be able to write there
    chown _apt "$tmp" 2>/dev/null || true
    if ! (cd "$tmp" && apt-get -q download "$pkg" </dev/null >"$WORK/download.out" 2>&1); then
        as_root_apt update >>"$WORK/download.out" 2>&1 || true
        (cd "$tmp" && apt-get -q download "$pkg" </dev/null >>"$WORK/download.out" 2>&1) || {
            cat "$WORK/download.out"; rm -rf "$tmp"; skip "cannot download $pkg with apt-get"; }
    fi
    mv "$tmp"/*.deb "$E2E_CACHE/debs/"
    rm -rf "$tmp"
    ls -t "$E2E_CACHE/debs/${pkg}_"*.deb | head -n 1
}

kernel_pkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ && !n { print $2; n = 1 }')
if [ -z "$kernel_pkg" ]; then
    as_root_apt update >/dev/null 2>&1 || true
    kernel_pkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ && !n { print $2; n = 1 }')
fi
if [ -z "$kernel_pkg" ]; then
    # apt knows no kernel: a cached one will do.
    cached=$(ls -t "$E2E_CACHE/debs/"linux-image-[0-9]*.deb 2>/dev/null | head -n 1 || true)
    [ -n "$cached" ] || skip "apt-cache names no package for linux-image-amd64 and none is cached"
    kernel_pkg=$(basename "$cached" | cut -d_ -f1)
fi
kernel_deb=$(apt_download "$kernel_pkg")
busybox_deb=$(apt_download busybox-static)

key=$( { cat "$E2E_DIR/initramfs/init" "$E2E_DIR/initramfs/udhcpc.sh" "$0";
         basename "$kernel_deb"; basename "$busybox_deb"; echo "${NIC_MODULES[*]} / ${ON_DEMAND_MODULES[*]}";
         sha256sum "${HOST_FILES[@]}"; } | sha256sum | cut -c1-16)
out="$E2E_CACHE/build-$key"

if [ ! -f "$out/vmlinuz" ] || [ ! -f "$out/initrd.img" ]; then
    log "building kernel + initramfs from $(basename "$kernel_deb") and $(basename "$busybox_deb")"
    tmp="$WORK/build"
    root="$tmp/root"
    mkdir -p "$tmp/kernel" "$root"/{bin,sbin,etc,proc,sys,dev,tmp,run,lib/modules/e2e}

    dpkg-deb --fsys-tarfile "$kernel_deb" | tar -t >"$tmp/kernel.list"
    vmlinuz=$(grep -m1 -E '^\./boot/vmlinuz-' "$tmp/kernel.list") || fail "no vmlinuz in $kernel_deb"
    kver=${vmlinuz#./boot/vmlinuz-}

    # Resolve the modules: extract a wave, read each one's depends=, extract the next wave, ...
    declare -A path_of=() deps_of=()
    want=("${NIC_MODULES[@]}" "${ON_DEMAND_MODULES[@]}")
    for _ in 1 2 3 4 5 6 7 8; do # waves; dependency chains are short
        members=()
        for m in "${want[@]}"; do
            [ -n "${path_of[$m]:-}" ] && continue
            pattern=$(printf '%s' "$m" | sed 's/[_-]/[_-]/g')
            p=$(grep -m1 -E "^\./lib/modules/$kver/.*/${pattern}\.ko(\.xz|\.zst|\.gz)?$" "$tmp/kernel.list") \
                || fail "module $m not in $kernel_deb"
            path_of[$m]=$p
            members+=("$p")
        done
        [ ${#members[@]} -eq 0 ] && break
        dpkg-deb --fsys-tarfile "$kernel_deb" | tar -x -C "$tmp/kernel" "${members[@]}"
        next=()
        for p in "${members[@]}"; do
            m=""
            for k in "${!path_of[@]}"; do [ "${path_of[$k]}" = "$p" ] && m=$k; done
            f="$tmp/kernel/$p"
            case "$f" in
                *.ko.xz) xz -dc "$f" >"${f%.xz}" ;;
                *.ko.zst) zstd -qdc "$f" >"${f%.zst}" ;;
                *.ko.gz) gzip -dc "$f" >"${f%.gz}" ;;
            esac
            f=${f%.xz}; f=${f%.zst}; f=${f%.gz}
            path_of[$m]=${f#"$tmp/kernel/"}
            # .modinfo holds NUL-separated key=value strings; depends= lists module names.
            d=$(tr '\0' '\n' <"$f" | awk -F= '/^depends=/ && !n { print $2; n = 1 }' | tr ',' ' ')
            deps_of[$m]=$d
            for dep in $d; do next+=("$dep"); done
        done
        want=("${next[@]}")
        [ ${#want[@]} -eq 0 ] && break
    done

    # Load order: dependencies first (depth-first), each module once.
    place() {
        local m=$1 d
        [ -n "${placed[$m]:-}" ] && return 0
        placed[$m]=visiting
        for d in ${deps_of[$m]:-}; do
            [ "${placed[$d]:-}" = visiting ] && fail "module dependency cycle at $m -> $d"
            place "$d"
        done
        placed[$m]=placed
        order+=("$m")
    }
    # write_order FILE MODULE...: copies the modules and their dependencies, writes their load order.
    write_order() {
        local file=$1 m; shift
        local -a order=()
        local -A placed=()
        for m in "$@"; do place "$m"; done
        for m in "${order[@]}"; do
            cp "$tmp/kernel/${path_of[$m]}" "$root/lib/modules/e2e/$m.ko"
        done
        printf '%s\n' "${order[@]}" >"$root/lib/modules/e2e/$file"
        log "modules in load order ($file): ${order[*]}"
    }
    write_order order "${NIC_MODULES[@]}"
    for m in "${ON_DEMAND_MODULES[@]}"; do write_order "order.$m" "$m"; done

    for f in "${HOST_FILES[@]}"; do
        mkdir -p "$root$(dirname "$f")"
        cp -L "$f" "$root$f"
    done
    for prog in "${HOST_PROGRAMS[@]}"; do # they must run with only what was copied
        path=$(PATH="$PATH:/usr/sbin:/sbin" command -v "$prog")
        chroot "$root" "$path" -V >"$tmp/chroot.out" 2>&1 \
            || { cat "$tmp/chroot.out"; fail "$prog does not run inside the initramfs tree"; }
    done
    log "host files: ${HOST_FILES[*]}"

    dpkg-deb --fsys-tarfile "$kernel_deb" | tar -x -C "$tmp/kernel" "$vmlinuz"
    dpkg-deb -x "$busybox_deb" "$tmp/busybox"
    cp "$tmp/busybox/bin/busybox" "$root/bin/busybox"
    ln -s busybox "$root/bin/sh"
    install -m 755 "$E2E_DIR/initramfs/init" "$root/init"
    install -m 755 "$E2E_DIR/initramfs/udhcpc.sh" "$root/etc/udhcpc.sh"
    mknod -m 600 "$root/dev/console" c 5 1 2>/dev/null || true # the kernel's first console
    mknod -m 666 "$root/dev/null" c 1 3 2>/dev/null || true

    mkdir -p "$out.tmp.$$"
    (cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) | gzip -9 >"$out.tmp.$$/initrd.img"
    cp "$tmp/kernel/$vmlinuz" "$out.tmp.$$/vmlinuz"
    echo "$kver" >"$out.tmp.$$/kernel-version"
    rm -rf "$out"
    mv "$out.tmp.$$" "$out"
    log "built $out: vmlinuz $(du -h "$out/vmlinuz" | cut -f1), initrd.img $(du -h "$out/initrd.img" | cut -f1)"
fi

cat >"$E2E_CACHE/artifacts.env.$$" <<ENV
E2E_VMLINUZ='$out/vmlinuz'
E2E_INITRD='$out/initrd.img'
E2E_KERNEL_PACKAGE='$(basename "$kernel_deb")'
ENV
mv "$E2E_CACHE/artifacts.env.$$" "$E2E_CACHE/artifacts.env"

# Keep the cache to what is in use: older builds and older .debs go.
for old in "$E2E_CACHE"/build-*; do
    [ "$old" = "$out" ] || rm -rf "$old"
done
for old in "$E2E_CACHE"/debs/*.deb; do
    [ "$old" = "$kernel_deb" ] || [ "$old" = "$busybox_deb" ] || rm -f "$old"
done
log "ready: $(tr '\n' ' ' <"$E2E_CACHE/artifacts.env")"
log "PASS"
