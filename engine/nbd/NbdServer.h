#pragma once

#include "core/Profile.h"
#include "core/Server.h"

#include <memory>

namespace Bootcast {

class EventSink;

// NBD service (the protocol's doc/proto.md): listens on the profile's NBD address and port and
// serves the profile's exports to network-booting machines (diskless Linux, sanboot of an ISO) and
// to tools (nbdinfo, nbdcopy, qemu, nbd-client). Every connection runs asynchronously in the
// engine thread (NbdConnection); nothing blocks on a client.
//
// Exports (Profile::nbd.exports): file names are relative to the netboot folder (resolved through
// FileResolver, so they cannot leave it); an absolute path is taken as written. Files that cannot
// be opened are reported (a warning each) and left out; when no export can be served the service
// fails with the reason. Modes:
//   read-only      writes, trims and zeroes refused with EPERM; CAN_MULTI_CONN announced.
//   copy-on-write  each client writes into its own overlay (NbdExportOverlay: in memory, or a
//                  temporary file in the system temp folder removed when the client leaves or the
//                  server stops); the image never changes.
//   read-write     writes reach the image. One client at a time: while one is attached, others get
//                  NBD_REP_ERR_POLICY for NBD_OPT_GO (with the holder's address in the message), or
//                  the connection is closed after NBD_OPT_EXPORT_NAME, which has no error reply.
//                  (Serving them read-only instead would show them a disk that changes under them.)
// copyToRam reads the image into memory in steps after start; until it is complete the file serves.
// The export named "" is the default; without one, the first export is (NbdNegotiator).
//
// At most profile.nbd.maxClients connections at once; beyond, a connection is closed at once with a
// Refused event. Events: TransferStarted when a client attaches (subject: the export, detail: the
// mode), TransferProgress every few seconds while attached, TransferFinished / TransferFailed when it
// leaves (bytes read and written), Refused for unknown exports and busy read-write exports, Warning
// for clients that break the protocol, Error for I/O errors, each with the client's address.
// A profile port of 0 binds any free port; state().port tells which.
class NbdServer : public Server
{
    Q_OBJECT

public:
    NbdServer(const Profile &profile, EventSink *sink, QObject *parent = nullptr);
    ~NbdServer() override;

    Service service() const override { return Service::Nbd; }
    bool start() override;
    void stop() override;

    int activeClients() const;
    int maxClients() const;
    void setMaxClients(int count);
    void setHandshakeTimeoutMsecs(int msecs);

    // The exports being served (names as in the profile) and whether each is entirely in RAM.
    QStringList exportNames() const;
    bool isInRam(const QString &exportName) const;
    // The overlay files of connected copy-on-write clients (diagnostics, tests).
    QStringList overlayFiles() const;

    static constexpr qint64 CopyToRamStepBytes = 4 * 1024 * 1024; // per turn of the event loop

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Bootcast
