#include "HttpServer.h"

#include "HttpConnection.h"
#include "core/EventSink.h"
#include "core/LogCategories.h"

#include <QDir>
#include <QElapsedTimer>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <climits>

namespace Bootcast {

struct HttpServer::Private
{
    HttpServer *q;
    Profile profile;
    EventSink *sink;
    HttpConnection::Context context;
    QTcpServer *listener = nullptr;
    QList<HttpConnection *> connections; // being served
    QList<HttpConnection *> busy;        // getting their 503
    QElapsedTimer busyWarningClock;
    qint64 busyRefusals = 0;

    Private(HttpServer *owner, const Profile &p, EventSink *s) : q(owner), profile(p), sink(s) {}

    void post(TrafficEvent::Kind kind, const QString &detail)
    {
        if (sink)
            sink->post(TrafficEvent::make(Service::Http, kind, detail));
    }

    void acceptConnections();
    void noteBusy(const QHostAddress &peer);
    void forget(HttpConnection *connection);
};

HttpServer::HttpServer(const Profile &profile, EventSink *sink, QObject *parent)
    : Server(parent), d(std::make_unique<Private>(this, profile, sink))
{
    d->context.sink = sink;
    d->context.idleTimeoutMsecs = DefaultIdleTimeoutMsecs;
}

HttpServer::~HttpServer()
{
    if (d->listener || !d->connections.isEmpty() || !d->busy.isEmpty())
        stop();
}

int HttpServer::connectionCount() const
{
    return int(d->connections.size());
}

int HttpServer::idleTimeoutMsecs() const
{
    return d->context.idleTimeoutMsecs;
}

void HttpServer::setIdleTimeoutMsecs(int msecs)
{
    d->context.idleTimeoutMsecs = std::max(1, msecs);
}

bool HttpServer::start()
{
    if (d->listener)
        stop();

    const Profile::Http &config = d->profile.http;
    d->context.files = FileResolver(d->profile.resolvedNetbootDir());
    d->context.serverAddress = d->profile.serverAddress;
    d->context.tftpPort = d->profile.tftp.port;
    d->context.renderTemplates = config.renderTemplates;
    d->context.directoryListing = config.directoryListing;

    ServiceState state;
    QTcpServer *listener =
        listenTcp(config.address, config.port, std::max(30, std::min(config.maxConnections, 1024)), &state);
    if (!listener) {
        d->post(TrafficEvent::Kind::Error, state.reason);
        qCWarning(lcHttp) << "cannot listen:" << state.reason;
        setState(state);
        return false;
    }
    d->listener = listener;
    connect(listener, &QTcpServer::newConnection, this, [this] { d->acceptConnections(); });
    d->busyRefusals = 0;
    d->busyWarningClock.invalidate();

    if (!d->context.files.rootExists()) {
        d->post(TrafficEvent::Kind::Warning,
                tr("the netboot folder \"%1\" does not exist: every request will fail; choose an existing "
                   "folder in the profile")
                    .arg(QDir::toNativeSeparators(d->context.files.root())));
    }

    state.status = ServiceState::Status::Listening;
    state.address = config.address;
    state.port = listener->serverPort();
    qCInfo(lcHttp) << "listening on" << config.address << state.port << "serving" << d->context.files.canonicalRoot();
    setState(state);
    return true;
}

void HttpServer::stop()
{
    if (d->listener) {
        d->listener->close();
        delete d->listener;
        d->listener = nullptr;
    }
    const QList<HttpConnection *> all = d->connections + d->busy;
    d->connections.clear();
    d->busy.clear();
    for (HttpConnection *connection : all) {
        connection->abort(HttpConnection::tr("the HTTP server was stopped"));
        delete connection;
    }
    ServiceState state;
    state.status = ServiceState::Status::Stopped;
    setState(state);
}

void HttpServer::Private::acceptConnections()
{
    while (listener && listener->hasPendingConnections()) {
        QTcpSocket *socket = listener->nextPendingConnection();
        if (!socket)
            break;
        const int limit = std::max(1, profile.http.maxConnections);
        if (connections.size() >= limit) {
            noteBusy(socket->peerAddress());
            if (busy.size() >= MaxBusyReplies) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            auto *connection = new HttpConnection(socket, context, q);
            busy.append(connection);
            QObject::connect(connection, &HttpConnection::closed, q, [this, connection] { forget(connection); });
            connection->refuseBusy();
            continue;
        }
        auto *connection = new HttpConnection(socket, context, q);
        connections.append(connection);
        QObject::connect(connection, &HttpConnection::closed, q, [this, connection] { forget(connection); });
        connection->start();
    }
}

void HttpServer::Private::noteBusy(const QHostAddress &peer)
{
    ++busyRefusals;
    if (busyWarningClock.isValid() && busyWarningClock.elapsed() < BusyWarningIntervalMsecs)
        return;
    busyWarningClock.start();
    const int count = busyRefusals > INT_MAX ? INT_MAX : int(busyRefusals);
    TrafficEvent event = TrafficEvent::make(
        Service::Http, TrafficEvent::Kind::Warning,
        HttpServer::tr("%n connection(s) turned away: the limit of %1 connections at once is reached "
                       "(http.maxConnections)", nullptr, count)
            .arg(profile.http.maxConnections));
    event.peer = peer;
    if (sink)
        sink->post(std::move(event));
    busyRefusals = 0;
}

void HttpServer::Private::forget(HttpConnection *connection)
{
    connections.removeOne(connection);
    busy.removeOne(connection);
    connection->deleteLater();
}

} // namespace Bootcast
