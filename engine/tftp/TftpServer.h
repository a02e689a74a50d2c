#pragma once

#include "core/Profile.h"
#include "core/Server.h"

#include <memory>

namespace Bootcast {

class EventSink;

// TFTP service (RFC 1350, 2347, 2348, 2349, 7440): listens on the profile's TFTP port, runs one
// asynchronous transfer per request on its own socket, resolves names through files/.
//
// Requests: RRQ from the netboot folder (octet and netascii), WRQ into the profile's upload folder
// (refused with ERROR 2 when it is not set). Names that are hostile get ERROR 2, missing files
// ERROR 1, both a Refused event. Garbage on the port is answered with ERROR 4 (at most
// MaxErrorRepliesPerSecond a second, never to an ERROR) and summarised in one warning every few
// seconds, never fatal. A retransmitted request (same client address and port, same request) does
// not start a second transfer; at most maxTransfers() run at once (ERROR 0 beyond).
// The block size is limited to the MTU of the interface the request came in on (minus the IP, UDP
// and TFTP headers), 1468 when it is unknown, and to the profile's tftp.maxBlockSize when set.
// A profile port of 0 binds any free port; state().port tells which.
class TftpServer : public Server
{
    Q_OBJECT

public:
    TftpServer(const Profile &profile, EventSink *sink, QObject *parent = nullptr);
    ~TftpServer() override;

    Service service() const override { return Service::Tftp; }
    bool start() override;
    void stop() override;

    int activeTransfers() const;

    static constexpr int DefaultMaxTransfers = 256;
    static constexpr int MaxErrorRepliesPerSecond = 200;
    int maxTransfers() const;
    void setMaxTransfers(int count);

    // The largest block size offered to a client whose request arrived at localAddress.
    int blockSizeLimit(const QHostAddress &localAddress) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Bootcast
