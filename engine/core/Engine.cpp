#include "Engine.h"

#include "ClientTracker.h"
#include "EventSink.h"
#include "LogCategories.h"
#include "Server.h"
#include "dhcp/DhcpServer.h"
#include "http/HttpServer.h"
#include "nbd/NbdServer.h"
#include "tftp/TftpServer.h"

#include <QCoreApplication>

namespace Bootcast {

Engine::Engine(QObject *parent) : QObject(parent) {}

Engine::~Engine()
{
    stop();
}

void Engine::registerMetaTypes()
{
    qRegisterMetaType<Bootcast::Profile>();
    qRegisterMetaType<Bootcast::ServiceState>();
    qRegisterMetaType<Bootcast::TrafficEvent>();
    qRegisterMetaType<Bootcast::TrafficEventList>();
    qRegisterMetaType<Bootcast::MacAddress>();
    qRegisterMetaType<Bootcast::Service>();
    qRegisterMetaType<Bootcast::Lease>();
    qRegisterMetaType<Bootcast::LeaseList>();
    qRegisterMetaType<Bootcast::ClientState>();
    qRegisterMetaType<Bootcast::ClientStateList>();
    qRegisterMetaType<Bootcast::RivalDhcpServer>();
    qRegisterMetaType<QList<Bootcast::RivalDhcpServer>>();
    qRegisterMetaType<Bootcast::RivalCheck>();
}

QList<ServiceState> Engine::serviceStates() const
{
    QList<ServiceState> states;
    for (const auto &server : m_servers) {
        if (server)
            states.append(server->state());
    }
    return states;
}

void Engine::start(const Profile &profile, RivalCheckMode rivalCheck)
{
    if (m_running)
        stop();
    if (!m_sink) {
        m_sink = new EventSink(this);
        connect(m_sink, &EventSink::batchReady, this, &Engine::trafficBatch);
        m_tracker = new ClientTracker(this);
        connect(m_sink, &EventSink::posted, m_tracker, &ClientTracker::consume);
        connect(m_tracker, &ClientTracker::clientsUpdated, this, &Engine::clientsUpdated);
    }

    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            m_sink->post(TrafficEvent::make(Service::Engine, TrafficEvent::Kind::Error, problem));
        m_sink->flush();
        emit started(false);
        return;
    }

    m_profile = profile.withListenersOnAdapter();
    m_running = true;
    qCInfo(lcEngine) << "starting profile" << profile.name;

    DhcpServer *checkFirst = nullptr;
    if (profile.dhcp.mode == DhcpMode::Off) {
        reportDisabled(Service::Dhcp);
    } else {
        auto *dhcp = new DhcpServer(m_profile, m_sink, DhcpServer::Role::Main, this);
        connect(dhcp, &DhcpServer::leasesChanged, this, &Engine::leasesChanged);
        addServer(dhcp);
        if (profile.dhcp.mode == DhcpMode::Full && !profile.interfaceName.isEmpty()
            && rivalCheck == RivalCheckMode::Check)
            checkFirst = dhcp;
        if (profile.dhcp.mode == DhcpMode::Proxy)
            addServer(new DhcpServer(m_profile, m_sink, DhcpServer::Role::ProxyBoot, this));
    }
    if (profile.tftp.enabled)
        addServer(new TftpServer(m_profile, m_sink, this));
    else
        reportDisabled(Service::Tftp);

    if (profile.http.enabled)
        addServer(new HttpServer(m_profile, m_sink, this));
    else
        reportDisabled(Service::Http);
    if (profile.nbd.enabled)
        addServer(new NbdServer(m_profile, m_sink, this));
    else
        reportDisabled(Service::Nbd);

    bool ok = true;
    for (const auto &server : std::as_const(m_servers)) {
        if (server && server != checkFirst && !server->start())
            ok = false;
    }
    if (checkFirst) {
        // Full mode on a chosen adapter: look for another DHCP server before serving; started()
        // follows once the DHCP server has started (or was refused).
        startAfterRivalCheck(checkFirst, ok);
        return;
    }
    m_sink->flush();
    emit started(ok);
}

void Engine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    for (const auto &server : std::as_const(m_servers)) {
        if (server) {
            server->stop();
            delete server.data();
        }
    }
    m_servers.clear();
    if (m_sink)
        m_sink->flush();
    if (m_tracker)
        m_tracker->flush();
    qCInfo(lcEngine) << "stopped";
    emit stopped();
}

void Engine::reload(const Profile &profile)
{
    stop();
    start(profile);
}

void Engine::addServer(Server *server)
{
    connect(server, &Server::stateChanged, this, &Engine::serviceStateChanged);
    m_servers.append(server);
}

