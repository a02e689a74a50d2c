#include "DhcpResponder.h"

#include "LeaseStore.h"

#include <QCoreApplication>

namespace Bootcast {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::DhcpResponder)
};

bool isZero(const QHostAddress &address)
{
    return address.isNull() || address.toIPv4Address() == 0;
}

// PXE 2.1 vendor options (43): discovery control 8 = "boot the file named in this offer, do not
// look for boot servers or show a menu".
QByteArray pxeVendorOptions()
{
    QByteArray payload = encodeSubOptions({{6, QByteArray(1, char(0x08))}});
    payload.append(char(0xff));
    return payload;
}

// iPXE encapsulated options (175): 176 no-pxedhcp = 1, so iPXE does not wait for ProxyDHCP offers.
QByteArray ipxeNoProxyWait()
{
    return encodeSubOptions({{176, QByteArray(1, char(1))}});
}

} // namespace

DhcpResponder::DhcpResponder(const Profile &profile, LeaseStore &leases, const BootPolicy &policy, Role role)
    : m_profile(profile),
      m_leases(leases),
      m_policy(policy),
      m_role(role),
      m_service(role == Role::ProxyBoot ? Service::ProxyDhcp : Service::Dhcp)
{
}

const Binding *DhcpResponder::bindingFor(const MacAddress &mac) const
{
    for (const Binding &b : m_profile.dhcp.bindings) {
        if (b.mac == mac)
            return &b;
    }
    return nullptr;
}

bool DhcpResponder::inPool(quint32 address) const
{
    if (m_profile.dhcp.poolBegin.isNull() || m_profile.dhcp.poolEnd.isNull())
        return false;
    return address >= m_profile.dhcp.poolBegin.toIPv4Address() && address <= m_profile.dhcp.poolEnd.toIPv4Address();
}

bool DhcpResponder::inSubnet(const QHostAddress &address) const
{
    const quint32 mask = m_profile.dhcp.subnetMask.toIPv4Address();
    return (address.toIPv4Address() & mask) == (m_profile.serverAddress.toIPv4Address() & mask);
}

DhcpResponder::Fit DhcpResponder::fitFor(quint32 address, const MacAddress &mac, qint64 now) const
{
    const quint32 mask = m_profile.dhcp.subnetMask.toIPv4Address();
    if (address == m_profile.serverAddress.toIPv4Address() || address == m_profile.dhcp.router.toIPv4Address()
        || (address & ~mask) == 0 || (address & ~mask) == ~mask)
        return Fit::No;
    const Binding *own = bindingFor(mac);
    for (const Binding &b : m_profile.dhcp.bindings) {
        if (!b.address.isNull() && b.address.toIPv4Address() == address && b.mac != mac)
            return Fit::No; // reserved for another machine
    }
    const bool isOwnStatic = own && !own->address.isNull() && own->address.toIPv4Address() == address;
    if (!isOwnStatic && !inPool(address))
        return Fit::No;
    const QHostAddress host(address);
    if (m_leases.isQuarantined(host, now))
        return Fit::No;
    const Lease *holder = m_leases.byAddress(host);
    if (!holder || holder->mac == mac)
        return Fit::Free;
    const bool held = (holder->state == Lease::State::Bound || holder->state == Lease::State::Offered)
        && holder->expiresAt > now;
    return held ? Fit::No : Fit::Reclaim;
}

