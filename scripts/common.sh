# Shared by scripts/run and scripts/test: installs what Bootcast needs from Debian's packages and
# builds it. Works as root (CI) or as a user with sudo; never asks a question.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
DEPS_DIR=${DEPS_DIR:-$ROOT/build-deps}

BUILD_PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools
                qt6-l10n-tools qt6-translations-l10n libgl-dev)
TEST_PACKAGES=(busybox tftp-hpa curl iproute2 isc-dhcp-client dnsmasq-base xvfb xauth procps
               qemu-system-x86 ipxe-qemu ovmf cpio libnbd-bin python3-libnbd nbdkit nbd-client qemu-utils)

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

install_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "==> Installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
}

# The iPXE boot files come from Debian's ipxe package. Installing it writes into /boot and
# /etc/grub.d, so it is downloaded and unpacked into DEPS_DIR instead.
fetch_ipxe() {
    if [ -f "$DEPS_DIR/ipxe/usr/lib/ipxe/undionly.kpxe" ]; then return 0; fi
    echo "==> Unpacking Debian's iPXE boot files into $DEPS_DIR/ipxe"
    mkdir -p "$DEPS_DIR/ipxe"
    (cd "$DEPS_DIR" && rm -f ipxe_*.deb && apt-get download ipxe </dev/null >/dev/null 2>&1 \
        || { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null && apt-get download ipxe </dev/null; })
    dpkg-deb -x "$DEPS_DIR"/ipxe_*.deb "$DEPS_DIR/ipxe"
}

configure_and_build() {
    echo "==> Configuring and building in $BUILD_DIR"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
        -DBOOTCAST_WERROR=ON "-DBOOTCAST_IPXE_DIRS=$DEPS_DIR/ipxe/usr/lib/ipxe;$DEPS_DIR/ipxe/boot;/usr/lib/ipxe" \
        "$@"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
