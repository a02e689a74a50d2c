#pragma once

#include "HttpBody.h"
#include "HttpRequestParser.h"
#include "core/MacAddress.h"
#include "core/TrafficEvent.h"
#include "files/FileResolver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QFile;
class QTcpSocket;

namespace Bootcast {

class EventSink;
class HttpResponse;

// One client connection of the HTTP server: reads requests (keep-alive, pipelined ones one after
// the other), answers GET and HEAD from the netboot folder, and streams file bodies asynchronously:
// at most HighWaterBytes wait in the socket's buffer, refilled from bytesWritten, so a 5 GiB ISO
// costs no more memory than a 5 KiB script and never stalls the engine thread.
//
// Requests are read only while no response is being sent (the socket's read buffer is bounded, so
// a client that pipelines a lot is held back by TCP). Malformed requests get their 4xx/5xx answer and
// the connection is closed after it, half-closed first and drained for a moment (lingering close) so
// the client reads the answer instead of a reset. Idle and slow clients are dropped after
// Context::idleTimeoutMsecs: a whole request must arrive within that time, and a response in progress
// must make progress within it.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // What every connection of one server shares; owned by the server, which outlives its connections.
    struct Context
    {
        FileResolver files{QString()};
        EventSink *sink = nullptr;
        QHostAddress serverAddress; // null or "any": the address the client connected to
        quint16 tftpPort = 69;
        bool renderTemplates = true;
        bool directoryListing = false;
        int idleTimeoutMsecs = 30000;
        int progressIntervalMsecs = 250;
    };

    static constexpr qint64 HighWaterBytes = 512 * 1024; // bytes in flight in the socket's buffer
    static constexpr qint64 ChunkBytes = 64 * 1024;      // one read from the file
    static constexpr qint64 ReadBufferBytes = 64 * 1024; // the socket's read buffer
    static constexpr int LingerMsecs = 2000;
    static constexpr qint64 MaxLingerBytes = 1024 * 1024;

    // Takes ownership of socket (connected).
    HttpConnection(QTcpSocket *socket, const Context &context, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Serves requests until the client leaves.
    void start();
    // Answers 503 (connection limit reached) and closes.
    void refuseBusy();
    // Closes at once; a transfer in progress fails with reason. closed() is not emitted.
    void abort(const QString &reason);

    bool isClosed() const { return m_phase == Phase::Closed; }
    QHostAddress peer() const { return m_peer; }

signals:
    // The connection has ended (client left, idle, error); the owner deletes it (deleteLater).
    void closed();

private:
    enum class Phase : quint8 { Reading, Writing, Lingering, Closed };

    struct Transfer
    {
        bool active = false;
        QString subject;
        MacAddress mac;
        qint64 total = 0;
        qint64 sent = 0; // body bytes handed to the socket
        QElapsedTimer clock;
        qint64 lastProgressMsecs = 0;
    };

    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void onIdleTimeout();

    void pump();
    void handleRequest(const HttpRequest &request);
    bool serveListing(const HttpRequest &request);
    void serveFile(const HttpRequest &request, const ResolvedFile &file);
    void badRequest(const HttpRequestParser::Failure &failure);
    void sendError(int status, const HttpRequest *request, bool closeAfter);
    void sendResponse(HttpResponse &response, const HttpBody &body, const HttpRequest *request, bool closeAfter);
    void fill();
    void finishResponse();
    void startLinger();
    void closeNow();
    void failTransfer(const QString &reason);
    // A finished transfer is reported once the client's TCP has acknowledged its last byte (where the
    // system tells: Linux), so that small files do not show the speed of a memory copy; at the latest
    // a second after the last byte was handed over, acknowledged or not.
    void watchDelivery(TrafficEvent event, const QElapsedTimer &clock);
    void checkDeliveries();
    void postUndelivered();
    void post(TrafficEvent::Kind kind, const QString &subject, const QString &detail, const MacAddress &mac = {});

    QTcpSocket *m_socket;
    const Context &m_context;
    HttpRequestParser m_parser;
    QTimer m_idleTimer;
    Phase m_phase = Phase::Reading;
    QHostAddress m_peer;

    // the response being sent
    QList<HttpBody::Piece> m_pieces;
    qsizetype m_pieceIndex = 0;
    qint64 m_pieceOffset = 0;
    std::unique_ptr<QFile> m_file;
    QByteArray m_entity; // rendered script (when m_file is null)
    bool m_closeAfter = false;
    Transfer m_transfer;
    qint64 m_lingerBytes = 0;
    qint64 m_flushed = 0; // bytes handed from Qt's buffer to the system so far
    struct PendingDone
    {
        TrafficEvent event;
        QElapsedTimer clock;      // since the request
        QElapsedTimer handedOver; // since the last byte went to the system
        qint64 mark = 0;          // delivered when this many bytes are acknowledged
    };
    QList<PendingDone> m_pendingDone;
    QTimer m_deliveryTimer;
};

} // namespace Bootcast
