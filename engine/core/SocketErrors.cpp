#include "SocketErrors.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace Bootcast {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::SocketErrors)
};

QString where(const QHostAddress &address)
{
    if (address.isNull() || address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        return Tr::tr("all addresses");
    return address.toString();
}

QString inUseHint(const QString &protocol, quint16 port)
{
    if (protocol == u"UDP" && (port == 67 || port == 4011))
        return Tr::tr("another DHCP server such as dnsmasq, a router service or Windows ICS may be running; "
                  "stop it or use proxy DHCP mode");
    if (protocol == u"UDP" && port == 69)
        return Tr::tr("another TFTP server such as tftpd-hpa or Tftpd64 may be running; stop it or choose another port");
    return Tr::tr("stop the other program or choose another port");
}

} // namespace

QString bindFailureReason(const QString &protocol, const QHostAddress &address, quint16 port,
                          QAbstractSocket::SocketError error, const QString &systemText)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return Tr::tr("%1 port %2 on %3 is in use by another program: %4")
            .arg(protocol).arg(port).arg(where(address), inUseHint(protocol, port));
    case QAbstractSocket::SocketAccessError:
        return Tr::tr("permission denied for %1 port %2: run as administrator, or grant the capability with "
                  "\"sudo setcap cap_net_bind_service,cap_net_raw+ep bootcast\"")
            .arg(protocol).arg(port);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return Tr::tr("address %1 is not on this machine: choose the address of the network adapter")
            .arg(where(address));
    default:
        return Tr::tr("cannot open %1 port %2 on %3: %4").arg(protocol).arg(port).arg(where(address), systemText);
    }
}

QString bindFailureReason(const QString &protocol, const QHostAddress &address, quint16 port, int errnoValue)
{
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    switch (errnoValue) {
    case EADDRINUSE: error = QAbstractSocket::AddressInUseError; break;
    case EACCES:
    case EPERM: error = QAbstractSocket::SocketAccessError; break;
    case EADDRNOTAVAIL: error = QAbstractSocket::SocketAddressNotAvailableError; break;
    default: break;
    }
    return bindFailureReason(protocol, address, port, error, QString::fromLocal8Bit(std::strerror(errnoValue)));
}

} // namespace Bootcast
