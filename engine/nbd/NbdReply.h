#pragma once

#include "NbdProtocol.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Bootcast {

// The header of a simple reply (proto.md, "Simple reply message"); READ data follows a successful one.
struct NbdSimpleReply
{
    quint32 error = 0;
    quint64 cookie = 0;
    friend bool operator==(const NbdSimpleReply &, const NbdSimpleReply &) = default;
};

// The header of one structured reply chunk (proto.md, "Structured reply chunk message").
struct NbdChunkHeader
{
    quint16 flags = 0;
    quint16 type = 0;
    quint64 cookie = 0;
    quint32 length = 0; // of the payload that follows
    friend bool operator==(const NbdChunkHeader &, const NbdChunkHeader &) = default;
};

// The payload of an NBD_REPLY_TYPE_ERROR or _ERROR_OFFSET chunk.
struct NbdChunkError
{
    quint32 error = 0;
    QByteArray message;
    quint64 offset = 0; // ERROR_OFFSET only
    friend bool operator==(const NbdChunkError &, const NbdChunkError &) = default;
};

// The pure codec of transmission replies: simple replies and structured reply chunks.
// READ data is not copied into these pieces: the server writes a header and then streams the data.
class NbdReply
{
public:
    static QByteArray serializeSimple(const NbdSimpleReply &reply);
    static Expected<NbdSimpleReply> parseSimple(QByteArrayView bytes); // exactly SimpleReplySize

    static QByteArray serializeChunkHeader(const NbdChunkHeader &header);
    static Expected<NbdChunkHeader> parseChunkHeader(QByteArrayView bytes); // exactly ChunkHeaderSize

    // The header of an OFFSET_DATA chunk and the 8-byte offset that starts its payload; dataLength
    // bytes of data follow. dataLength must be at most 2^32 - 9.
    static QByteArray offsetDataHeader(quint64 cookie, quint64 offset, quint32 dataLength, bool done);
    static QByteArray offsetHoleChunk(quint64 cookie, quint64 offset, quint32 holeLength, bool done);
    static QByteArray noneChunk(quint64 cookie); // NONE with DONE: the end of a reply
    // ERROR (or ERROR_OFFSET when offset is given) with DONE; the message is cut to 4096 bytes.
    static QByteArray errorChunk(quint64 cookie, quint32 error, QByteArrayView message, bool done = true);
    static QByteArray errorOffsetChunk(quint64 cookie, quint32 error, QByteArrayView message, quint64 offset,
                                       bool done = true);
    // The payload of an ERROR or ERROR_OFFSET chunk (type says which).
    static Expected<NbdChunkError> parseChunkError(quint16 type, QByteArrayView payload);

    // "EPERM", "EINVAL", ...; a number for anything unknown.
    static QString errorName(quint32 error);
    // A short English text for the error (what NBD clients print beside the number).
    static QByteArray errorText(quint32 error);
};

} // namespace Bootcast
