#pragma once

#include "core/Expected.h"

#include <QHostAddress>
#include <QString>

class QUdpSocket;

namespace Bootcast {

// Opens the UDP socket a DHCP service listens on: 0.0.0.0:port (broadcasts must reach it),
// restricted to one network interface where the platform allows (SO_BINDTODEVICE on Linux), with
// packet information (arrival interface) enabled. shareable: let another DHCP server on this
// machine keep the port too (proxy mode beside a local DHCP server).
struct DhcpSocketOptions
{
    quint16 port = 67;
    QString interfaceName; // empty: every interface
    bool shareable = false;
};

struct DhcpSocketResult
{
    QUdpSocket *socket = nullptr;
    bool boundToDevice = false; // false: the caller must filter by interface index itself
};

#include <QAbstractSocket>
// On failure, error (if given) says which kind of failure it was (e.g. AddressInUseError).
Expected<DhcpSocketResult> openDhcpSocket(const DhcpSocketOptions &options, QObject *parent,
                                          QAbstractSocket::SocketError *error = nullptr);

// Puts (address -> hardware address) into the interface's ARP table so a reply can be unicast to a
// client that has no address yet (RFC 2131 4.1). Returns false where that is not possible.
bool addArpEntry(const QString &interfaceName, const QHostAddress &address, const QByteArray &hardwareAddress);

} // namespace Bootcast
