#include "NbdConnection.h"

#include "NbdExportImage.h"
#include "NbdExportOverlay.h"
#include "NbdReply.h"
#include "core/EventSink.h"
#include "core/LogCategories.h"

#include <QLocale>
#include <QTcpSocket>

#include <algorithm>
#include <cstring>

namespace Bootcast {

namespace {

// IPv4-mapped IPv6 addresses (a listener on "::") are the IPv4 addresses they are.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

NbdConnection::NbdConnection(QTcpSocket *socket, const Context *context, QObject *parent)
    : QObject(parent), m_socket(socket), m_context(context)
{
    m_socket->setParent(this);
    m_peer = plain(socket->peerAddress());
    m_handshakeTimer.setSingleShot(true);
    m_closeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        fail(tr("no export was chosen within %1 s").arg(m_context->handshakeTimeoutMsecs / 1000.0));
    });
    connect(&m_progressTimer, &QTimer::timeout, this, &NbdConnection::postProgress);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        m_socket->abort();
        finish(QString(), true);
    });
}

NbdConnection::~NbdConnection()
{
    if (m_claimed)
        m_claimed->releaseWriter(this);
}

QString NbdConnection::overlayFile() const
{
    return m_overlay ? m_overlay->temporaryFilePath() : QString();
}

void NbdConnection::start()
{
    m_socket->setReadBufferSize(ReadBufferBytes);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &NbdConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &NbdConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { finish(QString(), true); });

    m_negotiator = std::make_unique<NbdNegotiator>(m_context->exports,
                                                   [this](qsizetype index) { return claim(index); });
    m_handshakeTimer.start(m_context->handshakeTimeoutMsecs);
    send(NbdNegotiator::greeting());
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void NbdConnection::abort(const QString &reason)
{
    if (m_phase == Phase::Closed)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    finish(reason, false);
}

void NbdConnection::post(TrafficEvent::Kind kind, const QString &detail)
{
    if (!m_context->sink)
        return;
    TrafficEvent event = TrafficEvent::make(Service::Nbd, kind, detail);
    event.peer = m_peer;
    if (m_image)
        event.subject = m_image->displayName();
    m_context->sink->post(std::move(event));
}

void NbdConnection::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

qint64 NbdConnection::available() const
{
    return m_in.size() + m_socket->bytesAvailable();
}

QByteArray NbdConnection::take(qint64 count)
{
    QByteArray out;
    if (!m_in.isEmpty()) {
        const qint64 n = std::min<qint64>(count, m_in.size());
        out = m_in.left(n);
        m_in.remove(0, n);
        count -= n;
    }
    if (count > 0)
        out += m_socket->read(count);
    return out;
}

void NbdConnection::onReadyRead()
{
    switch (m_phase) {
    case Phase::Negotiating: negotiate(); break;
    case Phase::Transmission: processRequests(); break;
    case Phase::Closing:
    case Phase::Closed: break;
    }
}

void NbdConnection::onBytesWritten()
{
    if (m_phase != Phase::Transmission)
        return;
    if (m_stream.active)
        pump();
    else
        processRequests();
}

void NbdConnection::negotiate()
{
    const qsizetype cap = Nbd::OptionHeaderSize + qsizetype(Nbd::MaxOptionLength);
    for (;;) {
        if (m_in.size() < cap && m_socket->bytesAvailable() > 0)
            m_in += m_socket->read(cap - m_in.size());
        QByteArray out;
        const NbdNegotiator::Step step = m_negotiator->feed(m_in, out);
        if (!out.isEmpty())
            send(out);
        for (const NbdNegotiator::Refusal &refusal : m_negotiator->takeRefusals()) {
            TrafficEvent event = TrafficEvent::make(Service::Nbd, TrafficEvent::Kind::Refused, refusal.reason);
            event.peer = m_peer;
            event.subject = QString::fromUtf8(refusal.name);
            if (m_context->sink)
                m_context->sink->post(std::move(event));
        }
        switch (step) {
        case NbdNegotiator::Step::NeedMore:
            if (m_socket->bytesAvailable() > 0 && m_in.size() < cap)
                continue;
            return;
        case NbdNegotiator::Step::Close:
            if (m_negotiator->violated()) {
                fail(m_negotiator->closeReason());
            } else {
                qCDebug(lcNbd) << m_peer << "negotiation ended:" << m_negotiator->closeReason();
                closeGracefully();
            }
            return;
        case NbdNegotiator::Step::Transmission:
            attach();
            processRequests();
            return;
        }
    }
}

