// bootcast-dhcp-probe: a minimal DHCP client for the namespace tests, for the cases no stock
// client can produce (proxy offers without an address, port 4011, relayed requests). Real clients
// (busybox udhcpc, dhclient) cover everything else.
//
// Usage: bootcast-dhcp-probe --interface IF --mac MAC [--type discover|request|inform]
//        [--pxe ARCH] [--http-client ARCH] [--ipxe] [--giaddr A] [--ciaddr A] [--option82 HEX] [--uuid]
//        [--to ADDRESS] [--port 67] [--listen-port 68] [--timeout-ms 3000]
// Prints one line per reply: key=value pairs (type, yiaddr, siaddr, file, vendor, server, opt82, ...).

#include "dhcp/DhcpPacket.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QUdpSocket>

#include <cstdio>
#include <sys/socket.h>

using namespace Bootcast;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const auto opt = [&parser](const char *name, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name));
        if (value) {
            o.setValueName(QString::fromLatin1(value));
        }
        parser.addOption(o);
        return o;
    };
    const auto iface = opt("interface", "IF");
    const auto mac = opt("mac", "MAC");
    const auto type = opt("type", "TYPE");
    const auto pxe = opt("pxe", "ARCH");
    const auto ipxe = opt("ipxe");
    const auto giaddr = opt("giaddr", "A");
    const auto ciaddr = opt("ciaddr", "A");
    const auto option82 = opt("option82", "HEX");
    const auto uuid = opt("uuid");
    const auto to = opt("to", "A");
    const auto port = opt("port", "N");
    const auto listenPort = opt("listen-port", "N");
    const auto timeout = opt("timeout-ms", "N");
    const auto bindAddress = opt("bind", "A");
    const auto httpClient = opt("http-client", "ARCH");
    parser.process(app);

    QUdpSocket socket;
    const QHostAddress local = parser.isSet(bindAddress) ? QHostAddress(parser.value(bindAddress))
                                                         : QHostAddress(QHostAddress::AnyIPv4);
    if (!socket.bind(local, quint16(parser.value(listenPort).isEmpty() ? 68 : parser.value(listenPort).toUInt()),
                     QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint)) {
        std::fprintf(stderr, "bind: %s\n", qPrintable(socket.errorString()));
        return 2;
    }
    const QByteArray ifname = parser.value(iface).toLocal8Bit();
    if (!ifname.isEmpty())
        setsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_BINDTODEVICE, ifname.constData(),
                   socklen_t(ifname.size()));
    const int one = 1;
    setsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_BROADCAST, &one, sizeof one);

    DhcpPacket p;
    p.xid = QRandomGenerator::global()->generate();
    p.flags = DhcpPacket::BroadcastFlag;
    p.chaddr = MacAddress::fromString(parser.value(mac)).value_or(MacAddress()).toByteArray() + QByteArray(10, '\0');
    const QString t = parser.value(type).isEmpty() ? QStringLiteral("discover") : parser.value(type);
    const DhcpMessageType mt = t == u"request" ? DhcpMessageType::Request
                             : t == u"inform" ? DhcpMessageType::Inform
                                              : DhcpMessageType::Discover;
    p.options.setUInt8(DhcpOption::MessageType, quint8(mt));
    if (parser.isSet(pxe)) {
        const quint16 arch = quint16(parser.value(pxe).toUInt());
        p.options.setText(DhcpOption::VendorClass,
                          QStringLiteral("PXEClient:Arch:%1:UNDI:003016").arg(arch, 5, 10, QChar(u'0')));
        p.options.setUInt16(DhcpOption::ClientArchitecture, arch);
        p.options.set(DhcpOption::ParameterRequestList, QByteArray("\x01\x03\x2b\x3c\x42\x43", 6));
    }
    if (parser.isSet(httpClient)) {
        const quint16 arch = quint16(parser.value(httpClient).toUInt());
        p.options.setText(DhcpOption::VendorClass,
                          QStringLiteral("HTTPClient:Arch:%1:UNDI:003001").arg(arch, 5, 10, QChar(u'0')));
        p.options.setUInt16(DhcpOption::ClientArchitecture, arch);
    }
    if (parser.isSet(ipxe))
        p.options.set(DhcpOption::UserClass, QByteArrayLiteral("iPXE"));
    if (parser.isSet(giaddr)) {
        p.giaddr = QHostAddress(parser.value(giaddr));
        p.hops = 1;
    }
    if (parser.isSet(ciaddr))
        p.ciaddr = QHostAddress(parser.value(ciaddr));
    if (parser.isSet(option82))
        p.options.set(DhcpOption::RelayAgentInfo, QByteArray::fromHex(parser.value(option82).toLatin1()));
    if (parser.isSet(uuid))
        p.options.set(DhcpOption::ClientMachineId, QByteArray(1, '\0') + QByteArray::fromHex("00112233445566778899aabbccddeeff"));

    const QHostAddress destination = parser.isSet(to) ? QHostAddress(parser.value(to)) : QHostAddress(QHostAddress::Broadcast);
    const quint16 destinationPort = quint16(parser.value(port).isEmpty() ? 67 : parser.value(port).toUInt());
    if (socket.writeDatagram(p.serialize(), destination, destinationPort) < 0) {
        std::fprintf(stderr, "send: %s\n", qPrintable(socket.errorString()));
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const int waitMs = parser.value(timeout).isEmpty() ? 3000 : parser.value(timeout).toInt();
    int replies = 0;
    while (timer.elapsed() < waitMs) {
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, waitMs - timer.elapsed()))))
            break;
        while (socket.hasPendingDatagrams()) {
            const QNetworkDatagram d = socket.receiveDatagram();
            const auto reply = DhcpPacket::parse(d.data());
            if (!reply || reply->xid != p.xid || reply->op != DhcpPacket::BootReply)
                continue;
            ++replies;
            std::printf("type=%s yiaddr=%s siaddr=%s file=%s vendor=%s server=%s opt82=%s uuid=%s size=%d from=%s\n",
                        qPrintable(messageTypeName(reply->messageType())), qPrintable(reply->yiaddr.toString()),
                        qPrintable(reply->siaddr.toString()), reply->file.constData(),
                        qPrintable(reply->options.text(DhcpOption::VendorClass)),
                        qPrintable(reply->options.address(DhcpOption::ServerIdentifier).value_or(QHostAddress()).toString()),
                        reply->options.value(DhcpOption::RelayAgentInfo).toHex().constData(),
                        reply->options.value(DhcpOption::ClientMachineId).toHex().constData(), int(d.data().size()),
                        qPrintable(d.senderAddress().toString()));
            std::fflush(stdout);
        }
    }
    return replies > 0 ? 0 : 1;
}
