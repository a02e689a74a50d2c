#include "Engine.h"

#include "ClientTracker.h"
#include "EventSink.h"
#include "LogCategories.h"
#include "Server.h"
#include "dhcp/DhcpServer.h"
#include "http/HttpServer.h"
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

void Engine::start(const Profile &profile)
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

    m_profile = profile;
    m_running = true;
    qCInfo(lcEngine) << "starting profile" << profile.name;

    if (profile.dhcp.mode == DhcpMode::Off) {
        reportDisabled(Service::Dhcp);
    } else {
        auto *dhcp = new DhcpServer(m_profile, m_sink, DhcpServer::Role::Main, this);
        connect(dhcp, &DhcpServer::leasesChanged, this, &Engine::leasesChanged);
        addServer(dhcp);
        if (profile.dhcp.mode == DhcpMode::Full && !profile.interfaceName.isEmpty())
            probeForRivals(dhcp);
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

    bool ok = true;
    for (const auto &server : std::as_const(m_servers)) {
        if (server && !server->start())
            ok = false;
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

void Engine::probeForRivals(DhcpServer *server)
{
    // Runs beside the starting server; two DHCP servers on one cable hand out conflicting addresses.
    auto *probe = new RivalProbe(m_profile.interfaceName, m_profile.serverAddress, this);
    server->ignoreClient(probe->probeMac());
    connect(probe, &RivalProbe::finished, this, [this, probe](const QList<RivalDhcpServer> &rivals) {
        probe->deleteLater();
        if (!m_running)
            return;
        for (const RivalDhcpServer &rival : rivals) {
            TrafficEvent event = TrafficEvent::make(
                Service::Dhcp, TrafficEvent::Kind::Warning,
                tr("another DHCP server answers on %1: %2 offered %3. Two DHCP servers on one network hand out "
                   "conflicting addresses: stop the other one, or switch this profile to proxy mode")
                    .arg(rival.interfaceName, rival.server.toString(), rival.offered.toString()));
            event.peer = rival.server;
            m_sink->post(event);
        }
        if (rivals.isEmpty())
            m_sink->post(TrafficEvent::make(Service::Dhcp, TrafficEvent::Kind::Info,
                                            tr("no other DHCP server answered on %1").arg(m_profile.interfaceName)));
        emit rivalDhcpChecked(rivals);
    });
    QString reason;
    if (!probe->start(RivalProbe::DefaultTimeoutMsecs, &reason)) {
        m_sink->post(TrafficEvent::make(Service::Dhcp, TrafficEvent::Kind::Warning,
                                        tr("could not check for other DHCP servers: %1").arg(reason)));
        probe->deleteLater();
    }
}

void Engine::reportDisabled(Service service)
{
    ServiceState state;
    state.service = service;
    state.status = ServiceState::Status::Disabled;
    emit serviceStateChanged(state);
}

} // namespace Bootcast
