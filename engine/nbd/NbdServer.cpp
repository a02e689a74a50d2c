#include "NbdServer.h"

#include "NbdConnection.h"
#include "NbdExportImage.h"
#include "core/EventSink.h"
#include "core/LogCategories.h"

#include <QDir>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace Bootcast {

namespace {

// At most MaxStringSize bytes of UTF-8, cut between characters.
QByteArray clippedUtf8(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.size() <= Nbd::MaxStringSize)
        return bytes;
    qsizetype cut = Nbd::MaxStringSize;
    while (cut > 0 && (quint8(bytes.at(cut)) & 0xc0) == 0x80)
        --cut;
    bytes.truncate(cut);
    return bytes;
}

} // namespace

struct NbdServer::Private
{
    NbdServer *q;
    Profile profile;
    NbdConnection::Context context;
    QTcpServer *listener = nullptr;
    QList<QPointer<NbdConnection>> connections;
    int maxClients = 64;
    QTimer copyTimer;

    Private(NbdServer *owner, const Profile &p, EventSink *sink) : q(owner), profile(p)
    {
        context.sink = sink;
        maxClients = std::max(1, p.nbd.maxClients);
    }

    void post(TrafficEvent::Kind kind, const QString &subject, const QString &detail, const QHostAddress &peer = {})
    {
        if (!context.sink)
            return;
        TrafficEvent event = TrafficEvent::make(Service::Nbd, kind, detail);
        event.subject = subject;
        event.peer = peer;
        context.sink->post(std::move(event));
    }

    QStringList openExports();
    void copyStep();
    void acceptConnections();
    void remove(NbdConnection *connection);
};

NbdServer::NbdServer(const Profile &profile, EventSink *sink, QObject *parent)
    : Server(parent), d(std::make_unique<Private>(this, profile, sink))
{
    d->copyTimer.setInterval(0);
    connect(&d->copyTimer, &QTimer::timeout, this, [this] { d->copyStep(); });
}

NbdServer::~NbdServer()
{
    if (d->listener || !d->connections.isEmpty())
        stop();
}

int NbdServer::activeClients() const
{
    return int(std::count_if(d->connections.cbegin(), d->connections.cend(),
                             [](const QPointer<NbdConnection> &c) { return !c.isNull(); }));
}

int NbdServer::maxClients() const
{
    return d->maxClients;
}

void NbdServer::setMaxClients(int count)
{
    d->maxClients = std::max(1, count);
}

void NbdServer::setHandshakeTimeoutMsecs(int msecs)
{
    d->context.handshakeTimeoutMsecs = std::max(1, msecs);
}

QStringList NbdServer::exportNames() const
{
    QStringList names;
    for (const auto &image : std::as_const(d->context.images))
        names.append(image->name());
    return names;
}

bool NbdServer::isInRam(const QString &exportName) const
{
    for (const auto &image : std::as_const(d->context.images)) {
        if (image->name() == exportName)
            return image->isInRam();
    }
    return false;
}

QStringList NbdServer::overlayFiles() const
{
    QStringList files;
    for (const auto &connection : std::as_const(d->connections)) {
        if (connection && !connection->overlayFile().isEmpty())
            files.append(connection->overlayFile());
    }
    return files;
}

QStringList NbdServer::Private::openExports()
{
    QStringList errors;
    context.images.clear();
    context.exports.clear();
    const QString netbootDir = profile.resolvedNetbootDir();
    for (const Profile::NbdExport &config : std::as_const(profile.nbd.exports)) {
        const QString label = config.name.isEmpty() ? config.file : config.name;
        auto image = NbdExportImage::open(config, netbootDir);
        if (!image) {
            const QString message = NbdServer::tr("the export \"%1\" is not served: %2").arg(label, image.error());
            errors.append(message);
            post(TrafficEvent::Kind::Warning, label, message);
            qCWarning(lcNbd) << message;
            continue;
        }
        std::shared_ptr<NbdExportImage> opened = std::move(image).value();
        if (config.copyToRam) {
            QString why;
            if (opened->beginCopyToRam(&why)) {
                copyTimer.start();
            } else {
                post(TrafficEvent::Kind::Warning, label,
                     NbdServer::tr("the export \"%1\" is served from its file: %2").arg(label, why));
            }
        }
        NbdNegotiator::Export e;
        e.name = config.name.toUtf8();
        e.description = clippedUtf8(config.description);
        e.size = opened->size();
        e.flags = opened->transmissionFlags();
        context.exports.append(e);
        context.images.append(std::move(opened));
        qCInfo(lcNbd) << "export" << label << "->" << context.images.last()->filePath() << nbdModeTag(int(config.mode))
                      << context.images.last()->size() << "bytes";
    }
    return errors;
}

