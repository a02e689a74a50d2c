#include "Service.h"

#include <QCoreApplication>

namespace Bootcast {

QString serviceTag(Service service)
{
    switch (service) {
    case Service::Engine: return QStringLiteral("engine");
    case Service::Dhcp: return QStringLiteral("dhcp");
    case Service::ProxyDhcp: return QStringLiteral("proxy");
    case Service::Tftp: return QStringLiteral("tftp");
    case Service::Http: return QStringLiteral("http");
    case Service::Nbd: return QStringLiteral("nbd");
    }
    return QStringLiteral("?");
}

QString serviceDisplayName(Service service)
{
    switch (service) {
    case Service::Engine: return QCoreApplication::translate("Bootcast::Service", "Engine");
    case Service::Dhcp: return QCoreApplication::translate("Bootcast::Service", "DHCP");
    case Service::ProxyDhcp: return QCoreApplication::translate("Bootcast::Service", "Proxy DHCP (4011)");
    case Service::Tftp: return QCoreApplication::translate("Bootcast::Service", "TFTP");
    case Service::Http: return QCoreApplication::translate("Bootcast::Service", "HTTP");
    case Service::Nbd: return QCoreApplication::translate("Bootcast::Service", "NBD");
    }
    return QString();
}

} // namespace Bootcast
