#pragma once

#include "../common/TestFiles.h"
#include "../common/ThreadedServerHost.h"
#include "../common/ProcessRunner.h"

// For the HTTP integration test: an HttpServer running in its own thread (as the engine runs it),
// curl as the real client, and a raw TCP client for what curl cannot send (pipelining, partial
// requests, idle connections).

#include "core/EventSink.h"
#include "core/Profile.h"
#include "core/TrafficEvent.h"
#include "http/HttpServer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace BootcastTest {

using namespace Bootcast;

// An HttpServer in its own thread (see ThreadedServerHost).
class HttpServerHost : public ThreadedServerHost<HttpServer>
{
public:
    explicit HttpServerHost(const Profile &profile, int idleTimeoutMsecs = 0)
        : ThreadedServerHost(profile, [idleTimeoutMsecs](HttpServer *s) {
              if (idleTimeoutMsecs > 0)
                  s->setIdleTimeoutMsecs(idleTimeoutMsecs);
          })
    {
    }

    int connectionCount()
    {
        return read([](HttpServer *s) { return s->connectionCount(); });
    }
};

// curl and friends, with standard output (the status, the body) apart from standard error (-v).
inline ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMsecs = 60000)
{
    return runProcess(program, arguments, timeoutMsecs, QString(), Channels::Separate);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Resident memory of this process in KiB (Linux), -1 elsewhere.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A raw HTTP client for what curl does not do. Blocking; the server runs in another thread.
class RawClient
{
public:
    bool connect(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(5000);
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }
    // Everything until the server closes the connection or nothing arrives for quietMsecs.
    QByteArray readUntilClosed(int quietMsecs = 3000)
    {
        QByteArray all;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20000) {
            all += m_socket.readAll();
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                break;
            if (!m_socket.waitForReadyRead(quietMsecs))
                break;
        }
        all += m_socket.readAll();
        return all;
    }
    // Reads until at least size bytes arrived (or timeout).
    QByteArray readAtLeast(qint64 size, int timeoutMsecs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_buffer.size() < size && clock.elapsed() < timeoutMsecs) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(50))
                continue;
            m_buffer += m_socket.readAll();
        }
        const QByteArray out = m_buffer;
        m_buffer.clear();
        return out;
    }
    bool waitForDisconnected(int msecs)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < msecs) {
            m_socket.waitForReadyRead(50);
            m_socket.readAll();
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                return true;
        }
        return false;
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace BootcastTest
