#!/usr/bin/perl
# ra_responder.pl IFACE: sends IPv6 router advertisements on IFACE that carry nothing (router lifetime 0,
# no prefix, no M/O flags), once a second and at once after each router solicitation.
#
# Why: iPXE configures IPv6 and IPv4 in parallel and boots only when both are done; with nobody
# answering its router solicitations it waits 12-15 s. An empty advertisement tells it "no IPv6 here"
# and it continues. perl-base only (Socket), no package to install. Runs until killed.
use strict;
use warnings;
use Socket qw(:all);

my $ifname = shift or die "usage: $0 IFACE\n";
my $index = do { local @ARGV = ("/sys/class/net/$ifname/ifindex"); my $v = <>; chomp $v; $v };
my $mac = do { local @ARGV = ("/sys/class/net/$ifname/address"); my $v = <>; chomp $v; $v };
$| = 1;

socket(my $sock, AF_INET6, SOCK_RAW, IPPROTO_ICMPV6) or die "raw ICMPv6 socket: $!\n";
setsockopt($sock, SOL_SOCKET, 25, pack('Z*', $ifname)) or die "SO_BINDTODEVICE $ifname: $!\n";
setsockopt($sock, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, pack('i', 255)) or die "hops: $!\n";
setsockopt($sock, IPPROTO_IPV6, IPV6_UNICAST_HOPS, pack('i', 255)) or die "hops: $!\n";
setsockopt($sock, IPPROTO_IPV6, IPV6_MULTICAST_IF, pack('i', $index)) or die "multicast if: $!\n";
setsockopt($sock, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, pack('i', 0));
# Solicitations go to all-routers (ff02::2), a group a host that does not forward has not joined.
setsockopt($sock, IPPROTO_IPV6, IPV6_JOIN_GROUP, inet_pton(AF_INET6, 'ff02::2') . pack('i', $index))
    or print "joining ff02::2 failed ($!): answering on the periodic advertisements only\n";

# Type 134, code 0, checksum (the kernel fills it in), cur hop limit 64, flags 0, router lifetime 0,
# reachable time 0, retrans timer 0; option 1 (source link-layer address).
my $ra = pack('CCnCCnNN', 134, 0, 0, 64, 0, 0, 0, 0)
    . pack('CC', 1, 1) . pack('H12', join('', split(/:/, $mac)));
my $all_nodes = pack_sockaddr_in6(0, inet_pton(AF_INET6, 'ff02::1'), $index);

my ($sent, $solicited) = (0, 0);
sub advertise {
    if (send($sock, $ra, 0, $all_nodes)) {
        $sent++;
    }
}

print "ra_responder on $ifname (index $index, $mac)\n";
while (1) {
    advertise();
    my $deadline = time + 1;
    while ((my $left = $deadline - time) > 0) {
        my $rin = '';
        vec($rin, fileno($sock), 1) = 1;
        next unless select(my $rout = $rin, undef, undef, $left) > 0;
        my $from = recv($sock, my $buf, 1500, 0);
        next unless defined $from && length($buf) >= 1;
        if (ord($buf) == 133) { # router solicitation
            $solicited++;
            my ($port, $addr) = unpack_sockaddr_in6($from);
            print "solicitation from ", inet_ntop(AF_INET6, $addr), " (#$solicited), answering\n";
            advertise();
        }
    }
}
