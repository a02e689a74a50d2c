#pragma once

#include <QMetaType>
#include <QString>

namespace Bootcast {

// The servers an engine runs. The order is the order of the status lights.
enum class Service : quint8 {
    Engine,
    Dhcp,
    ProxyDhcp, // port 4011 in proxy mode
    Tftp,
    Http,
    Nbd,
};

// Short, untranslated tag used in logs and JSON ("dhcp", "tftp", ...).
QString serviceTag(Service service);
// Translated, human name ("DHCP", "Proxy DHCP (4011)", ...).
QString serviceDisplayName(Service service);

} // namespace Bootcast

Q_DECLARE_METATYPE(Bootcast::Service)
