#include "Server.h"

#include "SocketErrors.h"

#include <QTcpServer>

namespace Bootcast {

QTcpServer *Server::listenTcp(const QHostAddress &address, quint16 port, int maxPendingConnections,
                              ServiceState *failure)
{
    auto *listener = new QTcpServer(this);
    listener->setMaxPendingConnections(maxPendingConnections);
    if (listener->listen(address, port))
        return listener;
    failure->status = ServiceState::Status::Failed;
    failure->address = address;
    failure->port = port;
    failure->reason = bindFailureReason(QStringLiteral("TCP"), address, port, listener->serverError(),
                                        listener->errorString());
    delete listener;
    return nullptr;
}

} // namespace Bootcast
