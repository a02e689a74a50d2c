#pragma once

#include "dhcp/DhcpPacket.h"

#include <QtEndian>

namespace Bootcast::Test {

// A client request as real clients send it.
inline DhcpPacket request(DhcpMessageType type, const QString &mac, quint32 xid = 0x12345678)
{
    DhcpPacket p;
    p.op = DhcpPacket::BootRequest;
    p.xid = xid;
    p.chaddr = MacAddress::fromString(mac).value().toByteArray() + QByteArray(10, '\0');
    p.options.setUInt8(DhcpOption::MessageType, quint8(type));
    return p;
}

inline void makePxe(DhcpPacket &p, quint16 arch)
{
    p.options.setText(DhcpOption::VendorClass, QStringLiteral("PXEClient:Arch:%1:UNDI:003016").arg(arch, 5, 10, QChar(u'0')));
    p.options.setUInt16(DhcpOption::ClientArchitecture, arch);
    p.options.set(DhcpOption::ParameterRequestList, QByteArray("\x01\x03\x06\x0c\x0f\x2b\x3c\x42\x43\x61", 10));
}

inline void makeIpxe(DhcpPacket &p)
{
    p.options.set(DhcpOption::UserClass, QByteArrayLiteral("iPXE"));
    p.options.set(DhcpOption::IpxeEncapsulated, QByteArray("\xb1\x05\x01\x80\x86\x10\x0e", 7));
}

} // namespace Bootcast::Test