std::optional<NbdNegotiator::ClaimRefusal> NbdConnection::claim(qsizetype index)
{
    const std::shared_ptr<NbdExportImage> &image = m_context->images.at(index);
    if (!image->isReadWrite())
        return std::nullopt;
    if (!image->claimWriter(this, m_peer.toString())) {
        NbdNegotiator::ClaimRefusal refusal;
        refusal.reason = tr("the read-write export \"%1\" is in use by %2; one client at a time may use it")
                             .arg(image->displayName(), image->writerPeer());
        refusal.message = "the read-write export \"" + image->displayName().toUtf8() + "\" is in use by "
            + image->writerPeer().toUtf8() + "; one client at a time may use it";
        return refusal;
    }
    m_claimed = image;
    return std::nullopt;
}

void NbdConnection::attach()
{
    const qsizetype index = m_negotiator->exportIndex();
    m_image = m_context->images.at(index);
    m_limits.exportSize = m_image->size();
    m_limits.readOnly = m_negotiator->transmissionFlags() & Nbd::FlagReadOnly;
    m_limits.structuredReplies = m_negotiator->structuredReplies();
    m_limits.maxPayload = Nbd::MaxPayloadSize;
    m_negotiator.reset();

    QString mode;
    switch (m_image->mode()) {
    case NbdExportImage::Mode::ReadOnly: mode = tr("read-only"); break;
    case NbdExportImage::Mode::ReadWrite: mode = tr("read-write"); break;
    case NbdExportImage::Mode::CopyOnWrite:
        if (m_image->config().overlayInMemory) {
            m_overlay = std::make_unique<NbdExportOverlay>(m_image, NbdExportOverlay::Storage::Memory);
            mode = tr("copy-on-write, changes kept in memory");
        } else {
            m_overlay = std::make_unique<NbdExportOverlay>(m_image, NbdExportOverlay::Storage::TemporaryFile);
            mode = tr("copy-on-write, changes kept in a temporary file");
        }
        break;
    }
    m_phase = Phase::Transmission;
    m_handshakeTimer.stop();
    m_clock.start();
    m_progressTimer.start(m_context->progressIntervalMsecs);
    qCInfo(lcNbd) << m_peer << "attached to" << m_image->displayName() << mode;
    post(TrafficEvent::Kind::TransferStarted, mode);
}

void NbdConnection::processRequests()
{
    if (m_processing)
        return;
    m_processing = true;
    while (m_phase == Phase::Transmission && !m_stream.active && m_socket->bytesToWrite() < HighWaterBytes) {
        if (m_payload.active) {
            if (!continuePayload())
                break;
            continue;
        }
        if (available() < Nbd::RequestSize)
            break;
        const Expected<NbdRequest> request = NbdRequest::parse(take(Nbd::RequestSize));
        if (!request) {
            fail(request.error());
            break;
        }
        handle(*request);
    }
    m_processing = false;
}

void NbdConnection::handle(const NbdRequest &request)
{
    const quint32 check = NbdRequest::check(request, m_limits);
    if (check) {
        ++m_refusedRequests;
        qCDebug(lcNbd) << m_peer << NbdRequest::commandName(request.type) << "offset" << request.offset << "length"
                       << request.length << "refused:" << NbdReply::errorName(check);
    }
    switch (request.command()) {
    case Nbd::Command::Write:
        m_payload = Payload{true, request, request.offset, request.length, check, check != 0, QString()};
        return;
    case Nbd::Command::Read:
        if (check)
            replyError(request, check, QString());
        else
            startRead(request);
        return;
    case Nbd::Command::Disconnect:
        qCDebug(lcNbd) << m_peer << "sent NBD_CMD_DISC";
        closeGracefully();
        return;
    default: break;
    }
    if (check) {
        replyError(request, check, QString());
        return;
    }
    QString why;
    quint32 result = Nbd::NoError;
    switch (request.command()) {
    case Nbd::Command::Flush: result = deviceFlush(&why); break;
    case Nbd::Command::Trim: result = deviceTrim(request.offset, request.length, &why); break;
    case Nbd::Command::WriteZeroes:
        result = deviceZero(request.offset, request.length, !(request.flags & Nbd::CommandFlagNoHole), &why);
        break;
    default: result = Nbd::ENotSup; break;
    }
    if (!result && (request.flags & Nbd::CommandFlagFua) && request.command() != Nbd::Command::Flush)
        result = deviceFlush(&why);
    if (result)
        reportIoError(request, result, why);
    replySimple(request.cookie, result);
}