std::optional<QHostAddress> DhcpResponder::allocate(const MacAddress &mac, const QHostAddress &requested,
                                                    qint64 now) const
{
    if (const Binding *b = bindingFor(mac); b && !b->address.isNull())
        return fitFor(b->address.toIPv4Address(), mac, now) == Fit::No ? std::nullopt
                                                                       : std::optional<QHostAddress>(b->address);
    if (const Lease *own = m_leases.byMac(mac); own && fitFor(own->address.toIPv4Address(), mac, now) != Fit::No)
        return own->address;
    if (!isZero(requested) && fitFor(requested.toIPv4Address(), mac, now) == Fit::Free)
        return requested;
    if (m_profile.dhcp.poolBegin.isNull() || m_profile.dhcp.poolEnd.isNull())
        return std::nullopt;

    // Start at a place derived from the MAC so a machine tends to get the same address even
    // without a lease record; take a never-used address first, then reclaim the oldest free one.
    const quint32 begin = m_profile.dhcp.poolBegin.toIPv4Address();
    const quint32 size = m_profile.dhcp.poolEnd.toIPv4Address() - begin + 1;
    const quint32 start = quint32(qHash(mac) % size);
    std::optional<quint32> reclaim;
    qint64 reclaimExpiry = std::numeric_limits<qint64>::max();
    for (quint32 i = 0; i < size; ++i) {
        const quint32 address = begin + (start + i) % size;
        const Fit fit = fitFor(address, mac, now);
        if (fit == Fit::Free)
            return QHostAddress(address);
        if (fit == Fit::Reclaim) {
            const Lease *holder = m_leases.byAddress(QHostAddress(address));
            const qint64 expiry = holder ? holder->expiresAt : 0;
            if (expiry < reclaimExpiry) {
                reclaim = address;
                reclaimExpiry = expiry;
            }
        }
    }
    if (reclaim)
        return QHostAddress(*reclaim);
    return std::nullopt;
}

TrafficEvent DhcpResponder::event(TrafficEvent::Kind kind, const DhcpClientInfo &client, const QHostAddress &address,
                                  const QString &detail) const
{
    TrafficEvent e = TrafficEvent::make(m_service, kind, detail);
    e.mac = client.mac;
    if (!isZero(address))
        e.subject = address.toString();
    if (client.arch)
        e.arch = quint8(qMin<quint16>(*client.arch, 0xfe));
    e.clientFlags = quint8((client.isPxe ? TrafficEvent::PxeClient : 0) | (client.isIpxe ? TrafficEvent::IpxeClient : 0)
                           | (client.isHttpClient ? TrafficEvent::HttpBootClient : 0));
    return e;
}

DhcpResponder::Outcome DhcpResponder::handle(const DhcpPacket &request, const Received &received) const
{
    Outcome out;
    if (request.op != DhcpPacket::BootRequest)
        return out;
    const DhcpMessageType type = request.messageType();
    if (type == DhcpMessageType::None)
        return out; // plain BOOTP is not served
    const DhcpClientInfo client = DhcpClientInfo::from(request);
    if (client.mac.isNull())
        return out; // not Ethernet; nothing to key a lease on

    if (m_profile.dhcp.allowListOnly && !bindingFor(client.mac)) {
        if (type == DhcpMessageType::Discover || type == DhcpMessageType::Request) {
            TrafficEvent e = event(TrafficEvent::Kind::Ignored, client, QHostAddress(),
                                   Tr::tr("not on the allow list (add a binding for this MAC to serve it)"));
            e.peer = received.source;
            out.events.append(e);
        }
        return out;
    }

    if (!isZero(request.giaddr) && !inSubnet(request.giaddr) && m_role == Role::Full) {
        TrafficEvent e = event(TrafficEvent::Kind::Ignored, client, QHostAddress(),
                               Tr::tr("relayed from %1, a subnet this profile has no pool for").arg(request.giaddr.toString()));
        out.events.append(e);
        return out;
    }

    if (m_role == Role::Full)
        handleFull(request, client, received, out);
    else
        handleProxy(request, client, received, out);
    for (TrafficEvent &e : out.events) {
        if (e.peer.isNull() && !isZero(received.source))
            e.peer = received.source;
    }
    return out;
}