void Engine::startAfterRivalCheck(DhcpServer *server, bool othersOk)
{
    auto *probe = new RivalProbe(m_profile.interfaceName, m_profile.serverAddress, this);
    server->ignoreClient(probe->probeMac());
    const QPointer<DhcpServer> guarded(server);
    const quint64 generation = ++m_startGeneration;
    auto finish = [this, probe, guarded, othersOk, generation](const QList<RivalDhcpServer> &rivals) {
        probe->deleteLater();
        if (!m_running || !guarded || generation != m_startGeneration)
            return; // stopped (or restarted) meanwhile
        bool ok = othersOk;
        QStringList found;
        for (const RivalDhcpServer &rival : rivals) {
            found << tr("%1 (offered %2)").arg(rival.server.toString(), rival.offered.toString());
            TrafficEvent event = TrafficEvent::make(
                Service::Dhcp, TrafficEvent::Kind::Warning,
                tr("another DHCP server answers on %1: %2 offered %3").arg(rival.interfaceName, rival.server.toString(),
                                                                         rival.offered.toString()));
            event.peer = rival.server;
            m_sink->post(event);
        }
        if (!probe->checked()) {
            m_sink->post(TrafficEvent::make(
                Service::Dhcp, TrafficEvent::Kind::Warning,
                tr("adapter %1 has no link, so no check for other DHCP servers was possible").arg(m_profile.interfaceName)));
        } else if (rivals.isEmpty()) {
            m_sink->post(TrafficEvent::make(Service::Dhcp, TrafficEvent::Kind::Info,
                                            tr("no other DHCP server answered on %1").arg(m_profile.interfaceName)));
        }
        if (!rivals.isEmpty() && !m_profile.dhcp.allowOtherServers) {
            // Two DHCP servers on one network hand out conflicting addresses: do not join in.
            guarded->refuse(tr("another DHCP server already serves %1: %2. Switch this profile to proxy mode "
                               "(that server keeps giving the addresses), stop the other server, or set "
                               "dhcp.allowOtherServers")
                                .arg(m_profile.interfaceName, found.join(QStringLiteral(", "))));
            ok = false;
        } else if (!guarded->start()) {
            ok = false;
        }
        emit rivalDhcpChecked(rivals);
        m_sink->flush();
        emit started(ok);
    };
    connect(probe, &RivalProbe::finished, this, finish);
    QString reason;
    if (!probe->start(RivalProbe::DefaultTimeoutMsecs, &reason, RivalProbe::LinkWaitMsecs)) {
        m_sink->post(TrafficEvent::make(Service::Dhcp, TrafficEvent::Kind::Warning,
                                        tr("could not check for other DHCP servers: %1").arg(reason)));
        disconnect(probe, nullptr, this, nullptr);
        probe->deleteLater();
        const bool ok = server->start() && othersOk;
        m_sink->flush();
        emit started(ok);
    }
}

DhcpServer *Engine::mainDhcpServer() const
{
    for (const auto &server : m_servers) {
        auto *dhcp = qobject_cast<DhcpServer *>(server.data());
        if (dhcp && dhcp->service() == Service::Dhcp)
            return dhcp;
    }
    return nullptr;
}

void Engine::checkForRivalDhcp(const QString &interfaceName, const QHostAddress &ownAddress, quint64 requestId)
{
    auto *probe = new RivalProbe(interfaceName, ownAddress, this);
    if (DhcpServer *dhcp = mainDhcpServer())
        dhcp->ignoreClient(probe->probeMac());
    connect(probe, &RivalProbe::finished, this, [this, probe, interfaceName, requestId](const QList<RivalDhcpServer> &rivals) {
        probe->deleteLater();
        RivalCheck result;
        result.requestId = requestId;
        result.interfaceName = interfaceName;
        result.rivals = rivals;
        result.checked = probe->checked();
        if (!result.checked)
            result.reason = tr("adapter %1 has no link, so no check for other DHCP servers was possible").arg(interfaceName);
        emit rivalCheckFinished(result);
    });
    QString reason;
    if (!probe->start(RivalProbe::DefaultTimeoutMsecs, &reason, RivalProbe::LinkWaitMsecs)) {
        disconnect(probe, nullptr, this, nullptr);
        probe->deleteLater();
        RivalCheck result;
        result.requestId = requestId;
        result.interfaceName = interfaceName;
        result.reason = tr("could not check for other DHCP servers: %1").arg(reason);
        emit rivalCheckFinished(result);
    }
}

void Engine::releaseLease(const MacAddress &mac)
{
    DhcpServer *dhcp = mainDhcpServer();
    if ((!dhcp || !dhcp->releaseLease(mac)) && m_sink) {
        TrafficEvent event = TrafficEvent::make(Service::Dhcp, TrafficEvent::Kind::Warning,
                                                tr("%1 holds no lease to release").arg(mac.toString()));
        event.mac = mac;
        m_sink->post(event);
    }
}

void Engine::setBindings(const QList<Binding> &bindings)
{
    m_profile.dhcp.bindings = bindings;
    if (DhcpServer *dhcp = mainDhcpServer())
        dhcp->setBindings(bindings);
}

void Engine::reportDisabled(Service service)
{
    ServiceState state;
    state.service = service;
    state.status = ServiceState::Status::Disabled;
    emit serviceStateChanged(state);
}

} // namespace Bootcast
