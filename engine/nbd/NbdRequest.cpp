#include "NbdRequest.h"

#include "NbdHandshake.h"
#include "NbdWire.h"

namespace Bootcast {

using namespace Nbd::Wire;

Expected<NbdRequest> NbdRequest::parse(QByteArrayView bytes)
{
    using Result = Expected<NbdRequest>;
    if (bytes.size() != Nbd::RequestSize)
        return Result::failure(NbdHandshake::tr("%1: %2 bytes where %3 were expected")
                                   .arg(QLatin1StringView("NBD request"))
                                   .arg(bytes.size())
                                   .arg(Nbd::RequestSize));
    if (read32(bytes, 0) != Nbd::RequestMagic)
        return Result::failure(NbdHandshake::tr("%1: wrong magic number 0x%2")
                                   .arg(QLatin1StringView("NBD request"))
                                   .arg(read32(bytes, 0), 0, 16));
    NbdRequest request;
    request.flags = read16(bytes, 4);
    request.type = read16(bytes, 6);
    request.cookie = read64(bytes, 8);
    request.offset = read64(bytes, 16);
    request.length = read32(bytes, 24);
    return request;
}

QByteArray NbdRequest::serialize() const
{
    QByteArray out;
    out.reserve(Nbd::RequestSize);
    append32(out, Nbd::RequestMagic);
    append16(out, flags);
    append16(out, type);
    append64(out, cookie);
    append64(out, offset);
    append32(out, length);
    return out;
}

quint32 NbdRequest::check(const NbdRequest &request, const NbdRequestLimits &limits)
{
    using C = Nbd::Command;
    const C command = request.command();
    switch (command) {
    case C::Read:
    case C::Write:
    case C::Disconnect:
    case C::Flush:
    case C::Trim:
    case C::WriteZeroes: break;
    case C::Cache:
    case C::BlockStatus:
    case C::Resize:
    default: return Nbd::ENotSup;
    }

    // FUA is accepted on every command (meaningless ones ignore it), as the reference server does.
    quint16 allowed = Nbd::CommandFlagFua;
    if (command == C::Read && limits.structuredReplies)
        allowed |= Nbd::CommandFlagDf;
    if (command == C::WriteZeroes)
        allowed |= Nbd::CommandFlagNoHole;
    if (request.flags & ~allowed)
        return Nbd::EInval;

    const bool writes = command == C::Write || command == C::Trim || command == C::WriteZeroes;
    if (writes && limits.readOnly)
        return Nbd::EPerm;

    if ((command == C::Read || command == C::Write) && request.length > limits.maxPayload)
        return limits.structuredReplies ? Nbd::EOverflow : Nbd::EInval;

    const bool ranged = command == C::Read || writes;
    if (ranged) {
        const bool beyond = request.offset > limits.exportSize || request.length > limits.exportSize - request.offset;
        if (beyond)
            return command == C::Write || command == C::WriteZeroes ? Nbd::ENoSpc : Nbd::EInval;
    }
    return Nbd::NoError;
}

QString NbdRequest::commandName(quint16 type)
{
    using C = Nbd::Command;
    switch (C(type)) {
    case C::Read: return QStringLiteral("NBD_CMD_READ");
    case C::Write: return QStringLiteral("NBD_CMD_WRITE");
    case C::Disconnect: return QStringLiteral("NBD_CMD_DISC");
    case C::Flush: return QStringLiteral("NBD_CMD_FLUSH");
    case C::Trim: return QStringLiteral("NBD_CMD_TRIM");
    case C::Cache: return QStringLiteral("NBD_CMD_CACHE");
    case C::WriteZeroes: return QStringLiteral("NBD_CMD_WRITE_ZEROES");
    case C::BlockStatus: return QStringLiteral("NBD_CMD_BLOCK_STATUS");
    case C::Resize: return QStringLiteral("NBD_CMD_RESIZE");
    }
    return QStringLiteral("NBD command %1").arg(type);
}

} // namespace Bootcast
