#include "DhcpServer.h"

#include "BootPolicy.h"
#include "DhcpResponder.h"
#include "DhcpSocket.h"
#include "LeaseStore.h"
#include "core/EventSink.h"
#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QSet>
#include <QTimer>
#include <QUdpSocket>

namespace Bootcast {

namespace {
constexpr int MaxDatagramsPerTurn = 256;
constexpr int ExpiryIntervalMsecs = 15000;
constexpr qint64 NoticeIntervalMsecs = 10000;
} // namespace

struct DhcpServer::Private
{
    Private(const Profile &p, EventSink *s, Role r)
        : profile(p),
          sink(s),
          role(r),
          policy(BootPolicy::Config{p.boot.files, p.boot.chainloadIpxe, p.boot.ipxeScript, p.resolvedNetbootDir(),
                                    p.effectiveFileServer(), p.http.enabled, p.http.port})
    {
    }

    DhcpResponder::Role responderRole() const
    {
        if (role == Role::ProxyBoot)
            return DhcpResponder::Role::ProxyBoot;
        return profile.dhcp.mode == DhcpMode::Full ? DhcpResponder::Role::Full : DhcpResponder::Role::Proxy;
    }
    quint16 port() const { return role == Role::ProxyBoot ? profile.dhcp.proxyPort : profile.dhcp.port; }

