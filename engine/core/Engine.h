#pragma once

#include "ClientState.h"
#include "Profile.h"
#include "ServiceState.h"
#include "TrafficEvent.h"
#include "dhcp/Lease.h"
#include "dhcp/RivalProbe.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Bootcast {

class ClientTracker;
class DhcpServer;
class EventSink;
class Server;

// Runs every server of one profile. A worker object: the application moves it to its own QThread
// and talks to it only through queued calls; it answers only through queued signals carrying
// value types. Sockets are created in start(), i.e. in the engine thread.
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    // Registers the value types that cross threads. Call once before connecting across threads.
    static void registerMetaTypes();

    bool isRunning() const { return m_running; }
    QList<ServiceState> serviceStates() const;

    enum class RivalCheckMode {
        Check,         // full mode on a chosen adapter: look for another DHCP server before serving
        AlreadyChecked // the caller just ran checkForRivalDhcp() and decided
    };

public slots:
    void start(const Bootcast::Profile &profile, Bootcast::Engine::RivalCheckMode rivalCheck = RivalCheckMode::Check);
    void stop();
    void reload(const Bootcast::Profile &profile);
    // Looks for another DHCP server on the adapter without serving anything; answers with rivalCheckFinished().
    void checkForRivalDhcp(const QString &interfaceName, const QHostAddress &ownAddress, quint64 requestId = 0);
    // Leases tab actions while serving in full mode.
    void releaseLease(const Bootcast::MacAddress &mac);
    void setBindings(const QList<Bootcast::Binding> &bindings);

signals:
    void serviceStateChanged(const Bootcast::ServiceState &state);
    void trafficBatch(const Bootcast::TrafficEventList &events);
    void leasesChanged(const Bootcast::LeaseList &leases);
    // Full mode, with an adapter chosen: what the check for other DHCP servers found (empty: none),
    // before the DHCP server starts. With a finding the DHCP server does not start unless the profile
    // sets dhcp.allowOtherServers.
    void rivalDhcpChecked(const QList<Bootcast::RivalDhcpServer> &rivals);
    void rivalCheckFinished(const Bootcast::RivalCheck &result);
    // Machines whose boot progressed (batched, at most ten a second).
    void clientsUpdated(const Bootcast::ClientStateList &clients);
    // Emitted once start() has tried every service; ok is false when any enabled service failed.
    void started(bool ok);
    void stopped();

private:
    void addServer(Server *server);
    void reportDisabled(Service service);
    void startAfterRivalCheck(DhcpServer *server, bool othersOk);
    DhcpServer *mainDhcpServer() const;

    Profile m_profile;
    EventSink *m_sink = nullptr;
    ClientTracker *m_tracker = nullptr;
    QList<QPointer<Server>> m_servers;
    bool m_running = false;
    quint64 m_startGeneration = 0;
};

} // namespace Bootcast
