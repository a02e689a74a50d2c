#pragma once

#include "../common/ThreadedServerHost.h"
#include "../common/ProcessRunner.h"

// Shared by the NBD integration tests: an NbdServer running in its own thread (as the engine runs
// it), a blocking raw NBD client for what real clients will not do (writes to read-only exports,
// reads past the end, simple replies, garbage), and a runner for real client programs.

#include "core/EventSink.h"
#include "core/Profile.h"
#include "core/TrafficEvent.h"
#include "nbd/NbdHandshake.h"
#include "nbd/NbdReply.h"
#include "nbd/NbdRequest.h"
#include "nbd/NbdServer.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <QtEndian>

#include <cstring>

#include <optional>

namespace BootcastTest {

using namespace Bootcast;

// An NbdServer in its own thread (see ThreadedServerHost).
class NbdServerHost : public ThreadedServerHost<NbdServer>
{
public:
    using ThreadedServerHost::ThreadedServerHost;

    int activeClients()
    {
        return read([](NbdServer *s) { return s->activeClients(); });
    }
    QStringList overlayFiles()
    {
        return read([](NbdServer *s) { return s->overlayFiles(); });
    }
    QStringList exportNames()
    {
        return read([](NbdServer *s) { return s->exportNames(); });
    }
    bool isInRam(const QString &name)
    {
        return read([&](NbdServer *s) { return s->isInRam(name); });
    }
    void setMaxClients(int count)
    {
        call([&] { server()->setMaxClients(count); });
    }
    void setHandshakeTimeoutMsecs(int msecs)
    {
        call([&] { server()->setHandshakeTimeoutMsecs(msecs); });
    }
};

// A blocking NBD client over a raw socket. The server runs in another thread, so waiting here does
// not stall it. Every wait is bounded.
class RawNbdClient
{
public:
    struct Reply
    {
        bool complete = false; // a whole, well-formed reply arrived
        quint32 error = 0;
        QByteArray data;
        int chunks = 0;
    };

