#pragma once

#include "../common/TestFiles.h"
#include "../common/ThreadedServerHost.h"
#include "../common/ProcessRunner.h"

// Shared by the TFTP integration tests: a TftpServer running in its own thread (as the engine runs
// it), a blocking in-test TFTP client for what real clients cannot do (windowsize, silence, errors
// mid-transfer, foreign TIDs), and a runner for real client programs.

#include "core/EventSink.h"
#include "core/Profile.h"
#include "core/TrafficEvent.h"
#include "tftp/TftpPacket.h"
#include "tftp/TftpServer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QThread>
#include <QUdpSocket>

#include <optional>

namespace BootcastTest {

using namespace Bootcast;

// A TftpServer in its own thread (see ThreadedServerHost).
class ServerHost : public ThreadedServerHost<TftpServer>
{
public:
    using ThreadedServerHost::ThreadedServerHost;

    int activeTransfers()
    {
        return read([](TftpServer *s) { return s->activeTransfers(); });
    }
    void setMaxTransfers(int count)
    {
        call([&] { server()->setMaxTransfers(count); });
    }
    int blockSizeLimit(const QHostAddress &address)
    {
        return read([&](TftpServer *s) { return s->blockSizeLimit(address); });
    }
};

// A literal with its embedded NUL bytes (and without the terminating one).
template <qsizetype N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

struct Received
{
    TftpPacket packet;
    QHostAddress from;
    quint16 fromPort = 0;
    QByteArray raw;
};

// A blocking TFTP client on 127.0.0.1 for protocol corners. The server runs in another thread, so
// waiting here does not stall it.
class TestClient
{
public:
    explicit TestClient(quint16 serverPort, const QHostAddress &server = QHostAddress::LocalHost)
        : m_server(server), m_serverPort(serverPort)
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
    }

    quint16 localPort() const { return m_socket.localPort(); }
    QUdpSocket &socket() { return m_socket; }

    void sendRaw(const QByteArray &bytes, quint16 port = 0)
    {
        m_socket.writeDatagram(bytes, m_server, port ? port : m_serverPort);
    }
    void send(const TftpPacket &packet, quint16 port = 0) { sendRaw(packet.serialize(), port); }
    // To the server's transfer port once known.
    void sendToTransfer(const TftpPacket &packet) { send(packet, transferPort); }

    void request(TftpOpcode opcode, const QByteArray &name, const TftpOptionList &options = {},
                 TftpMode mode = TftpMode::Octet)
    {
        TftpPacket p;
        p.opcode = opcode;
        p.fileName = name;
        p.mode = mode;
        p.options = options;
        send(p);
    }

    // The next datagram, or nothing after timeoutMsecs. Learns the transfer port from the first
    // reply that is not from the request port.
    std::optional<Received> receive(int timeoutMsecs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_socket.hasPendingDatagrams()) {
            const qint64 left = timeoutMsecs - clock.elapsed();
            if (left <= 0 || !m_socket.waitForReadyRead(int(left)))
                break;
        }
        if (!m_socket.hasPendingDatagrams())
            return std::nullopt;
        const QNetworkDatagram datagram = m_socket.receiveDatagram();
        Received r;
        r.raw = datagram.data();
        r.from = datagram.senderAddress();
        r.fromPort = quint16(datagram.senderPort());
        const Expected<TftpPacket> parsed = TftpPacket::parse(r.raw);
        if (parsed)
            r.packet = *parsed;
        else
            r.packet.opcode = TftpOpcode(0xffff);
        if (transferPort == 0 && r.fromPort != m_serverPort)
            transferPort = r.fromPort;
        return r;
    }

    // Everything that arrives within msecs.
    QList<Received> drain(int msecs)
    {
        QList<Received> all;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < msecs) {
            std::optional<Received> r = receive(int(msecs - clock.elapsed()));
            if (!r)
                break;
            all.append(*r);
        }
        return all;
    }

    quint16 transferPort = 0;

private:
    QUdpSocket m_socket;
    QHostAddress m_server;
    quint16 m_serverPort;
};

// TFTP clients write their downloads into the working folder.
inline ProcessResult runClient(const QString &program, const QStringList &arguments, const QString &workDir,
                               int timeoutMsecs = 60000)
{
    return runProcess(program, arguments, timeoutMsecs, workDir);
}

// A free UDP port on 127.0.0.1 at this moment.
inline quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

} // namespace BootcastTest
