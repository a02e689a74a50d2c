#include "HttpConnection.h"

#include "HttpContentType.h"
#include "HttpDirectoryListing.h"
#include "HttpRange.h"
#include "HttpResponse.h"
#include "IpxeTemplate.h"
#include "core/EventSink.h"
#include "core/LogCategories.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif
#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
#endif

namespace Bootcast {

namespace {

constexpr qint64 RequestReadBytes = 16 * 1024;

QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

// Stops sending on the socket (FIN) and keeps receiving: the client reads our last answer before
// the connection goes, instead of a reset caused by request bytes we never read.
void shutdownWrite(qintptr descriptor)
{
    if (descriptor < 0)
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(descriptor), SD_SEND);
#else
    ::shutdown(int(descriptor), SHUT_WR);
#endif
}

// Makes the coming close a reset: what still waits in the kernel's send buffer (megabytes on a fast
// link) is dropped instead of trickling out to a client that is being cut off.
void resetOnClose(qintptr descriptor)
{
    if (descriptor < 0)
        return;
    linger option{};
    option.l_onoff = 1;
    option.l_linger = 0;
#ifdef Q_OS_WIN
    ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&option), sizeof option);
#else
    ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
}

constexpr int DeliveryPollMsecs = 5;
// A client may never acknowledge the last bytes (iPXE jumping into the kernel it just loaded): past
// this, the transfer is reported as sent, with the time it took to hand the bytes over.
constexpr qint64 DeliveryGraceMsecs = 1000;

// Bytes the system has taken but the peer has not acknowledged yet; -1 where the system cannot tell.
qint64 unacknowledgedBytes(qintptr descriptor)
{
#ifdef Q_OS_LINUX
    int pending = 0;
    if (descriptor >= 0 && ::ioctl(int(descriptor), SIOCOUTQ, &pending) == 0)
        return pending;
#else
    Q_UNUSED(descriptor)
#endif
    return -1;
}

QByteArray entityTag(qint64 size, const QDateTime &lastModified)
{
    return '"' + QByteArray::number(size, 16) + '-' + QByteArray::number(lastModified.toMSecsSinceEpoch(), 16) + '"';
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Context &context, QObject *parent)
    : QObject(parent), m_socket(socket), m_context(context)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBufferBytes);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peer = plain(m_socket->peerAddress());
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this](qint64 bytes) { m_flushed += bytes; });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    m_deliveryTimer.setInterval(DeliveryPollMsecs);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &HttpConnection::checkDeliveries);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
}

HttpConnection::~HttpConnection()
{
    if (m_phase != Phase::Closed)
        abort(tr("the HTTP server was stopped"));
}

void HttpConnection::start()
{
    m_phase = Phase::Reading;
    m_idleTimer.start(m_context.idleTimeoutMsecs);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        closeNow();
        return;
    }
    pump();
}

void HttpConnection::refuseBusy()
{
    sendError(503, nullptr, true);
}

void HttpConnection::abort(const QString &reason)
{
    if (m_phase == Phase::Closed)
        return;
    if (m_transfer.active)
        failTransfer(reason);
    if (!m_pendingDone.isEmpty()) {
        checkDeliveries();
        postUndelivered();
    }
    m_phase = Phase::Closed;
    m_idleTimer.stop();
    m_file.reset();
    m_socket->disconnect(this);
    resetOnClose(m_socket->socketDescriptor());
    m_socket->abort();
}

void HttpConnection::onReadyRead()
{
    if (m_phase == Phase::Lingering) {
        m_lingerBytes += m_socket->readAll().size();
        if (m_lingerBytes > MaxLingerBytes)
            closeNow();
        return;
    }
    if (m_phase == Phase::Reading)
        pump();
    // While writing, what arrives waits in the (bounded) read buffer: pipelined requests are read
    // when the current response is done.
}

void HttpConnection::onBytesWritten()
{
    if (m_phase != Phase::Writing)
        return;
    m_idleTimer.start(m_context.idleTimeoutMsecs);
    if (m_transfer.active) {
        const qint64 now = m_transfer.clock.elapsed();
        if (now - m_transfer.lastProgressMsecs >= m_context.progressIntervalMsecs) {
            m_transfer.lastProgressMsecs = now;
            TrafficEvent event = TrafficEvent::make(Service::Http, TrafficEvent::Kind::TransferProgress);
            event.peer = m_peer;
            event.mac = m_transfer.mac;
            event.subject = m_transfer.subject;
            event.bytes = std::max<qint64>(0, m_transfer.sent - m_socket->bytesToWrite());
            event.totalBytes = m_transfer.total;
            event.elapsedMsecs = now;
            if (m_context.sink)
                m_context.sink->post(std::move(event));
        }
    }
    fill();
}

