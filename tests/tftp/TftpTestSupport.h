#pragma once

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
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QUdpSocket>

#include <optional>

namespace BootcastTest {

using namespace Bootcast;

// Runs a TftpServer and its EventSink in a worker thread; every call crosses with a blocking queued
// call, events come back queued into events (processed whenever the test's event loop runs).
class ServerHost : public QObject
{
public:
    explicit ServerHost(const Profile &profile)
    {
        qRegisterMetaType<Bootcast::TrafficEvent>();
        qRegisterMetaType<Bootcast::ServiceState>();
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        m_thread.start();
        call([this, profile] {
            m_sink = new EventSink;
            m_server = new TftpServer(profile, m_sink);
            QObject::connect(m_sink, &EventSink::posted, this, [this](const TrafficEvent &e) { events.append(e); },
                             Qt::QueuedConnection);
        });
    }

    ~ServerHost() override
    {
        call([this] {
            m_server->stop();
            delete m_server; // in their own thread
            delete m_sink;
        });
        m_thread.quit();
        m_thread.wait();
        delete m_anchor; // its thread has finished: safe from here
    }

    template <typename F>
    void call(F function)
    {
        QMetaObject::invokeMethod(m_anchor, std::move(function), Qt::BlockingQueuedConnection);
    }

    bool start()
    {
        bool ok = false;
        call([&] { ok = m_server->start(); });
        return ok;
    }
    void stop()
    {
        call([&] { m_server->stop(); });
    }
    ServiceState state()
    {
        ServiceState s;
        call([&] { s = m_server->state(); });
        return s;
    }
    quint16 port() { return state().port; }
    int activeTransfers()
    {
        int n = -1;
        call([&] { n = m_server->activeTransfers(); });
        return n;
    }
    void setMaxTransfers(int count)
    {
        call([&] { m_server->setMaxTransfers(count); });
    }
    int blockSizeLimit(const QHostAddress &address)
    {
        int n = 0;
        call([&] { n = m_server->blockSizeLimit(address); });
        return n;
    }

    // Events of one kind seen so far (run the event loop first, e.g. inside QTRY_*).
    QList<TrafficEvent> eventsOf(TrafficEvent::Kind kind, const QString &subject = QString()) const
    {
        QList<TrafficEvent> out;
        for (const TrafficEvent &e : events) {
            if (e.kind == kind && (subject.isNull() || e.subject == subject))
                out.append(e);
        }
        return out;
    }

    QList<TrafficEvent> events;

private:
    QThread m_thread;
    QObject *m_anchor = nullptr;
    EventSink *m_sink = nullptr;
    TftpServer *m_server = nullptr;
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

struct ProcessResult
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
};

// Runs a real client program to its end (the server lives in another thread, so blocking is fine).
inline ProcessResult runClient(const QString &program, const QStringList &arguments, const QString &workDir,
                               int timeoutMsecs = 60000)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start();
    ProcessResult result;
    result.started = process.waitForStarted(10000);
    if (!result.started)
        return result;
    result.finished = process.waitForFinished(timeoutMsecs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.output = process.readAll();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        data[i] = char(rng.bounded(256));
    return data;
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A free UDP port on 127.0.0.1 at this moment.
inline quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

} // namespace BootcastTest
