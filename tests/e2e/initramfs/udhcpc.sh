#!/bin/sh
# udhcpc's event script inside the e2e initramfs: udhcpc configures nothing by itself.
case "$1" in
    deconfig)
        ip addr flush dev "$interface" 2>/dev/null
        ;;
    bound|renew)
        ip addr flush dev "$interface" 2>/dev/null
        ip addr add "$ip/${mask:-24}" dev "$interface" || exit 1
        if [ -n "$router" ]; then
            for r in $router; do ip route add default via "$r" dev "$interface" 2>/dev/null && break; done
        fi
        {
            echo "ip='$ip'"
            echo "mask='${mask:-}'"
            echo "serverid='${serverid:-}'"
            echo "router='${router:-}'"
            echo "siaddr='${siaddr:-}'"
            echo "boot_file='${boot_file:-}'"
        } >/tmp/lease
        ;;
esac
exit 0
