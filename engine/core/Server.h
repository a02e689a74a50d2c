#pragma once

#include "ServiceState.h"

#include <QObject>

class QHostAddress;
class QTcpServer;

namespace Bootcast {

class EventSink;

// A thin socket-owning service (DHCP, TFTP, ...). Protocol logic lives in pure codecs; a Server
// only owns sockets and timers. Created and run in the engine thread.
class Server : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Server() override = default;

    virtual Service service() const = 0;
    // Opens sockets. Reports Listening or Failed through stateChanged before returning.
    virtual bool start() = 0;
    // Closes sockets and ends every transfer; reports Stopped.
    virtual void stop() = 0;

    const ServiceState &state() const { return m_state; }

signals:
    void stateChanged(const Bootcast::ServiceState &state);

protected:
    // A TCP listener on address:port, a child of this server. QTcpServer binds without SO_REUSEPORT
    // (and with SO_EXCLUSIVEADDRUSE on Windows), so a port another program listens on fails here
    // instead of being shared. On failure: nullptr, and *failure is the Failed state with the reason
    // and the fix (bindFailureReason).
    QTcpServer *listenTcp(const QHostAddress &address, quint16 port, int maxPendingConnections, ServiceState *failure);

    void setState(ServiceState state)
    {
        state.service = service();
        if (state == m_state)
            return;
        m_state = state;
        emit stateChanged(m_state);
    }

private:
    ServiceState m_state;
};

} // namespace Bootcast