bool NbdConnection::continuePayload()
{
    if (m_payload.left > 0) {
        const qint64 n = std::min<qint64>({available(), qint64(m_payload.left), PieceBytes});
        if (n <= 0)
            return false;
        const QByteArray piece = take(n);
        if (!m_payload.error) {
            m_payload.error = deviceWrite(m_payload.cursor, piece.constData(), n, &m_payload.why);
            if (!m_payload.error)
                m_bytesWritten += n;
        }
        m_payload.cursor += quint64(n);
        m_payload.left -= quint32(n);
        if (m_payload.left > 0)
            return true;
    }
    finishWrite();
    return true;
}

void NbdConnection::finishWrite()
{
    const Payload payload = std::exchange(m_payload, Payload{});
    quint32 error = payload.error;
    QString why = payload.why;
    if (!error && (payload.request.flags & Nbd::CommandFlagFua))
        error = deviceFlush(&why);
    if (error && !payload.refused)
        reportIoError(payload.request, error, why);
    replySimple(payload.request.cookie, error);
}

void NbdConnection::startRead(const NbdRequest &request)
{
    m_stream = Stream{};
    m_stream.active = true;
    m_stream.cookie = request.cookie;
    m_stream.offset = request.offset;
    m_stream.left = request.length;
    m_stream.total = request.length;
    m_stream.structured = m_limits.structuredReplies;
    m_stream.oneChunk = m_limits.structuredReplies && (request.flags & Nbd::CommandFlagDf);
    pump();
}

void NbdConnection::pump()
{
    while (m_stream.active && m_phase == Phase::Transmission && m_socket->bytesToWrite() < HighWaterBytes) {
        Stream &s = m_stream;
        if (s.left == 0) { // a zero-length read
            send(s.structured ? NbdReply::noneChunk(s.cookie) : NbdReply::serializeSimple({Nbd::NoError, s.cookie}));
            s.active = false;
            break;
        }
        const qint64 n = qint64(std::min<quint64>(s.left, quint64(PieceBytes)));
        const bool last = quint64(n) == s.left;
        // The header (if any) and the data in one array: one write, no copy (the socket's buffer shares it).
        QByteArray header;
        if (s.structured) {
            if (!s.oneChunk)
                header = NbdReply::offsetDataHeader(s.cookie, s.offset, quint32(n), last);
            else if (!s.started)
                header = NbdReply::offsetDataHeader(s.cookie, s.offset, s.total, true);
        } else if (!s.started) {
            header = NbdReply::serializeSimple({Nbd::NoError, s.cookie});
        }
        QByteArray piece(header.size() + n, Qt::Uninitialized);
        std::memcpy(piece.data(), header.constData(), size_t(header.size()));
        QString why;
        const quint32 error = deviceRead(s.offset, piece.data() + header.size(), n, &why);
        if (error) {
            NbdRequest failed;
            failed.type = quint16(Nbd::Command::Read);
            failed.cookie = s.cookie;
            failed.offset = s.offset;
            failed.length = quint32(n);
            reportIoError(failed, error, why);
            s.active = false;
            if (!s.started) {
                replyError(failed, error, why);
            } else if (s.structured && !s.oneChunk) {
                send(NbdReply::errorOffsetChunk(s.cookie, error, NbdReply::errorText(error), s.offset, true));
            } else {
                // Part of the data is promised already: the protocol has no way to take it back.
                fail(tr("reading the export failed in the middle of a reply: %1").arg(why));
                return;
            }
            break;
        }
        send(piece);
        s.started = true;
        s.offset += quint64(n);
        s.left -= quint64(n);
        m_bytesRead += n;
        if (last)
            s.active = false;
    }
    if (!m_stream.active && m_phase == Phase::Transmission)
        processRequests();
}

void NbdConnection::replySimple(quint64 cookie, quint32 error)
{
    send(NbdReply::serializeSimple({error, cookie}));
}

