#pragma once

#include "DhcpPacket.h"

#include <optional>

namespace Bootcast {

// What a DHCP request says about the machine that sent it: architecture, PXE/iPXE/HTTP Boot.
struct DhcpClientInfo
{
    MacAddress mac;
    std::optional<quint16> arch; // option 93 (first entry), else from the vendor class text
    QString vendorClass;         // option 60
    QByteArray userClass;        // option 77, raw
    bool isPxe = false;          // vendor class PXEClient, or option 93 present
    bool isHttpClient = false;   // vendor class HTTPClient (UEFI HTTP Boot)
    bool isIpxe = false;         // user class "iPXE" or option 175 present
    QString hostname;            // option 12

    static DhcpClientInfo from(const DhcpPacket &packet);
    bool wantsBoot() const { return isPxe || isHttpClient || isIpxe; }
};

} // namespace Bootcast
