#include "DhcpPacket.h"

#include <QCoreApplication>
#include <QtEndian>

namespace Bootcast {

namespace {

constexpr quint32 MagicCookie = 0x63825363;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::DhcpPacket)
};

QByteArray cString(QByteArrayView field)
{
    const qsizetype nul = field.indexOf('\0');
    return (nul < 0 ? field : field.first(nul)).toByteArray();
}

void writeField(QByteArray &out, qsizetype offset, const QByteArray &value, qsizetype fieldSize)
{
    // NUL-terminated when shorter than the field; a value that fills the field exactly is written
    // whole, as it was received (parse() reads an unterminated field to its end).
    const qsizetype n = qMin(value.size(), fieldSize);
    std::copy_n(value.constData(), n, out.data() + offset);
}

} // namespace

QString messageTypeName(DhcpMessageType type)
{
    switch (type) {
    case DhcpMessageType::None: return QStringLiteral("BOOTP");
    case DhcpMessageType::Discover: return QStringLiteral("DISCOVER");
    case DhcpMessageType::Offer: return QStringLiteral("OFFER");
    case DhcpMessageType::Request: return QStringLiteral("REQUEST");
    case DhcpMessageType::Decline: return QStringLiteral("DECLINE");
    case DhcpMessageType::Ack: return QStringLiteral("ACK");
    case DhcpMessageType::Nak: return QStringLiteral("NAK");
    case DhcpMessageType::Release: return QStringLiteral("RELEASE");
    case DhcpMessageType::Inform: return QStringLiteral("INFORM");
    }
    return QStringLiteral("type %1").arg(int(type));
}

Expected<DhcpPacket> DhcpPacket::parse(QByteArrayView datagram)
{
    using Result = Expected<DhcpPacket>;
    if (datagram.size() < MinimumSize)
        return Result::failure(Tr::tr("DHCP message too short (%1 bytes)").arg(datagram.size()));
    if (datagram.size() > MaxSize)
        return Result::failure(Tr::tr("DHCP message too long (%1 bytes)").arg(datagram.size()));
    const auto *d = reinterpret_cast<const uchar *>(datagram.data());

    DhcpPacket p;
    p.op = d[0];
    if (p.op != BootRequest && p.op != BootReply)
        return Result::failure(Tr::tr("unknown BOOTP operation %1").arg(p.op));
    p.htype = d[1];
    p.hlen = d[2];
    if (p.hlen > 16)
        return Result::failure(Tr::tr("hardware address length %1 is over 16").arg(p.hlen));
    p.hops = d[3];
    p.xid = qFromBigEndian<quint32>(d + 4);
    p.secs = qFromBigEndian<quint16>(d + 8);
    p.flags = qFromBigEndian<quint16>(d + 10);
    p.ciaddr = QHostAddress(qFromBigEndian<quint32>(d + 12));
    p.yiaddr = QHostAddress(qFromBigEndian<quint32>(d + 16));
    p.siaddr = QHostAddress(qFromBigEndian<quint32>(d + 20));
    p.giaddr = QHostAddress(qFromBigEndian<quint32>(d + 24));
    p.chaddr = datagram.sliced(28, 16).toByteArray();
    const QByteArrayView snameField = datagram.sliced(44, 64);
    const QByteArrayView fileField = datagram.sliced(108, 128);

    if (qFromBigEndian<quint32>(d + FixedSize) != MagicCookie)
        return Result::failure(Tr::tr("no DHCP magic cookie (plain BOOTP is not served)"));

    QString error;
    if (!p.options.decode(datagram.sliced(MinimumSize), &error))
        return Result::failure(error);

    // RFC 2132 9.3: option 52 says file and/or sname hold more options.
    const quint8 overload = p.options.uint8(DhcpOption::Overload).value_or(0);
    if (overload > 3)
        return Result::failure(Tr::tr("option overload value %1 is invalid").arg(overload));
    if (overload & 1) {
        if (!p.options.decode(fileField, &error))
            return Result::failure(Tr::tr("options in the file field: %1").arg(error));
    } else {
        p.file = cString(fileField);
    }
    if (overload & 2) {
        if (!p.options.decode(snameField, &error))
            return Result::failure(Tr::tr("options in the sname field: %1").arg(error));
    } else {
        p.sname = cString(snameField);
    }
    p.options.remove(DhcpOption::Overload);
    return p;
}

QByteArray DhcpPacket::serialize() const
{
    QByteArray out(MinimumSize, '\0');
    auto *d = reinterpret_cast<uchar *>(out.data());
    d[0] = op;
    d[1] = htype;
    d[2] = hlen;
    d[3] = hops;
    qToBigEndian<quint32>(xid, d + 4);
    qToBigEndian<quint16>(secs, d + 8);
    qToBigEndian<quint16>(flags, d + 10);
    qToBigEndian<quint32>(ciaddr.toIPv4Address(), d + 12);
    qToBigEndian<quint32>(yiaddr.toIPv4Address(), d + 16);
    qToBigEndian<quint32>(siaddr.toIPv4Address(), d + 20);
    qToBigEndian<quint32>(giaddr.toIPv4Address(), d + 24);
    std::copy_n(chaddr.constData(), qMin<qsizetype>(chaddr.size(), 16), out.data() + 28);
    writeField(out, 44, sname, 64);
    writeField(out, 108, file, 128);
    qToBigEndian<quint32>(MagicCookie, d + FixedSize);
    out += options.encode();
    if (out.size() < PaddedSize)
        out.append(PaddedSize - out.size(), '\0');
    return out;
}

DhcpMessageType DhcpPacket::messageType() const
{
    const auto type = options.uint8(DhcpOption::MessageType);
    if (!type)
        return DhcpMessageType::None;
    return DhcpMessageType(*type);
}

MacAddress DhcpPacket::mac() const
{
    if (htype != 1 || hlen != 6)
        return MacAddress();
    return MacAddress::fromBytes(chaddr).value_or(MacAddress());
}

} // namespace Bootcast
