#include "DhcpClientInfo.h"

#include <QtEndian>

namespace Bootcast {

namespace {

// "PXEClient:Arch:00007:UNDI:003016" -> 7
std::optional<quint16> archFromVendorClass(const QString &vendorClass)
{
    const qsizetype at = vendorClass.indexOf(u":Arch:");
    if (at < 0)
        return std::nullopt;
    bool ok = false;
    const uint value = vendorClass.mid(at + 6, 5).toUInt(&ok);
    if (!ok || value > 0xffff)
        return std::nullopt;
    return quint16(value);
}

// RFC 3004 user class: a list of length-prefixed opaque strings. iPXE (and some others) send the
// bare text instead; accept both.
bool userClassContains(const QByteArray &raw, QByteArrayView wanted)
{
    if (raw == wanted)
        return true;
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype length = quint8(raw[i]);
        if (length == 0 || i + 1 + length > raw.size())
            return false;
        if (QByteArrayView(raw).sliced(i + 1, length) == wanted)
            return true;
        i += 1 + length;
    }
    return false;
}

} // namespace

DhcpClientInfo DhcpClientInfo::from(const DhcpPacket &packet)
{
    DhcpClientInfo info;
    info.mac = packet.mac();
    info.vendorClass = packet.options.text(DhcpOption::VendorClass);
    info.userClass = packet.options.value(DhcpOption::UserClass);
    info.hostname = packet.options.text(DhcpOption::HostName);
    const QByteArray arch = packet.options.value(DhcpOption::ClientArchitecture);
    if (arch.size() >= 2)
        info.arch = qFromBigEndian<quint16>(arch.constData());
    else
        info.arch = archFromVendorClass(info.vendorClass);
    info.isPxe = info.vendorClass.startsWith(u"PXEClient") || arch.size() >= 2;
    info.isHttpClient = info.vendorClass.startsWith(u"HTTPClient");
    if (info.isHttpClient)
        info.isPxe = false;
    info.isIpxe = userClassContains(info.userClass, "iPXE") || packet.options.contains(DhcpOption::IpxeEncapsulated);
    return info;
}

} // namespace Bootcast