void DhcpResponder::handleFull(const DhcpPacket &request, const DhcpClientInfo &client, const Received &received,
                               Outcome &out) const
{
    const qint64 now = received.now;
    const Binding *binding = bindingFor(client.mac);
    const QHostAddress serverId = request.options.address(DhcpOption::ServerIdentifier).value_or(QHostAddress());
    const QHostAddress requested = request.options.address(DhcpOption::RequestedAddress).value_or(QHostAddress());
    const bool forUs = isZero(serverId) || serverId == m_profile.serverAddress;

    switch (request.messageType()) {
    case DhcpMessageType::Discover: {
        const auto address = allocate(client.mac, requested, now);
        if (!address) {
            out.events.append(event(TrafficEvent::Kind::PoolExhausted, client, QHostAddress(),
                                    Tr::tr("no free address in %1 - %2: enlarge the pool or shorten the lease time")
                                        .arg(m_profile.dhcp.poolBegin.toString(), m_profile.dhcp.poolEnd.toString())));
            return;
        }
        DhcpPacket reply = makeReply(request, DhcpMessageType::Offer);
        reply.yiaddr = *address;
        addLeaseOptions(reply, request, binding);
        const BootPolicy::Decision boot = addBootOptions(reply, request, client, binding);
        fitToMaxSize(reply, request);
        Lease lease;
        lease.mac = client.mac;
        lease.address = *address;
        lease.expiresAt = now + OfferHoldSeconds;
        lease.hostname = binding && !binding->hostname.isEmpty() ? binding->hostname : client.hostname;
        lease.isStatic = binding && !binding->address.isNull();
        out.tentative = lease;
        out.reply = reply;
        QString detail = boot.boot ? Tr::tr("%1, boot %2").arg(BootPolicy::archDisplayName(client.arch), boot.bootFile)
                                   : (client.wantsBoot() ? boot.problem : Tr::tr("no boot file (not a PXE client)"));
        out.events.append(event(TrafficEvent::Kind::Offered, client, *address, detail));
        route(out, request, received);
        return;
    }
    case DhcpMessageType::Request: {
        QHostAddress wanted;
        if (!isZero(serverId)) {
            // SELECTING: the client picked one offer. Not ours: forget our offer quietly.
            if (!forUs) {
                m_leases.dropOffer(client.mac);
                return;
            }
            wanted = requested;
        } else if (!isZero(requested)) {
            wanted = requested; // INIT-REBOOT
        } else {
            wanted = request.ciaddr; // RENEWING / REBINDING
        }
        if (isZero(wanted)) {
            out = nak(request, client, received, Tr::tr("REQUEST names no address"));
            return;
        }
        if (!inSubnet(wanted)) {
            out = nak(request, client, received, Tr::tr("%1 is not on this network").arg(wanted.toString()));
            return;
        }
        if (binding && !binding->address.isNull() && binding->address != wanted) {
            out = nak(request, client, received,
                      Tr::tr("this machine is bound to %1, not %2").arg(binding->address.toString(), wanted.toString()));
            return;
        }
        if (fitFor(wanted.toIPv4Address(), client.mac, now) == Fit::No) {
            out = nak(request, client, received, Tr::tr("%1 is not available to this machine").arg(wanted.toString()));
            return;
        }
        DhcpPacket reply = makeReply(request, DhcpMessageType::Ack);
        reply.yiaddr = wanted;
        reply.ciaddr = request.ciaddr;
        addLeaseOptions(reply, request, binding);
        const BootPolicy::Decision boot = addBootOptions(reply, request, client, binding);
        fitToMaxSize(reply, request);
        Lease lease;
        lease.mac = client.mac;
        lease.address = wanted;
        lease.state = Lease::State::Bound;
        lease.expiresAt = now + m_profile.dhcp.leaseSeconds;
        lease.hostname = binding && !binding->hostname.isEmpty() ? binding->hostname : client.hostname;
        lease.isStatic = binding && !binding->address.isNull();
        out.durable = lease;
        out.reply = reply;
        const Lease *before = m_leases.byMac(client.mac);
        const bool renewal = before && before->state == Lease::State::Bound && before->address == wanted;
        QString detail = renewal ? Tr::tr("renewed for %n s", nullptr, int(m_profile.dhcp.leaseSeconds))
                                 : Tr::tr("leased for %n s", nullptr, int(m_profile.dhcp.leaseSeconds));
        if (boot.boot)
            detail += u", " + Tr::tr("%1, boot %2").arg(BootPolicy::archDisplayName(client.arch), boot.bootFile);
        else if (client.wantsBoot() && !boot.problem.isEmpty())
            detail += u", " + boot.problem;
        out.events.append(event(TrafficEvent::Kind::Acked, client, wanted, detail));
        route(out, request, received);
        return;
    }
    case DhcpMessageType::Decline: {
        const Lease *lease = m_leases.byMac(client.mac);
        if (!forUs || isZero(requested) || !lease || lease->address != requested)
            return;
        Lease quarantine = *lease;
        quarantine.state = Lease::State::Declined;
        quarantine.expiresAt = received.now + DeclineQuarantineSeconds;
        out.durable = quarantine;
        out.events.append(event(TrafficEvent::Kind::Declined, client, requested,
                                Tr::tr("the machine found the address in use; kept out of the pool for %n min", nullptr,
                                   int(DeclineQuarantineSeconds / 60))));
        return;
    }
    case DhcpMessageType::Release: {
        const Lease *lease = m_leases.byMac(client.mac);
        if (!forUs || !lease || lease->address != request.ciaddr || lease->state != Lease::State::Bound)
            return;
        Lease released = *lease;
        released.state = Lease::State::Released;
        released.expiresAt = received.now;
        out.durable = released;
        out.events.append(event(TrafficEvent::Kind::Released, client, request.ciaddr, QString()));
        return;
    }
    case DhcpMessageType::Inform: {
        DhcpPacket reply = makeReply(request, DhcpMessageType::Ack);
        reply.ciaddr = request.ciaddr;
        addLeaseOptions(reply, request, binding);
        reply.options.remove(DhcpOption::LeaseTime);
        reply.options.remove(DhcpOption::RenewalTime);
        reply.options.remove(DhcpOption::RebindingTime);
        addBootOptions(reply, request, client, binding);
        fitToMaxSize(reply, request);
        out.reply = reply;
        out.events.append(event(TrafficEvent::Kind::Informed, client, request.ciaddr, QString()));
        route(out, request, received);
        return;
    }
    default:
        return;
    }
}