void HttpConnection::onDisconnected()
{
    if (m_phase == Phase::Closed)
        return;
    if (m_phase == Phase::Writing && m_transfer.active) {
        const QString error = m_socket->error() == QAbstractSocket::RemoteHostClosedError || m_socket->errorString().isEmpty()
            ? tr("the client closed the connection")
            : tr("the connection broke: %1").arg(m_socket->errorString());
        failTransfer(error);
    }
    closeNow();
}

void HttpConnection::onIdleTimeout()
{
    switch (m_phase) {
    case Phase::Reading:
        if (m_parser.hasPartialRequest()) {
            post(TrafficEvent::Kind::Refused, QString(),
                 tr("%1 (HTTP %2)").arg(tr("the request did not arrive in time")).arg(408));
            sendError(408, nullptr, true);
        } else {
            closeNow(); // an idle keep-alive connection
        }
        return;
    case Phase::Writing: {
        const int seconds = std::max(1, m_context.idleTimeoutMsecs / 1000);
        failTransfer(tr("the client stopped reading for %n second(s)", nullptr, seconds));
        resetOnClose(m_socket->socketDescriptor());
        closeNow();
        return;
    }
    case Phase::Lingering:
        closeNow();
        return;
    case Phase::Closed:
        return;
    }
}

void HttpConnection::pump()
{
    while (m_phase == Phase::Reading) {
        switch (m_parser.state()) {
        case HttpRequestParser::State::NeedMore: {
            const QByteArray chunk = m_socket->read(RequestReadBytes);
            if (chunk.isEmpty())
                return;
            m_parser.feed(chunk);
            break;
        }
        case HttpRequestParser::State::Complete:
            handleRequest(m_parser.request());
            return;
        case HttpRequestParser::State::Error:
            badRequest(m_parser.failure());
            return;
        }
    }
}

void HttpConnection::handleRequest(const HttpRequest &request)
{
    // The client asks again only after it read the last answer: report that one first.
    if (!m_pendingDone.isEmpty())
        checkDeliveries();
    qCDebug(lcHttp) << m_peer << request.methodName() << request.target;
    FileResolver::Failure why = FileResolver::Failure::None;
    const Expected<ResolvedFile> file = m_context.files.resolve(request.path, &why);
    if (file) {
        serveFile(request, *file);
        return;
    }
    if (why == FileResolver::Failure::NotAFile && m_context.directoryListing && serveListing(request))
        return;
    const int status = why == FileResolver::Failure::NotFound ? 404 : 403;
    post(TrafficEvent::Kind::Refused, request.path, tr("%1 (HTTP %2)").arg(file.error()).arg(status),
         MacAddress::fromString(request.queryValue(u"mac")).value_or(MacAddress()));
    sendError(status, &request, !request.keepAlive);
}

bool HttpConnection::serveListing(const HttpRequest &request)
{
    const Expected<QStringList> components = FileResolver::splitName(request.path);
    if (!components || !m_context.files.rootExists())
        return false;
    QString folder = m_context.files.canonicalRoot();
    if (!components->isEmpty())
        folder += u'/' + components->join(u'/');
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    if (canonical.isEmpty() || !m_context.files.isInsideRoot(canonical) || !QFileInfo(canonical).isDir())
        return false;
    bool truncated = false;
    const QList<HttpDirectoryListing::Entry> entries = HttpDirectoryListing::read(canonical, m_context.files, &truncated);
    HttpBody body;
    body.appendBytes(HttpDirectoryListing::html(request.path, entries, truncated));
    HttpResponse response(200);
    response.setHeader("Content-Type", HttpContentType::Html);
    response.setHeader("Cache-Control", "no-cache");
    m_file.reset();
    m_entity.clear();
    sendResponse(response, body, &request, !request.keepAlive);
    return true;
}

