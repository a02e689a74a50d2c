#include "RivalProbe.h"

#include "DhcpPacket.h"
#include "DhcpSocket.h"
#include "core/LogCategories.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QUdpSocket>

namespace Bootcast {

RivalProbe::RivalProbe(const QString &interfaceName, const QHostAddress &ownAddress, QObject *parent)
    : QObject(parent), m_interfaceName(interfaceName), m_ownAddress(ownAddress)
{
    std::array<quint8, 6> bytes{0x02, 0x42, 0x43, 0, 0, 0}; // locally administered, "BC"
    const quint32 random = QRandomGenerator::global()->generate();
    bytes[3] = quint8(random >> 16);
    bytes[4] = quint8(random >> 8);
    bytes[5] = quint8(random);
    m_mac = MacAddress(bytes);
    m_xid = QRandomGenerator::global()->generate();
    m_deadline.setParent(this);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &RivalProbe::finish);
    m_resend.setParent(this);
    m_resend.setSingleShot(true);
    connect(&m_resend, &QTimer::timeout, this, &RivalProbe::sendDiscover);
}

RivalProbe::~RivalProbe() = default;

bool RivalProbe::start(int timeoutMsecs, QString *reason, int linkWaitMsecs)
{
    m_timeoutMsecs = timeoutMsecs;
    m_linkWaitLeftMsecs = linkWaitMsecs;
    // The client port, shared with any DHCP client already running on this machine.
    auto opened = openDhcpSocket(DhcpSocketOptions{68, m_interfaceName, true}, this);
    if (!opened) {
        if (reason)
            *reason = opened.error();
        return false;
    }
    m_socket = opened->socket;
    connect(m_socket, &QUdpSocket::readyRead, this, &RivalProbe::readReplies);
    waitForLink();
    return true;
}

void RivalProbe::waitForLink()
{
    const QNetworkInterface nic = QNetworkInterface::interfaceFromName(m_interfaceName);
    const bool linkUp = !nic.isValid() || (nic.flags() & QNetworkInterface::IsRunning);
    if (!linkUp && m_linkWaitLeftMsecs > 0) {
        m_linkWaitLeftMsecs -= 200;
        QTimer::singleShot(200, this, &RivalProbe::waitForLink);
        return;
    }
    if (!linkUp) {
        finish(); // never got a link: nothing to ask
        return;
    }
    m_sent = true;
    sendDiscover();
    m_resend.start(m_timeoutMsecs / 2); // one retry: a DISCOVER can be lost while a link comes up
    m_deadline.start(m_timeoutMsecs);
}

void RivalProbe::sendDiscover()
{
    if (!m_socket)
        return;
    DhcpPacket discover;
    discover.xid = m_xid;
    discover.flags = DhcpPacket::BroadcastFlag; // we have no address: ask for broadcast replies
    discover.chaddr = m_mac.toByteArray() + QByteArray(10, '\0');
    discover.options.setUInt8(DhcpOption::MessageType, quint8(DhcpMessageType::Discover));
    discover.options.setText(DhcpOption::VendorClass, QStringLiteral("bootcast-probe"));
    discover.options.set(DhcpOption::ParameterRequestList, QByteArray("\x01\x03\x06", 3));
    QNetworkDatagram datagram(discover.serialize(), QHostAddress(QHostAddress::Broadcast), 67);
    const QNetworkInterface nic = QNetworkInterface::interfaceFromName(m_interfaceName);
    if (nic.isValid())
        datagram.setInterfaceIndex(uint(nic.index()));
    if (m_socket->writeDatagram(datagram) < 0)
        qCWarning(lcDhcp) << "rival probe: cannot send:" << m_socket->errorString();
}

void RivalProbe::readReplies()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(DhcpPacket::MaxSize + 1);
        const auto reply = DhcpPacket::parse(datagram.data());
        if (!reply || reply->op != DhcpPacket::BootReply || reply->xid != m_xid || reply->mac() != m_mac
            || reply->messageType() != DhcpMessageType::Offer)
            continue;
        RivalDhcpServer rival;
        rival.server = reply->options.address(DhcpOption::ServerIdentifier).value_or(datagram.senderAddress());
        if (rival.server == m_ownAddress)
            continue;
        rival.offered = reply->yiaddr;
        rival.router = reply->options.address(DhcpOption::Router).value_or(QHostAddress());
        rival.subnetMask = reply->options.address(DhcpOption::SubnetMask).value_or(QHostAddress());
        rival.interfaceName = m_interfaceName;
        if (!m_rivals.contains(rival))
            m_rivals.append(rival);
    }
}

void RivalProbe::finish()
{
    m_resend.stop();
    if (m_socket) {
        readReplies();
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    emit finished(m_rivals);
}

} // namespace Bootcast