void DhcpResponder::handleProxy(const DhcpPacket &request, const DhcpClientInfo &client, const Received &received,
                                Outcome &out) const
{
    if (!client.wantsBoot())
        return; // proxy mode: the other DHCP server serves this one
    const DhcpMessageType type = request.messageType();
    DhcpMessageType replyType;
    if (m_role == Role::Proxy && type == DhcpMessageType::Discover)
        replyType = DhcpMessageType::Offer;
    else if (m_role == Role::ProxyBoot && (type == DhcpMessageType::Request || type == DhcpMessageType::Inform))
        replyType = DhcpMessageType::Ack;
    else
        return;

    const Binding *binding = bindingFor(client.mac);
    DhcpPacket reply = makeReply(request, replyType);
    reply.ciaddr = m_role == Role::ProxyBoot ? request.ciaddr : QHostAddress(quint32(0));
    const BootPolicy::Decision boot = addBootOptions(reply, request, client, binding);
    if (!boot.boot) {
        out.events.append(event(TrafficEvent::Kind::Ignored, client, QHostAddress(), boot.problem));
        return;
    }
    fitToMaxSize(reply, request);
    out.reply = reply;
    out.events.append(event(TrafficEvent::Kind::Offered, client, QHostAddress(),
                            Tr::tr("proxy: %1, boot %2").arg(BootPolicy::archDisplayName(client.arch), boot.bootFile)));
    if (m_role == Role::ProxyBoot) {
        // The client has an address by now: answer where it asked from.
        out.destination = isZero(request.ciaddr) ? received.source : request.ciaddr;
        out.port = received.sourcePort ? received.sourcePort : m_profile.dhcp.clientPort;
        if (isZero(out.destination))
            route(out, request, received);
        return;
    }
    route(out, request, received);
}