void HttpConnection::serveFile(const HttpRequest &request, const ResolvedFile &file)
{
    auto qfile = std::make_unique<QFile>(file.absolutePath);
    if (!qfile->open(QIODevice::ReadOnly)) {
        post(TrafficEvent::Kind::Error, file.relativePath,
             tr("cannot open \"%1\": %2").arg(file.relativePath, qfile->errorString()));
        sendError(500, &request, !request.keepAlive);
        return;
    }

    const bool render = m_context.renderTemplates && IpxeTemplate::isTemplateName(file.relativePath)
        && qfile->size() <= IpxeTemplate::MaxScriptBytes;
    const MacAddress mac = MacAddress::fromString(request.queryValue(u"mac")).value_or(MacAddress());
    HttpResponse response(200);
    const QByteArray contentType = HttpContentType::forFileName(file.relativePath);
    QByteArray validatorTag;
    QByteArray validatorDate;
    qint64 size = 0;
    if (render) {
        const QByteArray script = qfile->readAll();
        if (qfile->error() != QFileDevice::NoError) {
            post(TrafficEvent::Kind::Error, file.relativePath,
                 tr("cannot read \"%1\": %2").arg(file.relativePath, qfile->errorString()));
            sendError(500, &request, !request.keepAlive);
            return;
        }
        IpxeTemplate::Values values;
        const QHostAddress configured = m_context.serverAddress;
        const bool useConfigured = !configured.isNull() && configured != QHostAddress::AnyIPv4
            && configured != QHostAddress::AnyIPv6 && configured != QHostAddress::Any;
        values.server = IpxeTemplate::urlHost(useConfigured ? configured : plain(m_socket->localAddress()));
        values.httpPort = m_socket->localPort();
        values.tftpPort = m_context.tftpPort;
        values.mac = IpxeTemplate::sanitizedMac(request.queryValue(u"mac"));
        values.arch = IpxeTemplate::sanitizedArch(request.queryValue(u"arch"));
        values.clientIp = m_peer.toString();
        m_entity = IpxeTemplate::render(script, values);
        m_file.reset();
        size = m_entity.size();
        // The script differs per client: no validators, nothing cached.
        response.setHeader("Cache-Control", "no-store");
    } else {
        m_entity.clear();
        m_file = std::move(qfile);
        size = m_file->size();
        const QDateTime modified = QFileInfo(*m_file).lastModified();
        validatorDate = HttpResponse::httpDate(modified);
        validatorTag = entityTag(size, modified);
        response.setHeader("Last-Modified", validatorDate);
        response.setHeader("ETag", validatorTag);
    }
    response.setHeader("Accept-Ranges", "bytes");

    // Range applies to GET only (RFC 9110 14.2); If-Range must match our validator exactly.
    HttpRange::Result range;
    const QByteArray rangeHeader = request.header("range");
    if (!request.isHead() && !rangeHeader.isNull()) {
        const QByteArray ifRange = request.header("if-range");
        const bool validatorMatches = ifRange.isNull()
            || (!validatorTag.isEmpty() && (ifRange == validatorTag || ifRange == validatorDate));
        if (validatorMatches)
            range = HttpRange::evaluate(rangeHeader, size);
    }

    HttpBody body;
    QString detail;
    switch (range.outcome) {
    case HttpRange::Outcome::Full:
        response.setHeader("Content-Type", contentType);
        body = HttpBody::entity(0, size);
        detail = render ? tr("rendered script") : QString();
        break;
    case HttpRange::Outcome::Partial:
        response.setStatus(206);
        if (range.spans.size() == 1) {
            const HttpRange::Span span = range.spans.front();
            response.setHeader("Content-Type", contentType);
            response.setHeader("Content-Range", HttpRange::contentRange(span, size));
            body = HttpBody::entity(span.first, span.length());
            detail = tr("bytes %1-%2 of %3").arg(span.first).arg(span.last).arg(size);
        } else {
            const QByteArray boundary = HttpBody::makeBoundary();
            response.setHeader("Content-Type", "multipart/byteranges; boundary=" + boundary);
            body = HttpBody::multipart(range.spans, size, contentType, boundary);
            detail = tr("%n byte range(s)", nullptr, int(range.spans.size()));
        }
        break;
    case HttpRange::Outcome::Unsatisfiable:
        post(TrafficEvent::Kind::Refused, file.relativePath,
             tr("%1 (HTTP %2)").arg(tr("the requested range lies beyond the end of the file")).arg(416), mac);
        m_file.reset();
        m_entity.clear();
        response = HttpResponse(416);
        response.setHeader("Content-Range", HttpRange::unsatisfiedContentRange(size));
        response.setHeader("Content-Type", HttpContentType::Text);
        body.appendBytes(HttpResponse::errorBody(416));
        sendResponse(response, body, &request, !request.keepAlive);
        return;
    }

    if (!request.isHead()) {
        m_transfer = Transfer();
        m_transfer.active = true;
        m_transfer.subject = file.relativePath;
        m_transfer.mac = mac;
        m_transfer.total = body.size();
        m_transfer.clock.start();
        TrafficEvent event = TrafficEvent::make(Service::Http, TrafficEvent::Kind::TransferStarted, detail);
        event.peer = m_peer;
        event.mac = mac;
        event.subject = file.relativePath;
        event.bytes = 0;
        event.totalBytes = body.size();
        if (m_context.sink)
            m_context.sink->post(std::move(event));
    }
    sendResponse(response, body, &request, !request.keepAlive);
}

