#pragma once

#include "BootPolicy.h"
#include "DhcpPacket.h"
#include "Lease.h"
#include "core/Profile.h"
#include "core/TrafficEvent.h"

#include <optional>

namespace Bootcast {

class LeaseStore;

// The DHCP protocol logic of one server: a request in, at most one reply out (with where to send
// it and which lease must be on disk first), plus the events to log. No sockets, no timers: the
// service around it owns those, so every rule here is unit-testable.
class DhcpResponder
{
public:
    enum class Role {
        Full,      // addresses for everybody, boot information for booting clients (port 67)
        Proxy,     // boot information only, no addresses (port 67 in proxy mode)
        ProxyBoot, // the PXE boot server answering REQUEST/INFORM on port 4011
    };

    struct Received
    {
        QHostAddress source;
        quint16 sourcePort = 0;
        qint64 now = 0; // seconds since the epoch
    };

    struct Outcome
    {
        std::optional<DhcpPacket> reply;
        QHostAddress destination;
        quint16 port = 0;
        bool viaHardwareAddress = false; // unicast to yiaddr at chaddr: needs an ARP entry, else broadcast
        std::optional<Lease> durable;    // must be committed before the reply leaves
        std::optional<Lease> tentative;  // an offer to hold in memory
        QList<TrafficEvent> events;
    };

    DhcpResponder(const Profile &profile, LeaseStore &leases, const BootPolicy &policy, Role role);

    Outcome handle(const DhcpPacket &request, const Received &received) const;

    // Which address this machine would get now, if any (used by DISCOVER; public for tests).
    std::optional<QHostAddress> allocate(const MacAddress &mac, const QHostAddress &requested, qint64 now) const;

    static constexpr qint64 OfferHoldSeconds = 60;
    static constexpr qint64 DeclineQuarantineSeconds = 600;

private:
    enum class Fit { No, Free, Reclaim };
    Fit fitFor(quint32 address, const MacAddress &mac, qint64 now) const;
    const Binding *bindingFor(const MacAddress &mac) const;
    bool inPool(quint32 address) const;
    bool inSubnet(const QHostAddress &address) const;

    void handleFull(const DhcpPacket &request, const DhcpClientInfo &client, const Received &received,
                    Outcome &out) const;
    void handleProxy(const DhcpPacket &request, const DhcpClientInfo &client, const Received &received,
                     Outcome &out) const;
    // Header, message type, server identifier and option 82: what every reply (NAK included) carries.
    DhcpPacket replyHeader(const DhcpPacket &request, DhcpMessageType type) const;
    DhcpPacket makeReply(const DhcpPacket &request, DhcpMessageType type) const;
    void addLeaseOptions(DhcpPacket &reply, const DhcpPacket &request, const Binding *binding) const;
    // Adds the boot information; returns the decision (boot false: nothing to boot).
    BootPolicy::Decision addBootOptions(DhcpPacket &reply, const DhcpPacket &request, const DhcpClientInfo &client,
                                        const Binding *binding) const;
    void fitToMaxSize(DhcpPacket &reply, const DhcpPacket &request) const;
    void route(Outcome &out, const DhcpPacket &request, const Received &received) const;
    Outcome nak(const DhcpPacket &request, const DhcpClientInfo &client, const Received &received,
                const QString &reason) const;
    TrafficEvent event(TrafficEvent::Kind kind, const DhcpClientInfo &client, const QHostAddress &address,
                       const QString &detail) const;

    const Profile &m_profile;
    LeaseStore &m_leases;
    const BootPolicy &m_policy;
    Role m_role;
    Service m_service;
};

} // namespace Bootcast