DhcpPacket DhcpResponder::replyHeader(const DhcpPacket &request, DhcpMessageType type) const
{
    DhcpPacket reply;
    reply.op = DhcpPacket::BootReply;
    reply.htype = request.htype;
    reply.hlen = request.hlen;
    reply.xid = request.xid;
    reply.flags = request.flags;
    reply.giaddr = request.giaddr;
    reply.chaddr = request.chaddr;
    reply.options.setUInt8(DhcpOption::MessageType, quint8(type));
    reply.options.setAddress(DhcpOption::ServerIdentifier, m_profile.serverAddress);
    // RFC 3046: relay agent information goes back unchanged, in every reply.
    if (request.options.contains(DhcpOption::RelayAgentInfo))
        reply.options.set(DhcpOption::RelayAgentInfo, request.options.value(DhcpOption::RelayAgentInfo));
    return reply;
}

DhcpPacket DhcpResponder::makeReply(const DhcpPacket &request, DhcpMessageType type) const
{
    DhcpPacket reply = replyHeader(request, type);
    // PXE: the machine UUID (97) is echoed too.
    if (request.options.contains(DhcpOption::ClientMachineId))
        reply.options.set(DhcpOption::ClientMachineId, request.options.value(DhcpOption::ClientMachineId));
    return reply;
}

void DhcpResponder::addLeaseOptions(DhcpPacket &reply, const DhcpPacket &request, const Binding *binding) const
{
    const QByteArray prl = request.options.value(DhcpOption::ParameterRequestList);
    const auto wants = [&prl](quint8 code) { return prl.isEmpty() || prl.contains(char(code)); };
    const quint32 lease = m_profile.dhcp.leaseSeconds;
    reply.options.setUInt32(DhcpOption::LeaseTime, lease);
    reply.options.setUInt32(DhcpOption::RenewalTime, lease / 2);
    reply.options.setUInt32(DhcpOption::RebindingTime, lease / 8 * 7);
    const QHostAddress mask = binding && !binding->subnetMask.isNull() ? binding->subnetMask : m_profile.dhcp.subnetMask;
    reply.options.setAddress(DhcpOption::SubnetMask, mask);
    const QHostAddress router = binding && !binding->router.isNull() ? binding->router : m_profile.dhcp.router;
    if (!router.isNull() && wants(DhcpOption::Router))
        reply.options.setAddress(DhcpOption::Router, router);
    const QList<QHostAddress> dns = binding && !binding->dns.isEmpty() ? binding->dns : m_profile.dhcp.dns;
    if (!dns.isEmpty() && wants(DhcpOption::DnsServers))
        reply.options.setAddresses(DhcpOption::DnsServers, dns);
    if (binding && !binding->hostname.isEmpty() && wants(DhcpOption::HostName))
        reply.options.setText(DhcpOption::HostName, binding->hostname);
    if (!m_profile.dhcp.domain.isEmpty() && wants(DhcpOption::DomainName))
        reply.options.setText(DhcpOption::DomainName, m_profile.dhcp.domain);
    if (prl.contains(char(DhcpOption::BroadcastAddress)))
        reply.options.setAddress(DhcpOption::BroadcastAddress, m_profile.effectiveBroadcast());
    if (binding) {
        for (auto it = binding->options.cbegin(); it != binding->options.cend(); ++it)
            reply.options.set(it.key(), it.value());
    }
}

