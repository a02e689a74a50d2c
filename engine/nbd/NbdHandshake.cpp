#include "NbdHandshake.h"

#include "NbdWire.h"

namespace Bootcast {

using namespace Nbd::Wire;

namespace {

QString sizeError(const char *what, qsizetype got, qsizetype expected)
{
    return NbdHandshake::tr("%1: %2 bytes where %3 were expected")
        .arg(QLatin1StringView(what)).arg(got).arg(expected);
}

QString magicError(const char *what, quint64 magic)
{
    return NbdHandshake::tr("%1: wrong magic number 0x%2").arg(QLatin1StringView(what)).arg(magic, 0, 16);
}

QString lengthsError(const char *what, qsizetype dataLength)
{
    return NbdHandshake::tr("%1: the lengths inside do not add up (%2 bytes of data)")
        .arg(QLatin1StringView(what))
        .arg(dataLength);
}

QString tooLongError(const char *what)
{
    return NbdHandshake::tr("%1: a name or text longer than %2 bytes").arg(QLatin1StringView(what)).arg(Nbd::MaxStringSize);
}

} // namespace

QByteArray NbdHandshake::serializeGreeting(quint16 flags)
{
    QByteArray out;
    out.reserve(Nbd::GreetingSize);
    append64(out, Nbd::InitMagic);
    append64(out, Nbd::OptionMagic);
    append16(out, flags);
    return out;
}

Expected<quint16> NbdHandshake::parseGreeting(QByteArrayView bytes)
{
    using Result = Expected<quint16>;
    if (bytes.size() != Nbd::GreetingSize)
        return Result::failure(sizeError("NBD greeting", bytes.size(), Nbd::GreetingSize));
    if (read64(bytes, 0) != Nbd::InitMagic)
        return Result::failure(magicError("NBD greeting", read64(bytes, 0)));
    if (read64(bytes, 8) != Nbd::OptionMagic)
        return Result::failure(magicError("NBD greeting", read64(bytes, 8)));
    return read16(bytes, 16);
}

QByteArray NbdHandshake::serializeClientFlags(quint32 flags)
{
    QByteArray out;
    append32(out, flags);
    return out;
}

Expected<quint32> NbdHandshake::parseClientFlags(QByteArrayView bytes)
{
    using Result = Expected<quint32>;
    if (bytes.size() != Nbd::ClientFlagsSize)
        return Result::failure(sizeError("NBD client flags", bytes.size(), Nbd::ClientFlagsSize));
    const quint32 flags = read32(bytes, 0);
    if (flags & ~Nbd::KnownClientFlags)
        return Result::failure(tr("client flags 0x%1 include flags this server does not know").arg(flags, 0, 16));
    return flags;
}

QByteArray NbdHandshake::serializeOption(quint32 option, QByteArrayView data)
{
    QByteArray out;
    out.reserve(Nbd::OptionHeaderSize + data.size());
    append64(out, Nbd::OptionMagic);
    append32(out, option);
    append32(out, quint32(data.size()));
    out.append(data);
    return out;
}

Expected<NbdOptionHeader> NbdHandshake::parseOptionHeader(QByteArrayView bytes)
{
    using Result = Expected<NbdOptionHeader>;
    if (bytes.size() != Nbd::OptionHeaderSize)
        return Result::failure(sizeError("NBD option header", bytes.size(), Nbd::OptionHeaderSize));
    if (read64(bytes, 0) != Nbd::OptionMagic)
        return Result::failure(magicError("NBD option header", read64(bytes, 0)));
    return NbdOptionHeader{read32(bytes, 8), read32(bytes, 12)};
}

QByteArray NbdHandshake::serializeExportRequest(const NbdExportRequest &request)
{
    QByteArray out;
    append32(out, quint32(request.name.size()));
    out.append(request.name);
    append16(out, quint16(request.infos.size()));
    for (const quint16 info : request.infos)
        append16(out, info);
    return out;
}

Expected<NbdExportRequest> NbdHandshake::parseExportRequest(QByteArrayView data)
{
    using Result = Expected<NbdExportRequest>;
    const char *what = "NBD_OPT_INFO/GO";
    if (data.size() < 4 + 2)
        return Result::failure(lengthsError(what, data.size()));
    const quint32 nameLength = read32(data, 0);
    if (nameLength > quint32(Nbd::MaxStringSize))
        return Result::failure(tooLongError(what));
    if (qsizetype(nameLength) > data.size() - 4 - 2)
        return Result::failure(lengthsError(what, data.size()));
    NbdExportRequest request;
    request.name = data.sliced(4, nameLength).toByteArray();
    const qsizetype at = 4 + qsizetype(nameLength);
    const quint16 count = read16(data, at);
    if (data.size() != at + 2 + 2 * qsizetype(count))
        return Result::failure(lengthsError(what, data.size()));
    request.infos.reserve(count);
    for (quint16 i = 0; i < count; ++i)
        request.infos.append(read16(data, at + 2 + 2 * i));
    return request;
}

QByteArray NbdHandshake::serializeOptionReply(quint32 option, Nbd::OptionReply type, QByteArrayView data)
{
    QByteArray out;
    out.reserve(Nbd::OptionReplyHeaderSize + data.size());
    append64(out, Nbd::OptionReplyMagic);
    append32(out, option);
    append32(out, quint32(type));
    append32(out, quint32(data.size()));
    out.append(data);
    return out;
}

Expected<NbdOptionReplyHeader> NbdHandshake::parseOptionReplyHeader(QByteArrayView bytes)
{
    using Result = Expected<NbdOptionReplyHeader>;
    if (bytes.size() != Nbd::OptionReplyHeaderSize)
        return Result::failure(sizeError("NBD option reply header", bytes.size(), Nbd::OptionReplyHeaderSize));
    if (read64(bytes, 0) != Nbd::OptionReplyMagic)
        return Result::failure(magicError("NBD option reply header", read64(bytes, 0)));
    return NbdOptionReplyHeader{read32(bytes, 8), read32(bytes, 12), read32(bytes, 16)};
}

QByteArray NbdHandshake::serializeListEntry(const NbdListEntry &entry)
{
    QByteArray out;
    append32(out, quint32(entry.name.size()));
    out.append(entry.name);
    out.append(entry.description);
    return out;
}

Expected<NbdListEntry> NbdHandshake::parseListEntry(QByteArrayView data)
{
    using Result = Expected<NbdListEntry>;
    const char *what = "NBD_REP_SERVER";
    if (data.size() < 4)
        return Result::failure(lengthsError(what, data.size()));
    const quint32 nameLength = read32(data, 0);
    if (qint64(nameLength) > qint64(data.size()) - 4)
        return Result::failure(lengthsError(what, data.size()));
    if (nameLength > quint32(Nbd::MaxStringSize) || data.size() - 4 - qsizetype(nameLength) > Nbd::MaxStringSize)
        return Result::failure(tooLongError(what));
    NbdListEntry entry;
    entry.name = data.sliced(4, nameLength).toByteArray();
    entry.description = data.sliced(4 + qsizetype(nameLength)).toByteArray();
    return entry;
}

QByteArray NbdHandshake::serializeInfoExport(quint64 size, quint16 transmissionFlags)
{
    QByteArray out;
    append16(out, quint16(Nbd::InfoType::Export));
    append64(out, size);
    append16(out, transmissionFlags);
    return out;
}

QByteArray NbdHandshake::serializeInfoText(Nbd::InfoType type, QByteArrayView text)
{
    QByteArray out;
    append16(out, quint16(type));
    out.append(text.first(qMin(text.size(), qsizetype(Nbd::MaxStringSize))));
    return out;
}

QByteArray NbdHandshake::serializeInfoBlockSize(quint32 minimum, quint32 preferred, quint32 maximum)
{
    QByteArray out;
    append16(out, quint16(Nbd::InfoType::BlockSize));
    append32(out, minimum);
    append32(out, preferred);
    append32(out, maximum);
    return out;
}

Expected<NbdInfo> NbdHandshake::parseInfo(QByteArrayView data)
{
    using Result = Expected<NbdInfo>;
    const char *what = "NBD_REP_INFO";
    if (data.size() < 2)
        return Result::failure(lengthsError(what, data.size()));
    NbdInfo info;
    info.type = read16(data, 0);
    switch (Nbd::InfoType(info.type)) {
    case Nbd::InfoType::Export:
        if (data.size() != 2 + 8 + 2)
            return Result::failure(sizeError(what, data.size(), 2 + 8 + 2));
        info.size = read64(data, 2);
        info.flags = read16(data, 10);
        return info;
    case Nbd::InfoType::BlockSize:
        if (data.size() != 2 + 3 * 4)
            return Result::failure(sizeError(what, data.size(), 2 + 3 * 4));
        info.minimum = read32(data, 2);
        info.preferred = read32(data, 6);
        info.maximum = read32(data, 10);
        return info;
    case Nbd::InfoType::Name:
    case Nbd::InfoType::Description: break;
    }
    if (data.size() - 2 > Nbd::MaxStringSize)
        return Result::failure(tooLongError(what));
    info.text = data.sliced(2).toByteArray();
    return info;
}

QByteArray NbdHandshake::serializeExportNameReply(quint64 size, quint16 transmissionFlags, bool noZeroes)
{
    QByteArray out;
    out.reserve(Nbd::ExportNameReplySize + Nbd::ExportNameReplyPadding);
    append64(out, size);
    append16(out, transmissionFlags);
    if (!noZeroes)
        out.append(Nbd::ExportNameReplyPadding, '\0');
    return out;
}

QString NbdHandshake::optionName(quint32 option)
{
    switch (Nbd::Option(option)) {
    case Nbd::Option::ExportName: return QStringLiteral("NBD_OPT_EXPORT_NAME");
    case Nbd::Option::Abort: return QStringLiteral("NBD_OPT_ABORT");
    case Nbd::Option::List: return QStringLiteral("NBD_OPT_LIST");
    case Nbd::Option::PeekExport: return QStringLiteral("NBD_OPT_PEEK_EXPORT");
    case Nbd::Option::StartTls: return QStringLiteral("NBD_OPT_STARTTLS");
    case Nbd::Option::Info: return QStringLiteral("NBD_OPT_INFO");
    case Nbd::Option::Go: return QStringLiteral("NBD_OPT_GO");
    case Nbd::Option::StructuredReply: return QStringLiteral("NBD_OPT_STRUCTURED_REPLY");
    case Nbd::Option::ListMetaContext: return QStringLiteral("NBD_OPT_LIST_META_CONTEXT");
    case Nbd::Option::SetMetaContext: return QStringLiteral("NBD_OPT_SET_META_CONTEXT");
    case Nbd::Option::ExtendedHeaders: return QStringLiteral("NBD_OPT_EXTENDED_HEADERS");
    }
    return QStringLiteral("NBD option %1").arg(option);
}

QString NbdHandshake::replyName(quint32 type)
{
    using R = Nbd::OptionReply;
    switch (R(type)) {
    case R::Ack: return QStringLiteral("NBD_REP_ACK");
    case R::Server: return QStringLiteral("NBD_REP_SERVER");
    case R::Info: return QStringLiteral("NBD_REP_INFO");
    case R::MetaContext: return QStringLiteral("NBD_REP_META_CONTEXT");
    case R::ErrUnsup: return QStringLiteral("NBD_REP_ERR_UNSUP");
    case R::ErrPolicy: return QStringLiteral("NBD_REP_ERR_POLICY");
    case R::ErrInvalid: return QStringLiteral("NBD_REP_ERR_INVALID");
    case R::ErrPlatform: return QStringLiteral("NBD_REP_ERR_PLATFORM");
    case R::ErrTlsReqd: return QStringLiteral("NBD_REP_ERR_TLS_REQD");
    case R::ErrUnknown: return QStringLiteral("NBD_REP_ERR_UNKNOWN");
    case R::ErrShutdown: return QStringLiteral("NBD_REP_ERR_SHUTDOWN");
    case R::ErrBlockSizeReqd: return QStringLiteral("NBD_REP_ERR_BLOCK_SIZE_REQD");
    case R::ErrTooBig: return QStringLiteral("NBD_REP_ERR_TOO_BIG");
    }
    return QStringLiteral("NBD reply %1").arg(type);
}

} // namespace Bootcast
