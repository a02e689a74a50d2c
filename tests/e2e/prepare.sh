#!/usr/bin/env bash
# The e2e fixture (ctest test e2e_prepare): installs the packages the VM tests need and builds, into
# $E2E_CACHE, the kernel and the initramfs every variant boots:
#   - Debian's kernel (the package linux-image-amd64 depends on): downloaded and unpacked, not installed;
#   - an initramfs: busybox-static (downloaded, not installed: it conflicts with busybox), /init and the
#     udhcpc script from initramfs/, the NIC modules e1000, virtio_net and virtio_pci with their
#     dependencies (read from each module's depends=), in load order.
# Writes $E2E_CACHE/artifacts.env (E2E_VMLINUZ, E2E_INITRD, E2E_KERNEL_PACKAGE). Idempotent: a rerun with
# the same inputs takes about a second; concurrent runs serialise on a lock file.
source "$(dirname "$0")/e2e_lib.sh"

require_root_tools ip flock sha256sum
e2e_install_packages "${E2E_PACKAGES[@]}"
mkdir -p "$E2E_CACHE/debs"
exec 9>"$E2E_CACHE/lock"
flock -w 900 9 || fail "could not lock $E2E_CACHE/lock within 900 s"

# Debian's modules may be compressed (.ko.xz, .ko.zst, .ko.gz); insmod wants them plain.
NIC_MODULES=(e1000 virtio_net virtio_pci)

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
         basename "$kernel_deb"; basename "$busybox_deb"; echo "${NIC_MODULES[*]}"; } | sha256sum | cut -c1-16)
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
    want=("${NIC_MODULES[@]}")
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
    order=()
    declare -A placed=()
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
    for m in "${NIC_MODULES[@]}"; do place "$m"; done
    for m in "${order[@]}"; do
        cp "$tmp/kernel/${path_of[$m]}" "$root/lib/modules/e2e/$m.ko"
    done
    printf '%s\n' "${order[@]}" >"$root/lib/modules/e2e/order"
    log "modules in load order: ${order[*]}"

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
