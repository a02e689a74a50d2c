#pragma once

#include "TftpOptions.h"
#include "TftpPacket.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QIODevice;
class QNetworkDatagram;
class QUdpSocket;

namespace Bootcast {

class EventSink;
class NetasciiDecoder;
class NetasciiEncoder;

// One TFTP transfer: the state machine of a read (RRQ) or a write (WRQ) request on its own UDP socket
// (its own transfer ID), with options already negotiated and the file already opened by TftpServer.
//
// Read: OACK (retransmitted until ACK 0) when options were accepted, then DATA in windows of
// windowSize blocks (RFC 7440): a window goes out, the ACK of its last block moves on to the next; an
// ACK of an earlier block of the window sends a new window from the block after it; an ACK that
// acknowledges nothing new (a duplicate) is ignored, which avoids the Sorcerer's Apprentice
// Syndrome. A timeout resends the window. Block numbers wrap 65535 -> 0 on the wire and count in 64
// bits here, so files of any size work. Only the current window is held in memory.
// Write: ACK 0 (or OACK), then DATA blocks written through the device (a QSaveFile: nothing shows
// under the name before the last block arrived); an ACK after every windowSize blocks, the last
// in-order block acknowledged again on a gap or a resent block; after the last block the transfer
// lingers one timeout to acknowledge a resent last block once more.
//
// Bounded everywhere: retries (the profile's count) per packet, then the transfer ends. A client's
// ERROR ends it at once. Packets from any other address or port get ERROR 5 and change nothing.
// finished() is emitted exactly once, when the transfer is over and may be deleted.
class TftpTransfer : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        TftpOptions::Direction direction = TftpOptions::Direction::Read;
        QHostAddress peer;
        quint16 peerPort = 0;
        QHostAddress localAddress;    // where the request arrived; the transfer answers from it
        QHostAddress fallbackAddress; // used when localAddress is null or cannot be bound (broadcast)
        quint16 portRangeBegin = 0;   // 0: any free port
        quint16 portRangeEnd = 0;
        QString fileName; // as the client asked, for events
        TftpMode mode = TftpMode::Octet;
        TftpOptions options;
        int retries = 5;
        qint64 totalBytes = -1; // the file's size (read) or the announced size (write); -1 unknown
        int progressIntervalMsecs = 250;
    };

    // device: open for reading (read requests) or a QSaveFile open for writing (write requests).
    TftpTransfer(Setup setup, std::unique_ptr<QIODevice> device, EventSink *sink, QObject *parent = nullptr);
    ~TftpTransfer() override;

    // Binds the transfer's socket, posts TransferStarted and sends the first packet. False (with
    // *error set, nothing sent) when no port could be bound.
    bool start(QString *error);

    // Ends the transfer from the server's side: ERROR 0 with the reason to the client, TransferFailed.
    void abort(const QString &reason);

signals:
    void finished();

private:
    enum class State : quint8 {
        Idle,
        AwaitingOackAck, // read: OACK sent, waiting for ACK 0
        Sending,         // read: DATA windows
        Receiving,       // write: waiting for DATA (after ACK 0 or OACK)
        Dallying,        // write: last block acknowledged, answering a resent last block
        Finished,
    };

    void readPendingDatagrams();
    void handleDatagram(const QNetworkDatagram &datagram);
    void handleAck(quint16 wireBlock);
    void handleData(const TftpPacket &packet);
    void handleTimeout();

    // Read side.
    bool fillWindow();
    void sendWindow(); // every block of the window, from m_windowStart
    // Write side.
    void sendAck(quint64 block);

    void send(const QByteArray &datagram);
    void sendTo(const TftpPacket &packet, const QHostAddress &address, quint16 port);
    void armTimer();
    void reportProgress(); // at most every progressIntervalMsecs
    void succeed();
    void fail(const QString &reason, std::optional<TftpErrorCode> tellClient, const QString &clientMessage = QString());
    void finish();


    Setup m_setup;
    std::unique_ptr<QIODevice> m_device;
    EventSink *m_sink;
    QUdpSocket *m_socket = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMsecs = -1;
    State m_state = State::Idle;
    int m_retriesLeft = 0;
    qint64 m_bytes = 0; // acknowledged (read) or written (write), in file bytes

    // Read side: blocks m_windowStart .. m_windowStart + m_window.size() - 1 are in flight.
    std::unique_ptr<NetasciiEncoder> m_encoder;
    QList<QByteArray> m_window;     // DATA payloads
    quint64 m_windowStart = 1;      // first block not acknowledged yet
    quint64 m_lastBlock = 0;        // the short (final) block, once it has been read; 0: not yet
    QByteArray m_oack;

    // Write side.
    std::unique_ptr<NetasciiDecoder> m_decoder;
    quint64 m_expected = 1;         // next block wanted
    int m_receivedInWindow = 0;
    bool m_gapAcknowledged = false;
    QByteArray m_lastAck;           // serialized, resent on timeout
};

} // namespace Bootcast