    bool connectTo(quint16 port, int timeoutMsecs = 5000)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(timeoutMsecs))
            return false;
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return true;
    }

    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }

    // Exactly n bytes, or what arrived before the timeout or the end of the connection.
    QByteArray readExactly(qint64 n, int timeoutMsecs = 10000)
    {
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (out.size() < n) {
            if (m_socket.bytesAvailable() == 0) {
                const qint64 left = timeoutMsecs - clock.elapsed();
                if (left <= 0 || !m_socket.waitForReadyRead(int(left)))
                    break;
            }
            out += m_socket.read(n - out.size());
        }
        return out;
    }

    // True when the server closed the connection within the timeout (whatever it sent before).
    bool closedByServer(int timeoutMsecs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMsecs) {
            m_socket.readAll();
            m_socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMsecs - clock.elapsed())));
        }
        m_socket.readAll();
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

    // Fixed newstyle handshake up to transmission with NBD_OPT_GO. nullopt when the server refused.
    struct Attached
    {
        quint64 size = 0;
        quint16 flags = 0;
    };
    std::optional<Attached> attach(const QByteArray &name, bool structured, QByteArray *refusal = nullptr)
    {
        if (!NbdHandshake::parseGreeting(readExactly(Nbd::GreetingSize)))
            return std::nullopt;
        send(NbdHandshake::serializeClientFlags(Nbd::ClientFlagFixedNewstyle | Nbd::ClientFlagNoZeroes));
        if (structured) {
            send(NbdHandshake::serializeOption(quint32(Nbd::Option::StructuredReply)));
            const auto header = NbdHandshake::parseOptionReplyHeader(readExactly(Nbd::OptionReplyHeaderSize));
            if (!header || header->type != quint32(Nbd::OptionReply::Ack))
                return std::nullopt;
            m_structured = true;
        }
        send(NbdHandshake::serializeOption(quint32(Nbd::Option::Go),
                                           NbdHandshake::serializeExportRequest({name, {}})));
        Attached attached;
        for (int i = 0; i < 16; ++i) {
            const auto header = NbdHandshake::parseOptionReplyHeader(readExactly(Nbd::OptionReplyHeaderSize));
            if (!header)
                return std::nullopt;
            const QByteArray data = readExactly(header->length);
            if (header->type == quint32(Nbd::OptionReply::Ack))
                return attached;
            if (header->type & Nbd::OptionReplyErrorBit) {
                if (refusal)
                    *refusal = data;
                return std::nullopt;
            }
            const auto info = NbdHandshake::parseInfo(data);
            if (info && info->type == quint16(Nbd::InfoType::Export)) {
                attached.size = info->size;
                attached.flags = info->flags;
            }
        }
        return std::nullopt;
    }

    void request(Nbd::Command command, quint64 offset, quint32 length, quint16 flags = 0, const QByteArray &payload = {})
    {
        NbdRequest r;
        r.type = quint16(command);
        r.flags = flags;
        r.cookie = ++m_cookie;
        r.offset = offset;
        r.length = length;
        send(r.serialize() + payload);
    }

    // The reply to the last request; data holds READ data. A READ needs its length.
    Reply reply(bool isRead, quint32 readLength = 0, int timeoutMsecs = 20000)
    {
        Reply out;
        if (!m_structured || !isRead) {
            const auto simple = NbdReply::parseSimple(readExactly(Nbd::SimpleReplySize, timeoutMsecs));
            if (!simple || simple->cookie != m_cookie)
                return out;
            out.error = simple->error;
            if (isRead && simple->error == 0) {
                out.data = readExactly(readLength, timeoutMsecs);
                if (out.data.size() != qsizetype(readLength))
                    return out;
            }
            out.complete = true;
            return out;
        }
        out.data = QByteArray(readLength, '\0');
        for (int guard = 0; guard < 100000; ++guard) {
            const auto chunk = NbdReply::parseChunkHeader(readExactly(Nbd::ChunkHeaderSize, timeoutMsecs));
            if (!chunk || chunk->cookie != m_cookie)
                return out;
            ++out.chunks;
            const QByteArray payload = readExactly(chunk->length, timeoutMsecs);
            if (payload.size() != qsizetype(chunk->length))
                return out;
            switch (Nbd::ChunkType(chunk->type)) {
            case Nbd::ChunkType::OffsetData: {
                const quint64 offset = qFromBigEndian<quint64>(payload.constData());
                const qint64 at = qint64(offset - m_lastOffset);
                if (at < 0 || at + payload.size() - 8 > out.data.size())
                    return out;
                std::memcpy(out.data.data() + at, payload.constData() + 8, size_t(payload.size() - 8));
                break;
            }
            case Nbd::ChunkType::Error:
            case Nbd::ChunkType::ErrorOffset: {
                const auto error = NbdReply::parseChunkError(chunk->type, payload);
                if (!error)
                    return out;
                out.error = error->error;
                break;
            }
            default: break;
            }
            if (chunk->flags & Nbd::ChunkFlagDone) {
                out.complete = true;
                return out;
            }
        }
        return out;
    }

    Reply read(quint64 offset, quint32 length, quint16 flags = 0)
    {
        m_lastOffset = offset;
        request(Nbd::Command::Read, offset, length, flags);
        return reply(true, length);
    }

    quint32 write(quint64 offset, const QByteArray &data, quint16 flags = 0)
    {
        request(Nbd::Command::Write, offset, quint32(data.size()), flags, data);
        const Reply r = reply(false);
        return r.complete ? r.error : 0xffffffffu;
    }

    quint32 command(Nbd::Command command, quint64 offset, quint32 length, quint16 flags = 0)
    {
        request(command, offset, length, flags);
        const Reply r = reply(false);
        return r.complete ? r.error : 0xffffffffu;
    }

    void disconnectCleanly()
    {
        request(Nbd::Command::Disconnect, 0, 0);
        closedByServer();
    }

private:
    QTcpSocket m_socket;
    bool m_structured = false;
    quint64 m_cookie = 0;
    quint64 m_lastOffset = 0;
};

inline ProcessResult runClient(const QString &program, const QStringList &arguments, int timeoutMsecs = 60000)
{
    return runProcess(program, arguments, timeoutMsecs);
}

inline bool haveProgram(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

} // namespace BootcastTest