    Profile profile;
    EventSink *sink;
    Role role;
    BootPolicy policy;
    LeaseStore leases;
    std::unique_ptr<DhcpResponder> responder;
    QUdpSocket *socket = nullptr;
    bool boundToDevice = false;
    int interfaceIndex = 0; // 0: any
    QString interfaceName;
    QTimer expiryTimer;
    QSet<MacAddress> ignored;
    qint64 otherInterfaceCount = 0;
    qint64 malformedCount = 0;
    qint64 lastNoticeMsecs = 0;
    QString lastMalformedReason;
    QHostAddress lastMalformedSource;
};

DhcpServer::DhcpServer(const Profile &profile, EventSink *sink, Role role, QObject *parent)
    : Server(parent), d(std::make_unique<Private>(profile, sink, role))
{
    d->expiryTimer.setParent(this);
    d->expiryTimer.setInterval(ExpiryIntervalMsecs);
    connect(&d->expiryTimer, &QTimer::timeout, this, [this] {
        if (d->leases.expire(QDateTime::currentSecsSinceEpoch()))
            emit leasesChanged(d->leases.leases());
    });
    connect(&d->leases, &LeaseStore::leasesChanged, this, [this] { emit leasesChanged(d->leases.leases()); });
    connect(&d->leases, &LeaseStore::writeFailed, this, [this](const QString &reason) {
        d->sink->post(TrafficEvent::make(Service::Dhcp, TrafficEvent::Kind::Error, reason));
    });
}

DhcpServer::~DhcpServer()
{
    stop();
}

Service DhcpServer::service() const
{
    return d->role == Role::ProxyBoot ? Service::ProxyDhcp : Service::Dhcp;
}

void DhcpServer::refuse(const QString &reason)
{
    ServiceState state;
    state.status = ServiceState::Status::Failed;
    state.address = QHostAddress(QHostAddress::AnyIPv4);
    state.port = d->port();
    state.reason = reason;
    setState(state);
    d->sink->post(TrafficEvent::make(service(), TrafficEvent::Kind::Error, reason));
}

void DhcpServer::ignoreClient(const MacAddress &mac)
{
    d->ignored.insert(mac);
}

bool DhcpServer::releaseLease(const MacAddress &mac)
{
    if (!d->socket || d->responderRole() != DhcpResponder::Role::Full)
        return false;
    const Lease *lease = d->leases.byMac(mac);
    if (!lease || lease->state != Lease::State::Bound)
        return false;
    Lease released = *lease;
    released.state = Lease::State::Released;
    released.expiresAt = QDateTime::currentSecsSinceEpoch();
    d->leases.commit(released);
    TrafficEvent event = TrafficEvent::make(Service::Dhcp, TrafficEvent::Kind::Released,
                                            tr("released by the operator; the machine must ask again"));
    event.mac = mac;
    event.peer = released.address;
    event.subject = released.address.toString();
    d->sink->post(event);
    return true;
}

void DhcpServer::setBindings(const QList<Binding> &bindings)
{
    d->profile.dhcp.bindings = bindings;
}

LeaseList DhcpServer::leases() const
{
    return d->leases.leases();
}

bool DhcpServer::start()
{
    ServiceState state;
    state.address = QHostAddress(QHostAddress::AnyIPv4);
    state.port = d->port();
    const auto failWith = [this, &state](const QString &reason) {
        state.status = ServiceState::Status::Failed;
        state.reason = reason;
        setState(state);
        d->sink->post(TrafficEvent::make(service(), TrafficEvent::Kind::Error, reason));
        return false;
    };

    // The chosen adapter must exist and hold the server address.
    d->interfaceName = d->profile.interfaceName;
    if (!d->interfaceName.isEmpty()) {
        const QNetworkInterface nic = QNetworkInterface::interfaceFromName(d->interfaceName);
        if (!nic.isValid())
            return failWith(tr("network adapter \"%1\" was not found: choose another one").arg(d->interfaceName));
        d->interfaceIndex = nic.index();
        bool holdsAddress = false;
        for (const QNetworkAddressEntry &entry : nic.addressEntries())
            holdsAddress = holdsAddress || entry.ip() == d->profile.serverAddress;
        if (!holdsAddress)
            return failWith(tr("address %1 is not on adapter %2: give the adapter that address or choose the "
                               "adapter's own address")
                                .arg(d->profile.serverAddress.toString(), d->interfaceName));
        if (!(nic.flags() & QNetworkInterface::IsRunning))
            d->sink->post(TrafficEvent::make(service(), TrafficEvent::Kind::Warning,
                                             tr("adapter %1 has no link: is the cable plugged in?").arg(d->interfaceName)));
    } else if (!QNetworkInterface::allAddresses().contains(d->profile.serverAddress)) {
        return failWith(tr("address %1 is not on this machine: choose the address of the network adapter")
                            .arg(d->profile.serverAddress.toString()));
    }

    if (d->responderRole() == DhcpResponder::Role::Full) {
        const auto opened = d->leases.open(d->profile.resolvedLeasesFile());
        if (!opened)
            return failWith(opened.error());
        d->leases.expire(QDateTime::currentSecsSinceEpoch());
    }
    d->responder = std::make_unique<DhcpResponder>(d->profile, d->leases, d->policy, d->responderRole());

    const bool shareable = d->responderRole() != DhcpResponder::Role::Full;
    QAbstractSocket::SocketError bindError = QAbstractSocket::UnknownSocketError;
    auto opened = openDhcpSocket(DhcpSocketOptions{d->port(), d->interfaceName, shareable}, this, &bindError);
    if (!opened && shareable && bindError == QAbstractSocket::AddressInUseError) {
        return failWith(tr("UDP port %1 is held exclusively by another DHCP server on this machine. Proxy mode "
                           "shares the port only with a server that allows it (dnsmasq: --bind-interfaces or "
                           "--bind-dynamic); otherwise run Bootcast on another machine")
                            .arg(d->port()));
    }
    if (!opened)
        return failWith(opened.error());
    d->socket = opened->socket;
    d->boundToDevice = opened->boundToDevice;
    connect(d->socket, &QUdpSocket::readyRead, this, &DhcpServer::readPending);
    d->expiryTimer.start();

    state.status = ServiceState::Status::Listening;
    if (!d->interfaceName.isEmpty())
        state.reason = tr("on adapter %1 only").arg(d->interfaceName);
    else if (d->responderRole() == DhcpResponder::Role::Full)
        state.reason = tr("on every adapter: choose one in the profile so no other network gets addresses");
    setState(state);
    if (d->responderRole() == DhcpResponder::Role::Full)
        emit leasesChanged(d->leases.leases());
    qCInfo(lcDhcp) << "listening on port" << d->port() << "interface" << d->interfaceName << "bound to device"
                   << d->boundToDevice;
    return true;
}

void DhcpServer::stop()
{
    if (d->socket) {
        d->socket->close();
        delete d->socket;
        d->socket = nullptr;
    }
    d->expiryTimer.stop();
    d->leases.close();
    if (state().status == ServiceState::Status::Listening) {
        ServiceState stopped = state();
        stopped.status = ServiceState::Status::Stopped;
        stopped.reason.clear();
        setState(stopped);
    }
}

void DhcpServer::readPending()
{
    for (int i = 0; i < MaxDatagramsPerTurn && d->socket && d->socket->hasPendingDatagrams(); ++i) {
        const QNetworkDatagram datagram = d->socket->receiveDatagram(DhcpPacket::MaxSize + 1);
        if (!datagram.isValid())
            continue;
        handleDatagram(datagram);
    }
    if (d->socket && d->socket->hasPendingDatagrams())
        QTimer::singleShot(0, this, &DhcpServer::readPending);
}

void DhcpServer::handleDatagram(const QNetworkDatagram &datagram)
{
    const qint64 nowMsecs = QDateTime::currentMSecsSinceEpoch();
    if (d->interfaceIndex != 0 && !d->boundToDevice && int(datagram.interfaceIndex()) != d->interfaceIndex) {
        ++d->otherInterfaceCount; // a laptop's Wi-Fi or VPN: never answered
        noteIgnored(nowMsecs);
        return;
    }
    const auto packet = DhcpPacket::parse(datagram.data());
    if (!packet) {
        ++d->malformedCount;
        d->lastMalformedReason = packet.error();
        d->lastMalformedSource = datagram.senderAddress();
        qCDebug(lcDhcp) << "malformed datagram from" << datagram.senderAddress() << packet.error();
        noteIgnored(nowMsecs);
        return;
    }
    if (d->ignored.contains(packet->mac()))
        return;
    qCDebug(lcDhcp) << messageTypeName(packet->messageType()) << "from" << packet->mac().toString() << "via"
                    << datagram.senderAddress() << "if" << datagram.interfaceIndex();

    DhcpResponder::Received received;
    received.source = datagram.senderAddress();
    if (received.source.protocol() == QAbstractSocket::IPv6Protocol) {
        bool ok = false;
        const quint32 v4 = received.source.toIPv4Address(&ok);
        received.source = ok ? QHostAddress(v4) : QHostAddress();
    }
    received.sourcePort = quint16(datagram.senderPort());
    received.now = nowMsecs / 1000;
    DhcpResponder::Outcome outcome = d->responder->handle(*packet, received);

    for (const TrafficEvent &event : std::as_const(outcome.events))
        d->sink->post(event);
    if (outcome.tentative)
        d->leases.offer(*outcome.tentative);

    const int arrival = int(datagram.interfaceIndex());
    if (outcome.durable) {
        // The ACK leaves only once its lease is on disk (group commit: one fsync for many).
        const MacAddress mac = outcome.durable->mac;
        d->leases.commit(*outcome.durable, [this, outcome, arrival, mac](bool ok) {
            if (!ok) {
                d->sink->post(TrafficEvent::make(Service::Dhcp, TrafficEvent::Kind::Error,
                                                 tr("lease for %1 not saved, so not acknowledged").arg(mac.toString())));
                return;
            }
            if (outcome.reply)
                send(outcome, arrival);
        });
        return;
    }
    if (outcome.reply)
        send(outcome, arrival);
}

void DhcpServer::send(const DhcpResponder::Outcome &outcome, int arrivalInterface)
{
    if (!d->socket)
        return;
    const int ifindex = d->interfaceIndex != 0 ? d->interfaceIndex : arrivalInterface;
    QHostAddress destination = outcome.destination;
    if (outcome.viaHardwareAddress) {
        const QString ifname = d->interfaceName.isEmpty() ? QNetworkInterface::interfaceNameFromIndex(ifindex)
                                                          : d->interfaceName;
        if (!addArpEntry(ifname, destination, outcome.reply->chaddr.left(6)))
            destination = QHostAddress(QHostAddress::Broadcast); // no ARP entry possible: broadcast instead
    }
    QNetworkDatagram datagram(outcome.reply->serialize(), destination, outcome.port);
    if (ifindex > 0)
        datagram.setInterfaceIndex(uint(ifindex));
    if (d->socket->writeDatagram(datagram) < 0) {
        TrafficEvent event = TrafficEvent::make(
            service(), TrafficEvent::Kind::Error,
            tr("cannot send to %1: %2").arg(destination.toString(), d->socket->errorString()));
        event.mac = outcome.reply->mac();
        d->sink->post(event);
    }
}

void DhcpServer::noteIgnored(qint64 nowMsecs)
{
    // Summarised at most every ten seconds, so a flood cannot flood the log.
    if (nowMsecs - d->lastNoticeMsecs < NoticeIntervalMsecs)
        return;
    d->lastNoticeMsecs = nowMsecs;
    if (d->otherInterfaceCount > 0) {
        d->sink->post(TrafficEvent::make(service(), TrafficEvent::Kind::Ignored,
                                         tr("%n request(s) from other adapters ignored (serving %1 only)", nullptr,
                                            int(qMin<qint64>(d->otherInterfaceCount, INT_MAX)))
                                             .arg(d->interfaceName)));
        d->otherInterfaceCount = 0;
    }
    if (d->malformedCount > 0) {
        TrafficEvent event = TrafficEvent::make(
            service(), TrafficEvent::Kind::Warning,
            tr("%n malformed packet(s) ignored; last: %1", nullptr, int(qMin<qint64>(d->malformedCount, INT_MAX)))
                .arg(d->lastMalformedReason));
        event.peer = d->lastMalformedSource;
        d->sink->post(event);
        d->malformedCount = 0;
    }
}

} // namespace Bootcast
