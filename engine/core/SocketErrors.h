#pragma once

#include <QAbstractSocket>
#include <QHostAddress>
#include <QString>

namespace Bootcast {

// Turns a failed bind into a message that says what is wrong and what to do, e.g.
// "UDP port 67 is in use by another program (another DHCP server such as dnsmasq?)".
QString bindFailureReason(const QString &protocol, const QHostAddress &address, quint16 port,
                          QAbstractSocket::SocketError error, const QString &systemText);
// The same for a POSIX errno from a native bind/setsockopt.
QString bindFailureReason(const QString &protocol, const QHostAddress &address, quint16 port, int errnoValue);

} // namespace Bootcast
