#include "DhcpSocket.h"

#include "core/SocketErrors.h"

#include <QUdpSocket>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Bootcast {

Expected<DhcpSocketResult> openDhcpSocket(const DhcpSocketOptions &options, QObject *parent,
                                          QAbstractSocket::SocketError *error)
{
    using Result = Expected<DhcpSocketResult>;
    const QHostAddress any(QHostAddress::AnyIPv4);
#ifdef Q_OS_LINUX
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Result::failure(bindFailureReason(QStringLiteral("UDP"), any, options.port, errno));
    const auto fail = [fd, &any, &options, error](int errnoValue) {
        ::close(fd);
        if (error)
            *error = errnoValue == EADDRINUSE ? QAbstractSocket::AddressInUseError
                   : (errnoValue == EACCES || errnoValue == EPERM) ? QAbstractSocket::SocketAccessError
                                                                   : QAbstractSocket::UnknownSocketError;
        return Result::failure(bindFailureReason(QStringLiteral("UDP"), any, options.port, errnoValue));
    };
    const int one = 1;
    if (::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one) != 0
        || ::setsockopt(fd, IPPROTO_IP, IP_PKTINFO, &one, sizeof one) != 0)
        return fail(errno);
    if (options.shareable && ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0)
        return fail(errno);
    bool boundToDevice = false;
    if (!options.interfaceName.isEmpty()) {
        const QByteArray name = options.interfaceName.toLocal8Bit();
        // Needs CAP_NET_RAW; without it we still filter by arrival interface.
        boundToDevice = ::setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, name.constData(), socklen_t(name.size())) == 0;
    }
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(options.port);
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return fail(errno);
    auto *socket = new QUdpSocket(parent);
    if (!socket->setSocketDescriptor(fd, QAbstractSocket::BoundState, QIODevice::ReadWrite)) {
        const QString reason = socket->errorString();
        delete socket;
        ::close(fd);
        return Result::failure(reason);
    }
    return DhcpSocketResult{socket, boundToDevice};
#else
    auto *socket = new QUdpSocket(parent);
    const auto mode = options.shareable ? QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint
                                        : QAbstractSocket::DontShareAddress;
    if (!socket->bind(any, options.port, mode)) {
        if (error)
            *error = socket->error();
        const QString reason =
            bindFailureReason(QStringLiteral("UDP"), any, options.port, socket->error(), socket->errorString());
        delete socket;
        return Result::failure(reason);
    }
    return DhcpSocketResult{socket, false};
#endif
}

bool addArpEntry(const QString &interfaceName, const QHostAddress &address, const QByteArray &hardwareAddress)
{
#ifdef Q_OS_LINUX
    if (interfaceName.isEmpty() || hardwareAddress.size() < 6)
        return false;
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    arpreq request = {};
    auto *protocolAddress = reinterpret_cast<sockaddr_in *>(&request.arp_pa);
    protocolAddress->sin_family = AF_INET;
    protocolAddress->sin_addr.s_addr = htonl(address.toIPv4Address());
    request.arp_ha.sa_family = ARPHRD_ETHER;
    std::memcpy(request.arp_ha.sa_data, hardwareAddress.constData(), 6);
    request.arp_flags = ATF_COM;
    const QByteArray name = interfaceName.toLocal8Bit();
    std::strncpy(request.arp_dev, name.constData(), sizeof request.arp_dev - 1);
    const bool ok = ::ioctl(fd, SIOCSARP, &request) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(interfaceName);
    Q_UNUSED(address);
    Q_UNUSED(hardwareAddress);
    return false;
#endif
}

} // namespace Bootcast
