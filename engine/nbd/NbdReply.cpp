#include "NbdReply.h"

#include "NbdHandshake.h"
#include "NbdWire.h"

namespace Bootcast {

using namespace Nbd::Wire;

namespace {

QString sizeError(const char *what, qsizetype got, qsizetype expected)
{
    return NbdHandshake::tr("%1: %2 bytes where %3 were expected").arg(QLatin1StringView(what)).arg(got).arg(expected);
}

QString magicError(const char *what, quint64 magic)
{
    return NbdHandshake::tr("%1: wrong magic number 0x%2").arg(QLatin1StringView(what)).arg(magic, 0, 16);
}

QByteArrayView clipped(QByteArrayView message)
{
    return message.first(qMin(message.size(), qsizetype(Nbd::MaxStringSize)));
}

} // namespace

QByteArray NbdReply::serializeSimple(const NbdSimpleReply &reply)
{
    QByteArray out;
    out.reserve(Nbd::SimpleReplySize);
    append32(out, Nbd::SimpleReplyMagic);
    append32(out, reply.error);
    append64(out, reply.cookie);
    return out;
}

Expected<NbdSimpleReply> NbdReply::parseSimple(QByteArrayView bytes)
{
    using Result = Expected<NbdSimpleReply>;
    if (bytes.size() != Nbd::SimpleReplySize)
        return Result::failure(sizeError("NBD simple reply", bytes.size(), Nbd::SimpleReplySize));
    if (read32(bytes, 0) != Nbd::SimpleReplyMagic)
        return Result::failure(magicError("NBD simple reply", read32(bytes, 0)));
    return NbdSimpleReply{read32(bytes, 4), read64(bytes, 8)};
}

QByteArray NbdReply::serializeChunkHeader(const NbdChunkHeader &header)
{
    QByteArray out;
    out.reserve(Nbd::ChunkHeaderSize);
    append32(out, Nbd::StructuredReplyMagic);
    append16(out, header.flags);
    append16(out, header.type);
    append64(out, header.cookie);
    append32(out, header.length);
    return out;
}

Expected<NbdChunkHeader> NbdReply::parseChunkHeader(QByteArrayView bytes)
{
    using Result = Expected<NbdChunkHeader>;
    if (bytes.size() != Nbd::ChunkHeaderSize)
        return Result::failure(sizeError("NBD structured reply chunk", bytes.size(), Nbd::ChunkHeaderSize));
    if (read32(bytes, 0) != Nbd::StructuredReplyMagic)
        return Result::failure(magicError("NBD structured reply chunk", read32(bytes, 0)));
    return NbdChunkHeader{read16(bytes, 4), read16(bytes, 6), read64(bytes, 8), read32(bytes, 16)};
}

QByteArray NbdReply::offsetDataHeader(quint64 cookie, quint64 offset, quint32 dataLength, bool done)
{
    QByteArray out = serializeChunkHeader({quint16(done ? Nbd::ChunkFlagDone : 0), quint16(Nbd::ChunkType::OffsetData),
                                           cookie, dataLength + 8});
    append64(out, offset);
    return out;
}

QByteArray NbdReply::offsetHoleChunk(quint64 cookie, quint64 offset, quint32 holeLength, bool done)
{
    QByteArray out = serializeChunkHeader(
        {quint16(done ? Nbd::ChunkFlagDone : 0), quint16(Nbd::ChunkType::OffsetHole), cookie, 8 + 4});
    append64(out, offset);
    append32(out, holeLength);
    return out;
}

QByteArray NbdReply::noneChunk(quint64 cookie)
{
    return serializeChunkHeader({Nbd::ChunkFlagDone, quint16(Nbd::ChunkType::None), cookie, 0});
}

QByteArray NbdReply::errorChunk(quint64 cookie, quint32 error, QByteArrayView message, bool done)
{
    const QByteArrayView text = clipped(message);
    QByteArray out = serializeChunkHeader({quint16(done ? Nbd::ChunkFlagDone : 0), quint16(Nbd::ChunkType::Error),
                                           cookie, quint32(4 + 2 + text.size())});
    append32(out, error);
    append16(out, quint16(text.size()));
    out.append(text);
    return out;
}

QByteArray NbdReply::errorOffsetChunk(quint64 cookie, quint32 error, QByteArrayView message, quint64 offset, bool done)
{
    const QByteArrayView text = clipped(message);
    QByteArray out = serializeChunkHeader({quint16(done ? Nbd::ChunkFlagDone : 0),
                                           quint16(Nbd::ChunkType::ErrorOffset), cookie,
                                           quint32(4 + 2 + text.size() + 8)});
    append32(out, error);
    append16(out, quint16(text.size()));
    out.append(text);
    append64(out, offset);
    return out;
}

Expected<NbdChunkError> NbdReply::parseChunkError(quint16 type, QByteArrayView payload)
{
    using Result = Expected<NbdChunkError>;
    const bool withOffset = type == quint16(Nbd::ChunkType::ErrorOffset);
    const qsizetype tail = withOffset ? 8 : 0;
    if (payload.size() < 4 + 2 + tail)
        return Result::failure(sizeError("NBD error chunk", payload.size(), 4 + 2 + tail));
    NbdChunkError e;
    e.error = read32(payload, 0);
    const quint16 messageLength = read16(payload, 4);
    if (payload.size() != 4 + 2 + qsizetype(messageLength) + tail)
        return Result::failure(sizeError("NBD error chunk", payload.size(), 4 + 2 + qsizetype(messageLength) + tail));
    e.message = payload.sliced(6, messageLength).toByteArray();
    if (withOffset)
        e.offset = read64(payload, 6 + messageLength);
    return e;
}

QString NbdReply::errorName(quint32 error)
{
    switch (error) {
    case Nbd::NoError: return QStringLiteral("success");
    case Nbd::EPerm: return QStringLiteral("EPERM");
    case Nbd::EIo: return QStringLiteral("EIO");
    case Nbd::ENoMem: return QStringLiteral("ENOMEM");
    case Nbd::EInval: return QStringLiteral("EINVAL");
    case Nbd::ENoSpc: return QStringLiteral("ENOSPC");
    case Nbd::EOverflow: return QStringLiteral("EOVERFLOW");
    case Nbd::ENotSup: return QStringLiteral("ENOTSUP");
    case Nbd::EShutdown: return QStringLiteral("ESHUTDOWN");
    default: break;
    }
    return QStringLiteral("error %1").arg(error);
}

QByteArray NbdReply::errorText(quint32 error)
{
    switch (error) {
    case Nbd::EPerm: return QByteArrayLiteral("the export is read-only");
    case Nbd::EIo: return QByteArrayLiteral("input/output error on the server");
    case Nbd::ENoMem: return QByteArrayLiteral("the server is out of memory");
    case Nbd::EInval: return QByteArrayLiteral("invalid request (offset, length or flags)");
    case Nbd::ENoSpc: return QByteArrayLiteral("the request goes beyond the end of the export");
    case Nbd::EOverflow: return QByteArrayLiteral("the request is longer than the maximum block size");
    case Nbd::ENotSup: return QByteArrayLiteral("the command is not supported");
    case Nbd::EShutdown: return QByteArrayLiteral("the server is shutting down");
    default: break;
    }
    return QByteArrayLiteral("error");
}

} // namespace Bootcast
