#pragma once

#include "DhcpOptions.h"
#include "core/Expected.h"
#include "core/MacAddress.h"

#include <QByteArray>
#include <QHostAddress>

namespace Bootcast {

enum class DhcpMessageType : quint8 {
    None = 0,
    Discover = 1,
    Offer = 2,
    Request = 3,
    Decline = 4,
    Ack = 5,
    Nak = 6,
    Release = 7,
    Inform = 8,
};

QString messageTypeName(DhcpMessageType type);

// One BOOTP/DHCP message (RFC 2131 section 2). A pure codec: bytes in, struct or error out.
struct DhcpPacket
{
    static constexpr quint8 BootRequest = 1;
    static constexpr quint8 BootReply = 2;
    static constexpr quint16 BroadcastFlag = 0x8000;
    static constexpr qsizetype FixedSize = 236;
    static constexpr qsizetype MinimumSize = FixedSize + 4; // fixed part + magic cookie
    static constexpr qsizetype PaddedSize = 300;            // BOOTP relays and old clients expect this
    static constexpr qsizetype DefaultMaxSize = 576;        // IP datagram size every host accepts (RFC 2131)
    static constexpr qsizetype MaxSize = 65507;

    quint8 op = BootRequest;
    quint8 htype = 1; // Ethernet
    quint8 hlen = 6;
    quint8 hops = 0;
    quint32 xid = 0;
    quint16 secs = 0;
    quint16 flags = 0;
    QHostAddress ciaddr{quint32(0)};
    QHostAddress yiaddr{quint32(0)};
    QHostAddress siaddr{quint32(0)};
    QHostAddress giaddr{quint32(0)};
    QByteArray chaddr = QByteArray(16, '\0');
    QByteArray sname; // up to 63 bytes + NUL
    QByteArray file;  // up to 127 bytes + NUL
    DhcpOptions options;

    // Parses a datagram. Honours option overload (52): options in file/sname are merged in.
    static Expected<DhcpPacket> parse(QByteArrayView datagram);
    // Serialises, padded with zeros to at least PaddedSize bytes.
    QByteArray serialize() const;

    DhcpMessageType messageType() const;
    bool isBroadcast() const { return flags & BroadcastFlag; }
    MacAddress mac() const; // chaddr as an Ethernet address (null when hlen != 6)

    friend bool operator==(const DhcpPacket &, const DhcpPacket &) = default;
};

} // namespace Bootcast