void HttpConnection::badRequest(const HttpRequestParser::Failure &failure)
{
    qCDebug(lcHttp) << "bad request from" << m_peer << failure.status << failure.message;
    post(TrafficEvent::Kind::Refused, QString(), tr("%1 (HTTP %2)").arg(failure.message).arg(failure.status));
    sendError(failure.status, nullptr, true);
}

void HttpConnection::sendError(int status, const HttpRequest *request, bool closeAfter)
{
    m_file.reset();
    m_entity.clear();
    HttpResponse response(status);
    response.setHeader("Content-Type", HttpContentType::Text);
    if (status == 405)
        response.setHeader("Allow", "GET, HEAD");
    if (status == 503)
        response.setHeader("Retry-After", "1");
    HttpBody body;
    body.appendBytes(HttpResponse::errorBody(status));
    sendResponse(response, body, request, closeAfter);
}

void HttpConnection::sendResponse(HttpResponse &response, const HttpBody &body, const HttpRequest *request,
                                  bool closeAfter)
{
    response.setHeader("Date", HttpResponse::httpDate(QDateTime::currentDateTimeUtc()));
    response.setHeader("Server", "Bootcast");
    response.setHeader("Content-Length", QByteArray::number(body.size()));
    if (closeAfter)
        response.setHeader("Connection", "close");
    else if (request && request->minorVersion == 0)
        response.setHeader("Connection", "keep-alive");

    const bool headOnly = request && request->isHead();
    m_pieces = headOnly ? QList<HttpBody::Piece>() : body.pieces();
    m_pieceIndex = 0;
    m_pieceOffset = 0;
    m_closeAfter = closeAfter;
    m_phase = Phase::Writing;
    m_idleTimer.start(m_context.idleTimeoutMsecs);
    m_socket->write(response.serialize());
    fill();
}

void HttpConnection::fill()
{
    while (m_phase == Phase::Writing && m_pieceIndex < m_pieces.size()
           && m_socket->bytesToWrite() < HighWaterBytes) {
        const HttpBody::Piece &piece = m_pieces.at(m_pieceIndex);
        if (!piece.fromEntity) {
            m_socket->write(piece.bytes);
            m_transfer.sent += piece.length;
            ++m_pieceIndex;
            continue;
        }
        const qint64 want = std::min(ChunkBytes, piece.length - m_pieceOffset);
        const qint64 position = piece.offset + m_pieceOffset;
        QByteArray chunk;
        if (m_file) {
            if (m_file->pos() != position && !m_file->seek(position)) {
                failTransfer(tr("cannot read the file: %1").arg(m_file->errorString()));
                closeNow();
                return;
            }
            chunk = m_file->read(want);
            if (chunk.size() != want) {
                // Headers promised a length; a file that shrank mid-transfer cannot keep the promise.
                failTransfer(chunk.size() < 0 || m_file->error() != QFileDevice::NoError
                                 ? tr("cannot read the file: %1").arg(m_file->errorString())
                                 : tr("the file became shorter while it was being sent"));
                closeNow();
                return;
            }
        } else {
            chunk = m_entity.mid(position, want);
        }
        m_socket->write(chunk);
        m_transfer.sent += want;
        m_pieceOffset += want;
        if (m_pieceOffset >= piece.length) {
            ++m_pieceIndex;
            m_pieceOffset = 0;
        }
    }
    if (m_phase == Phase::Writing && m_pieceIndex >= m_pieces.size() && m_socket->bytesToWrite() == 0)
        finishResponse();
}

