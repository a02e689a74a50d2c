#pragma once

#include "core/Profile.h"
#include "core/Server.h"

#include <memory>

namespace Bootcast {

class EventSink;

// HTTP/1.1 file service for iPXE, UEFI HTTP Boot and installers (kernel, initrd, ISO, squashfs):
// GET and HEAD from the profile's netboot folder (resolved through files/, so nothing leaves it),
// keep-alive, byte ranges (single, multiple, files over 4 GiB), percent-decoding, query strings,
// per-client rendering of *.ipxe scripts (IpxeTemplate) and optional folder listings.
//
// Listens on profile.http.address:port (port 0: any free port; state().port tells which). At most
// profile.http.maxConnections connections are served at once; one beyond gets 503 and is closed (at
// most MaxBusyReplies such answers are pending; further connections are closed at once). Every
// connection runs in the thread of the server, asynchronously; stop() closes them all and frees
// the port.
class HttpServer : public Server
{
    Q_OBJECT

public:
    HttpServer(const Profile &profile, EventSink *sink, QObject *parent = nullptr);
    ~HttpServer() override;

    Service service() const override { return Service::Http; }
    bool start() override;
    void stop() override;

    // Connections being served (not counting those that get a 503).
    int connectionCount() const;

    static constexpr int DefaultIdleTimeoutMsecs = 30000;
    static constexpr int MaxBusyReplies = 64;
    static constexpr int BusyWarningIntervalMsecs = 5000;
    // How long a client may take to send a request, or to read on while a response is sent.
    // Takes effect for connections accepted afterwards.
    int idleTimeoutMsecs() const;
    void setIdleTimeoutMsecs(int msecs);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Bootcast