void NbdServer::Private::copyStep()
{
    for (const auto &image : std::as_const(context.images)) {
        if (!image->isCopyingToRam())
            continue;
        QString why;
        image->copyToRamStep(CopyToRamStepBytes, &why);
        if (!why.isEmpty()) {
            post(TrafficEvent::Kind::Warning, image->displayName(),
                 NbdServer::tr("the export \"%1\" is served from its file: %2").arg(image->displayName(), why));
        } else if (image->isInRam()) {
            post(TrafficEvent::Kind::Info, image->displayName(),
                 NbdServer::tr("the export \"%1\" is in memory (%2)")
                     .arg(image->displayName(), QLocale().formattedDataSize(qint64(image->size()))));
        }
        if (image->isCopyingToRam())
            return; // one step per turn of the event loop
    }
    copyTimer.stop();
}

bool NbdServer::start()
{
    if (d->listener)
        stop();

    const Profile::Nbd &config = d->profile.nbd;
    const QStringList errors = d->openExports();
    if (d->context.images.isEmpty()) {
        ServiceState state;
        state.status = ServiceState::Status::Failed;
        state.address = config.address;
        state.port = config.port;
        state.reason = config.exports.isEmpty()
            ? tr("there is nothing to export: add a disk image or an ISO to the profile's NBD exports, or turn NBD off")
            : tr("no NBD export can be served: %1").arg(errors.join(QStringLiteral("; ")));
        d->copyTimer.stop();
        d->post(TrafficEvent::Kind::Error, QString(), state.reason);
        setState(state);
        return false;
    }

    ServiceState state;
    QTcpServer *listener = listenTcp(config.address, config.port, std::max(30, std::min(d->maxClients, 1024)), &state);
    if (!listener) {
        d->context.images.clear();
        d->context.exports.clear();
        d->copyTimer.stop();
        d->post(TrafficEvent::Kind::Error, QString(), state.reason);
        qCWarning(lcNbd) << "cannot listen:" << state.reason;
        setState(state);
        return false;
    }
    d->listener = listener;
    connect(listener, &QTcpServer::newConnection, this, [this] { d->acceptConnections(); });

    state.status = ServiceState::Status::Listening;
    state.address = config.address;
    state.port = listener->serverPort();
    qCInfo(lcNbd) << "listening on" << config.address << state.port << "with" << d->context.images.size() << "exports";
    setState(state);
    return true;
}

void NbdServer::stop()
{
    const QList<QPointer<NbdConnection>> connections = std::exchange(d->connections, {});
    for (const QPointer<NbdConnection> &connection : connections) {
        if (connection) {
            connection->abort(tr("the NBD server was stopped"));
            delete connection.data();
        }
    }
    if (d->listener) {
        d->listener->close();
        delete d->listener;
        d->listener = nullptr;
    }
    d->copyTimer.stop();
    d->context.images.clear(); // after the connections: nothing refers to them any more
    d->context.exports.clear();
    ServiceState state;
    state.status = ServiceState::Status::Stopped;
    setState(state);
}

void NbdServer::Private::acceptConnections()
{
    while (listener && listener->hasPendingConnections()) {
        QTcpSocket *socket = listener->nextPendingConnection();
        if (!socket)
            break;
        connections.removeAll(QPointer<NbdConnection>());
        if (connections.size() >= maxClients) {
            bool isV4 = false;
            const quint32 v4 = socket->peerAddress().toIPv4Address(&isV4);
            post(TrafficEvent::Kind::Refused, QString(),
                 NbdServer::tr("too many NBD clients at once (%1): the connection was turned away").arg(maxClients),
                 isV4 ? QHostAddress(v4) : socket->peerAddress());
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new NbdConnection(socket, &context, q);
        connections.append(connection);
        QObject::connect(connection, &NbdConnection::closed, q, [this, connection] { remove(connection); });
        connection->start();
    }
}

void NbdServer::Private::remove(NbdConnection *connection)
{
    connections.removeAll(QPointer<NbdConnection>(connection));
    connections.removeAll(QPointer<NbdConnection>());
    connection->deleteLater();
}

} // namespace Bootcast