void HttpConnection::finishResponse()
{
    if (m_transfer.active) {
        TrafficEvent event = TrafficEvent::make(Service::Http, TrafficEvent::Kind::TransferFinished);
        event.peer = m_peer;
        event.mac = m_transfer.mac;
        event.subject = m_transfer.subject;
        event.bytes = m_transfer.sent;
        event.totalBytes = m_transfer.total;
        event.elapsedMsecs = m_transfer.clock.elapsed();
        watchDelivery(std::move(event), m_transfer.clock);
        qCDebug(lcHttp) << "sent" << m_transfer.subject << m_transfer.sent << "bytes to" << m_peer << "in"
                        << m_transfer.clock.elapsed() << "ms";
    }
    m_transfer = Transfer();
    m_pieces.clear();
    m_file.reset();
    m_entity.clear();
    if (m_closeAfter) {
        startLinger();
        return;
    }
    m_phase = Phase::Reading;
    m_idleTimer.start(m_context.idleTimeoutMsecs);
    m_parser.next();
    pump();
}

void HttpConnection::startLinger()
{
    m_phase = Phase::Lingering;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        closeNow();
        return;
    }
    shutdownWrite(m_socket->socketDescriptor());
    m_idleTimer.start(std::min(LingerMsecs, m_context.idleTimeoutMsecs));
    onReadyRead(); // drain what is already buffered
}

void HttpConnection::watchDelivery(TrafficEvent event, const QElapsedTimer &clock)
{
    QElapsedTimer handedOver;
    handedOver.start();
    m_pendingDone.append(PendingDone{std::move(event), clock, handedOver, m_flushed});
    checkDeliveries();
}

void HttpConnection::checkDeliveries()
{
    const qint64 unacknowledged = unacknowledgedBytes(m_socket->socketDescriptor());
    while (!m_pendingDone.isEmpty()) {
        PendingDone &first = m_pendingDone.first();
        const bool acknowledged = unacknowledged >= 0 && m_flushed - unacknowledged >= first.mark;
        if (!acknowledged && unacknowledged >= 0 && first.handedOver.elapsed() < DeliveryGraceMsecs)
            break;
        if (acknowledged)
            first.event.elapsedMsecs = first.clock.elapsed();
        if (m_context.sink)
            m_context.sink->post(std::move(first.event));
        m_pendingDone.removeFirst();
    }
    if (m_pendingDone.isEmpty())
        m_deliveryTimer.stop();
    else if (!m_deliveryTimer.isActive())
        m_deliveryTimer.start();
}

void HttpConnection::postUndelivered()
{
    // The connection ends: what was handed over is reported as sent (the system may still deliver it).
    m_deliveryTimer.stop();
    for (PendingDone &pending : m_pendingDone) {
        if (m_context.sink)
            m_context.sink->post(std::move(pending.event));
    }
    m_pendingDone.clear();
}

void HttpConnection::closeNow()
{
    if (m_phase == Phase::Closed)
        return;
    if (!m_pendingDone.isEmpty()) {
        checkDeliveries(); // acknowledged ones keep their real time
        postUndelivered();
    }
    m_phase = Phase::Closed;
    m_idleTimer.stop();
    m_file.reset();
    m_entity.clear();
    m_socket->disconnect(this);
    m_socket->abort();
    emit closed();
}

void HttpConnection::failTransfer(const QString &reason)
{
    if (!m_transfer.active)
        return;
    TrafficEvent event = TrafficEvent::make(Service::Http, TrafficEvent::Kind::TransferFailed, reason);
    event.peer = m_peer;
    event.mac = m_transfer.mac;
    event.subject = m_transfer.subject;
    event.bytes = std::max<qint64>(0, m_transfer.sent - m_socket->bytesToWrite());
    event.totalBytes = m_transfer.total;
    event.elapsedMsecs = m_transfer.clock.elapsed();
    if (m_context.sink)
        m_context.sink->post(std::move(event));
    qCInfo(lcHttp) << "transfer of" << m_transfer.subject << "to" << m_peer << "failed:" << reason;
    m_transfer = Transfer();
}

void HttpConnection::post(TrafficEvent::Kind kind, const QString &subject, const QString &detail, const MacAddress &mac)
{
    TrafficEvent event = TrafficEvent::make(Service::Http, kind, detail);
    event.peer = m_peer;
    event.mac = mac;
    event.subject = subject;
    if (m_context.sink)
        m_context.sink->post(std::move(event));
}

} // namespace Bootcast
