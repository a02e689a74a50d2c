#!/usr/bin/env bash
# The window's check for another DHCP server before it serves in full mode, against a real one: the
# window runs offscreen inside a namespace linked to another namespace. With nobody else on the link
# it serves and says so; with dnsmasq there it names dnsmasq and its network and starts in proxy mode
# when asked (tst_mainwindow's rivalCheckBeforeStart does the clicking).
source "$BOOTCAST_TESTS/integration/lib.sh"
require_root_tools ip dnsmasq
: "${TST_MAINWINDOW:?TST_MAINWINDOW must name the tst_mainwindow binary}"

SRV=$(make_ns bcguisrv)
OTHER=$(make_ns bcguiother)
link "$SRV" lab0 192.168.78.1/24 "$OTHER" eth0 192.168.78.5/24

run_window_test() { # EXPECT LOG
    ip netns exec "$SRV" env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$WORK/config-$1" \
        XDG_RUNTIME_DIR="$WORK" QT_LOGGING_RULES='bootcast.*.debug=false' \
        BOOTCAST_TEST_RIVAL="$1" BOOTCAST_TEST_RIVAL_IFACE=lab0 BOOTCAST_TEST_RIVAL_ADDRESS=192.168.78.1 \
        BOOTCAST_TEST_RIVAL_SERVER=192.168.78.5 \
        timeout 90 "$TST_MAINWINDOW" rivalCheckBeforeStart >"$2" 2>&1
}

log "nobody else on the link: the window checks, then serves"
run_window_test none "$WORK/none.log" || fail "window test (no rival) failed"
grep -q "PASS   : TestMainWindow::rivalCheckBeforeStart" "$WORK/none.log" || fail "the window test did not run"

log "dnsmasq on the link: the window names it and offers proxy mode"
start_rival_dnsmasq "$OTHER" eth0 192.168.78.200 192.168.78.210
run_window_test present "$WORK/present.log" || fail "window test (dnsmasq present) failed"
grep -q "PASS   : TestMainWindow::rivalCheckBeforeStart" "$WORK/present.log" || fail "the window test did not run"
grep -q "DHCPOFFER(eth0)" "$WORK/dnsmasq.log" || fail "dnsmasq never saw the window's probe"
log "PASS"
