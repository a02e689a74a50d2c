#pragma once

#include "NbdNegotiator.h"
#include "NbdRequest.h"
#include "core/TrafficEvent.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace Bootcast {

class EventSink;
class NbdExportImage;
class NbdExportOverlay;

// One NBD client: the handshake (NbdNegotiator), then transmission until the client disconnects.
//
// Requests are carried out one after the other (replies never interleave). READ replies are
// streamed: pieces of at most PieceBytes (64 KiB: small enough that other clients wait at most one
// piece's file read, large enough for ~2 GiB/s on loopback) are read from the export, each with its
// chunk header in the same buffer (one socket write), only while fewer than HighWaterBytes wait in
// the socket's buffer, refilled from bytesWritten; so a 1 GiB read costs about 1 MiB of memory and
// other clients' requests run between its pieces. With structured replies a READ is a series of
// OFFSET_DATA chunks (one chunk when the client sets DF), errors are ERROR / ERROR_OFFSET chunks;
// without, a simple reply followed by the data. WRITE payloads are
// applied as they arrive (never buffered whole). While a reply is being sent nothing more is read
// from the socket, whose read buffer is bounded, so a client that pipelines hard is held back by TCP.
//
// A client that breaks the protocol (wrong magic, unknown client flags, absurd option lengths) is
// disconnected: it alone, with a warning event. A read error in the middle of a simple reply (or of
// a DF chunk) cannot be reported in the protocol either and also ends the connection.
class NbdConnection : public QObject
{
    Q_OBJECT

public:
    // What every connection of one server shares; owned by the server, which outlives them.
    struct Context
    {
        QList<std::shared_ptr<NbdExportImage>> images; // the exports, in the profile's order
        QList<NbdNegotiator::Export> exports;           // how the handshake describes them
        EventSink *sink = nullptr;
        int handshakeTimeoutMsecs = 30000; // from connecting to choosing an export
        int progressIntervalMsecs = 5000;  // TransferProgress while attached (the clients panel)
        int closeTimeoutMsecs = 5000;      // a closing client that reads nothing more is cut off
    };

    static constexpr qint64 HighWaterBytes = 1024 * 1024;
    static constexpr qint64 PieceBytes = 64 * 1024;
    static constexpr qint64 ReadBufferBytes = 1024 * 1024;

    // Takes ownership of socket (connected).
    NbdConnection(QTcpSocket *socket, const Context *context, QObject *parent = nullptr);
    ~NbdConnection() override;

    void start();
    // Ends the connection at once (server stop); closed() is not emitted.
    void abort(const QString &reason);

    QHostAddress peer() const { return m_peer; }
    bool isAttached() const { return m_image != nullptr; }
    // The copy-on-write overlay's temporary file, if it has one.
    QString overlayFile() const;

signals:
    // The connection has ended; the owner deletes it (deleteLater).
    void closed();

private:
    enum class Phase : quint8 { Negotiating, Transmission, Closing, Closed };

    struct Payload // a WRITE whose data is arriving
    {
        bool active = false;
        NbdRequest request;
        quint64 cursor = 0;
        quint32 left = 0;
        quint32 error = 0;
        bool refused = false; // error is the answer to a bad request, not a failure here
        QString why;
    };
    struct Stream // a READ reply being sent
    {
        bool active = false;
        quint64 cookie = 0;
        quint64 offset = 0;
        quint64 left = 0;
        quint32 total = 0;
        bool structured = false;
        bool oneChunk = false; // DF
        bool started = false;  // something of the reply is on its way
    };

    void onReadyRead();
    void onBytesWritten();
    void negotiate();
    std::optional<NbdNegotiator::ClaimRefusal> claim(qsizetype index);
    void attach();
    void processRequests();
    void handle(const NbdRequest &request);
    bool continuePayload();
    void finishWrite();
    void startRead(const NbdRequest &request);
    void pump();
    void replySimple(quint64 cookie, quint32 error);
    void replyError(const NbdRequest &request, quint32 error, const QString &why);
    void reportIoError(const NbdRequest &request, quint32 error, const QString &why);

    qint64 available() const;
    QByteArray take(qint64 count);
    void send(const QByteArray &bytes);

    quint32 deviceRead(quint64 offset, char *into, qint64 length, QString *why);
    quint32 deviceWrite(quint64 offset, const char *from, qint64 length, QString *why);
    quint32 deviceZero(quint64 offset, quint64 length, bool mayPunch, QString *why);
    quint32 deviceTrim(quint64 offset, quint64 length, QString *why);
    quint32 deviceFlush(QString *why);

    void closeGracefully();
    void fail(const QString &reason);
    void finish(const QString &failure, bool notify);
    void postProgress();
    void post(TrafficEvent::Kind kind, const QString &detail);

    QTcpSocket *m_socket;
    const Context *m_context;
    QHostAddress m_peer;
    Phase m_phase = Phase::Negotiating;
    std::unique_ptr<NbdNegotiator> m_negotiator;
    QByteArray m_in;

    std::shared_ptr<NbdExportImage> m_image;
    std::unique_ptr<NbdExportOverlay> m_overlay;
    std::shared_ptr<NbdExportImage> m_claimed; // read-write export held by this client
    NbdRequestLimits m_limits;

    Payload m_payload;
    Stream m_stream;
    bool m_processing = false;

    qint64 m_bytesRead = 0;
    qint64 m_bytesWritten = 0;
    qint64 m_refusedRequests = 0;
    QElapsedTimer m_clock;
    QTimer m_handshakeTimer;
    QTimer m_progressTimer;
    QTimer m_closeTimer;
};

} // namespace Bootcast