BootPolicy::Decision DhcpResponder::addBootOptions(DhcpPacket &reply, const DhcpPacket &request,
                                                   const DhcpClientInfo &client, const Binding *binding) const
{
    const BootPolicy::Decision d = m_policy.decide(client, binding ? binding->bootFile : QString());
    if (!d.boot)
        return d;
    const QByteArray prl = request.options.value(DhcpOption::ParameterRequestList);
    const QHostAddress fileServer = m_profile.effectiveFileServer();
    reply.siaddr = fileServer;
    const QByteArray file = d.bootFile.toUtf8();
    if (file.size() < 128)
        reply.file = file;
    if (file.size() >= 128 || prl.contains(char(DhcpOption::BootFileName)))
        reply.options.set(DhcpOption::BootFileName, file);
    if (prl.contains(char(DhcpOption::TftpServerName)))
        reply.options.setText(DhcpOption::TftpServerName, fileServer.toString());
    reply.options.setText(DhcpOption::VendorClass, d.vendorClass);
    if (d.vendorClass == u"PXEClient" && !client.isIpxe)
        reply.options.set(DhcpOption::VendorSpecific, pxeVendorOptions());
    if (client.isIpxe && m_role == Role::Full)
        reply.options.set(DhcpOption::IpxeEncapsulated, ipxeNoProxyWait());
    return d;
}

void DhcpResponder::fitToMaxSize(DhcpPacket &reply, const DhcpPacket &request) const
{
    // RFC 2131: without option 57 a client accepts 576-byte IP datagrams (548 bytes of DHCP).
    const qsizetype maxMessage = qBound<qsizetype>(DhcpPacket::DefaultMaxSize,
                                                   request.options.uint16(DhcpOption::MaxMessageSize).value_or(576),
                                                   1500) - 28;
    const QByteArray prl = request.options.value(DhcpOption::ParameterRequestList);
    static const QList<quint8> essential{DhcpOption::MessageType,   DhcpOption::ServerIdentifier,
                                         DhcpOption::LeaseTime,     DhcpOption::SubnetMask,
                                         DhcpOption::RelayAgentInfo, DhcpOption::VendorClass,
                                         DhcpOption::BootFileName,  DhcpOption::RenewalTime,
                                         DhcpOption::RebindingTime};
    if (reply.serialize().size() <= maxMessage)
        return;
    const QList<quint8> codes = reply.options.all().keys();
    for (auto it = codes.crbegin(); it != codes.crend() && reply.serialize().size() > maxMessage; ++it) {
        if (!essential.contains(*it) && !prl.contains(char(*it)))
            reply.options.remove(*it);
    }
}

void DhcpResponder::route(Outcome &out, const DhcpPacket &request, const Received &received) const
{
    Q_UNUSED(received);
    const quint16 clientPort = m_profile.dhcp.clientPort;
    const DhcpMessageType type = out.reply ? out.reply->messageType() : DhcpMessageType::None;
    // RFC 2131 4.1, in its order.
    if (!isZero(request.giaddr)) {
        out.destination = request.giaddr;
        out.port = m_profile.dhcp.port;
        if (type == DhcpMessageType::Nak && out.reply)
            out.reply->flags |= DhcpPacket::BroadcastFlag;
    } else if (type == DhcpMessageType::Nak) {
        out.destination = QHostAddress(QHostAddress::Broadcast);
        out.port = clientPort;
    } else if (!isZero(request.ciaddr)) {
        out.destination = request.ciaddr;
        out.port = clientPort;
    } else if (request.isBroadcast() || !out.reply || isZero(out.reply->yiaddr)) {
        out.destination = m_profile.dhcp.broadcast.isNull() ? QHostAddress(QHostAddress::Broadcast)
                                                            : m_profile.dhcp.broadcast;
        out.port = clientPort;
    } else {
        out.destination = out.reply->yiaddr;
        out.port = clientPort;
        out.viaHardwareAddress = true;
    }
}

DhcpResponder::Outcome DhcpResponder::nak(const DhcpPacket &request, const DhcpClientInfo &client,
                                          const Received &received, const QString &reason) const
{
    Outcome out;
    DhcpPacket reply = replyHeader(request, DhcpMessageType::Nak);
    reply.options.setText(DhcpOption::Message, reason);
    out.reply = reply;
    TrafficEvent e = event(TrafficEvent::Kind::Naked, client, QHostAddress(), reason);
    e.peer = received.source;
    out.events.append(e);
    route(out, request, received);
    return out;
}

} // namespace Bootcast
