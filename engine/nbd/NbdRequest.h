#pragma once

#include "NbdProtocol.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Bootcast {

// What a request is checked against: the export as this client sees it.
struct NbdRequestLimits
{
    quint64 exportSize = 0;
    bool readOnly = true;
    bool structuredReplies = false; // NBD_OPT_STRUCTURED_REPLY was agreed (so DF and EOVERFLOW apply)
    quint32 maxPayload = Nbd::MaxPayloadSize;
};

// One transmission request (proto.md, "Transmission"): 28 bytes; NBD_CMD_WRITE's payload follows it.
// The pure codec and the pure decision whether a request may be carried out (check()).
struct NbdRequest
{
    quint16 flags = 0;
    quint16 type = 0;
    quint64 cookie = 0; // "handle": echoed in the reply
    quint64 offset = 0;
    quint32 length = 0;

    friend bool operator==(const NbdRequest &, const NbdRequest &) = default;

    // Exactly RequestSize bytes; wrong magic is an error (the connection cannot stay in step).
    static Expected<NbdRequest> parse(QByteArrayView bytes);
    QByteArray serialize() const;

    Nbd::Command command() const { return Nbd::Command(type); }
    // Bytes that follow the header on the wire (NBD_CMD_WRITE only), whatever check() says: they
    // must be read to stay in step with the client.
    quint32 payloadLength() const { return command() == Nbd::Command::Write ? length : 0; }

    // 0 when the request may be carried out, else the error to answer with:
    // ENOTSUP unknown or unsupported command; EINVAL unknown or misplaced flags (DF without structured
    // replies or on anything but READ, NO_HOLE on anything but WRITE_ZEROES, FAST_ZERO, REQ_ONE);
    // EPERM writes, trims and zeroes on a read-only export; EOVERFLOW (with structured replies) or
    // EINVAL (without) for READ and WRITE longer than maxPayload; EINVAL READ and TRIM beyond the end;
    // ENOSPC WRITE and WRITE_ZEROES beyond the end. Offsets are checked without overflow.
    static quint32 check(const NbdRequest &request, const NbdRequestLimits &limits);

    // "NBD_CMD_READ", ...; a number for anything unknown.
    static QString commandName(quint16 type);
};

} // namespace Bootcast
