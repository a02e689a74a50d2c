#pragma once

#include "DhcpResponder.h"
#include "Lease.h"
#include "core/Profile.h"
#include "core/Server.h"

#include <memory>

class QNetworkDatagram;

namespace Bootcast {

class EventSink;

// DHCP service. Role Main listens on the profile's DHCP port (67) in full or proxy mode;
// role ProxyBoot listens on the PXE boot-server port (4011) in proxy mode.
class DhcpServer : public Server
{
    Q_OBJECT

public:
    enum class Role { Main, ProxyBoot };

    DhcpServer(const Profile &profile, EventSink *sink, Role role, QObject *parent = nullptr);
    ~DhcpServer() override;

    Service service() const override;
    bool start() override;
    void stop() override;

    LeaseList leases() const;
    // Reports Failed with reason without opening anything (e.g. another DHCP server was found).
    void refuse(const QString &reason);
    // Requests from this MAC are not answered (the rival probe's own DISCOVER).
    void ignoreClient(const MacAddress &mac);
    // Ends the machine's lease now, journaled like its own DHCPRELEASE (the technician's "release").
    // False when it holds no bound lease here.
    bool releaseLease(const MacAddress &mac);
    // Replaces the static bindings while serving ("make static"); the next request uses them.
    void setBindings(const QList<Bootcast::Binding> &bindings);

signals:
    void leasesChanged(const Bootcast::LeaseList &leases);

private:
    void readPending();
    void handleDatagram(const QNetworkDatagram &datagram);
    void send(const DhcpResponder::Outcome &outcome, int arrivalInterface);
    void noteIgnored(qint64 nowMsecs);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Bootcast