void NbdConnection::replyError(const NbdRequest &request, quint32 error, const QString &why)
{
    Q_UNUSED(why) // translated, for the log; the wire gets plain English
    if (request.command() == Nbd::Command::Read && m_limits.structuredReplies)
        send(NbdReply::errorChunk(request.cookie, error, NbdReply::errorText(error), true));
    else
        replySimple(request.cookie, error);
}

void NbdConnection::reportIoError(const NbdRequest &request, quint32 error, const QString &why)
{
    const QString detail = tr("%1 at offset %2 (%3 bytes) failed with %4: %5")
                               .arg(NbdRequest::commandName(request.type))
                               .arg(request.offset)
                               .arg(request.length)
                               .arg(NbdReply::errorName(error), why);
    qCWarning(lcNbd) << m_peer << detail;
    post(TrafficEvent::Kind::Error, detail);
}

quint32 NbdConnection::deviceRead(quint64 offset, char *into, qint64 length, QString *why)
{
    return m_overlay ? m_overlay->read(offset, into, length, why) : m_image->read(offset, into, length, why);
}

quint32 NbdConnection::deviceWrite(quint64 offset, const char *from, qint64 length, QString *why)
{
    return m_overlay ? m_overlay->write(offset, from, length, why) : m_image->write(offset, from, length, why);
}

quint32 NbdConnection::deviceZero(quint64 offset, quint64 length, bool mayPunch, QString *why)
{
    return m_overlay ? m_overlay->zero(offset, length, why) : m_image->writeZeroes(offset, length, mayPunch, why);
}

quint32 NbdConnection::deviceTrim(quint64 offset, quint64 length, QString *why)
{
    return m_overlay ? m_overlay->zero(offset, length, why) : m_image->trim(offset, length, why);
}

quint32 NbdConnection::deviceFlush(QString *why)
{
    return m_overlay ? quint32(Nbd::NoError) : m_image->flush(why);
}

void NbdConnection::closeGracefully()
{
    if (m_phase == Phase::Closing || m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closing;
    m_handshakeTimer.stop();
    m_closeTimer.start(m_context->closeTimeoutMsecs);
    m_socket->disconnectFromHost(); // sends what is pending first; disconnected() then finishes
}

void NbdConnection::fail(const QString &reason)
{
    if (m_phase == Phase::Closed)
        return;
    qCWarning(lcNbd) << m_peer << "connection closed:" << reason;
    if (!m_image) {
        post(TrafficEvent::Kind::Warning, tr("NBD client %1: %2; the connection was closed").arg(m_peer.toString(), reason));
    }
    m_socket->disconnect(this);
    m_socket->abort();
    finish(reason, true);
}

void NbdConnection::finish(const QString &failure, bool notify)
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_handshakeTimer.stop();
    m_progressTimer.stop();
    m_closeTimer.stop();
    m_stream.active = false;
    m_payload.active = false;
    if (m_image) {
        const QLocale locale;
        const QString amounts =
            tr("read %1, wrote %2").arg(locale.formattedDataSize(m_bytesRead), locale.formattedDataSize(m_bytesWritten));
        TrafficEvent event = TrafficEvent::make(
            Service::Nbd, failure.isEmpty() ? TrafficEvent::Kind::TransferFinished : TrafficEvent::Kind::TransferFailed,
            failure.isEmpty() ? amounts : failure + QStringLiteral(" (") + amounts + u')');
        event.peer = m_peer;
        event.subject = m_image->displayName();
        event.bytes = m_bytesRead + m_bytesWritten;
        event.elapsedMsecs = m_clock.isValid() ? m_clock.elapsed() : -1;
        if (m_context->sink)
            m_context->sink->post(std::move(event));
        qCInfo(lcNbd) << m_peer << "detached from" << m_image->displayName() << amounts;
    }
    m_overlay.reset(); // removes the overlay file
    if (m_claimed) {
        m_claimed->releaseWriter(this);
        m_claimed.reset();
    }
    m_image.reset();
    if (notify)
        emit closed();
}

void NbdConnection::postProgress()
{
    if (!m_image || !m_context->sink)
        return;
    // Also when nothing moved: an idle diskless machine is attached, not stalled.
    TrafficEvent event = TrafficEvent::make(Service::Nbd, TrafficEvent::Kind::TransferProgress);
    event.peer = m_peer;
    event.subject = m_image->displayName();
    event.bytes = m_bytesRead + m_bytesWritten;
    event.elapsedMsecs = m_clock.elapsed();
    m_context->sink->post(std::move(event));
}

} // namespace Bootcast
