#include "TftpPacket.h"

#include <algorithm>

#include <QCoreApplication>
#include <QtEndian>

namespace Bootcast {

namespace {

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

// Reads a NUL-terminated string starting at pos; nullopt when there is no terminator.
std::optional<QByteArray> readString(QByteArrayView bytes, qsizetype &pos)
{
    const qsizetype end = bytes.indexOf('\0', pos);
    if (end < 0)
        return std::nullopt;
    QByteArray text = bytes.sliced(pos, end - pos).toByteArray();
    pos = end + 1;
    return text;
}

bool onlyNulFrom(QByteArrayView bytes, qsizetype pos)
{
    for (qsizetype i = pos; i < bytes.size(); ++i) {
        if (bytes[i] != '\0')
            return false;
    }
    return true;
}

// Options after a request's mode or in an OACK: name\0value\0 pairs. Options with an empty name are
// skipped; trailing NUL padding and a last pair without its terminator are dropped.
TftpOptionList readOptions(QByteArrayView bytes, qsizetype pos)
{
    TftpOptionList options;
    while (pos < bytes.size() && !onlyNulFrom(bytes, pos)) {
        std::optional<QByteArray> name = readString(bytes, pos);
        if (!name)
            break;
        std::optional<QByteArray> value = readString(bytes, pos);
        if (!value)
            break;
        if (!name->isEmpty())
            options.append({std::move(*name), std::move(*value)});
    }
    return options;
}

void appendString(QByteArray &out, QByteArrayView text)
{
    out.append(text);
    out.append('\0');
}

void appendU16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

QByteArray withoutNul(QByteArray bytes)
{
    bytes.replace('\0', QByteArrayView());
    return bytes;
}

} // namespace

Expected<TftpPacket> TftpPacket::parse(QByteArrayView datagram)
{
    using Result = Expected<TftpPacket>;
    if (datagram.size() < 2)
        return Result::failure(tr("packet too short (%n byte(s))", nullptr, int(datagram.size())));

    TftpPacket packet;
    const quint16 opcode = qFromBigEndian<quint16>(datagram.data());
    switch (opcode) {
    case quint16(TftpOpcode::Rrq):
    case quint16(TftpOpcode::Wrq): {
        packet.opcode = TftpOpcode(opcode);
        qsizetype pos = 2;
        std::optional<QByteArray> fileName = readString(datagram, pos);
        if (!fileName)
            return Result::failure(tr("request without a terminated file name"));
        if (fileName->isEmpty())
            return Result::failure(tr("request with an empty file name"));
        std::optional<QByteArray> mode = readString(datagram, pos);
        if (!mode)
            return Result::failure(tr("request without a terminated transfer mode"));
        if (equalsIgnoringCase(*mode, "octet"))
            packet.mode = TftpMode::Octet;
        else if (equalsIgnoringCase(*mode, "netascii"))
            packet.mode = TftpMode::Netascii;
        else if (equalsIgnoringCase(*mode, "mail"))
            packet.mode = TftpMode::Mail;
        else
            return Result::failure(tr("unknown transfer mode \"%1\"").arg(QString::fromLatin1(mode->left(32))));
        packet.fileName = std::move(*fileName);
        packet.options = readOptions(datagram, pos);
        return packet;
    }
    case quint16(TftpOpcode::Data):
        if (datagram.size() < 4)
            return Result::failure(tr("DATA packet without a block number"));
        packet.opcode = TftpOpcode::Data;
        packet.block = qFromBigEndian<quint16>(datagram.data() + 2);
        packet.data = datagram.sliced(4).toByteArray();
        return packet;
    case quint16(TftpOpcode::Ack):
        if (datagram.size() < 4)
            return Result::failure(tr("ACK packet without a block number"));
        packet.opcode = TftpOpcode::Ack;
        packet.block = qFromBigEndian<quint16>(datagram.data() + 2);
        return packet;
    case quint16(TftpOpcode::Error): {
        if (datagram.size() < 4)
            return Result::failure(tr("ERROR packet without an error code"));
        packet.opcode = TftpOpcode::Error;
        packet.errorCode = qFromBigEndian<quint16>(datagram.data() + 2);
        const QByteArrayView rest = datagram.sliced(4);
        const qsizetype end = rest.indexOf('\0');
        packet.errorMessage = (end < 0 ? rest : rest.first(end)).toByteArray();
        return packet;
    }
    case quint16(TftpOpcode::Oack):
        packet.opcode = TftpOpcode::Oack;
        packet.options = readOptions(datagram, 2);
        return packet;
    default:
        return Result::failure(tr("unknown opcode %1").arg(opcode));
    }
}

QByteArray TftpPacket::serialize() const
{
    QByteArray out;
    appendU16(out, quint16(opcode));
    switch (opcode) {
    case TftpOpcode::Rrq:
    case TftpOpcode::Wrq:
        appendString(out, fileName);
        appendString(out, modeName(mode));
        for (const TftpOption &o : options) {
            appendString(out, o.name);
            appendString(out, o.value);
        }
        break;
    case TftpOpcode::Data:
        out.reserve(4 + data.size());
        appendU16(out, block);
        out.append(data);
        break;
    case TftpOpcode::Ack:
        appendU16(out, block);
        break;
    case TftpOpcode::Error:
        appendU16(out, errorCode);
        appendString(out, errorMessage);
        break;
    case TftpOpcode::Oack:
        for (const TftpOption &o : options) {
            appendString(out, o.name);
            appendString(out, o.value);
        }
        break;
    }
    return out;
}

std::optional<QByteArray> TftpPacket::option(QByteArrayView name) const
{
    for (const TftpOption &o : options) {
        if (equalsIgnoringCase(o.name, name))
            return o.value;
    }
    return std::nullopt;
}

TftpPacket TftpPacket::makeData(quint16 block, QByteArray data)
{
    TftpPacket p;
    p.opcode = TftpOpcode::Data;
    p.block = block;
    p.data = std::move(data);
    return p;
}

TftpPacket TftpPacket::makeAck(quint16 block)
{
    TftpPacket p;
    p.opcode = TftpOpcode::Ack;
    p.block = block;
    return p;
}

TftpPacket TftpPacket::makeError(TftpErrorCode code, const QString &message)
{
    TftpPacket p;
    p.opcode = TftpOpcode::Error;
    p.errorCode = quint16(code);
    // The wire wants netascii, and boot ROMs print bytes as they come: a message that is not plain
    // ASCII (a translated one) is replaced by the standard text for its code; the log keeps the
    // translated detail.
    const QByteArray bytes = withoutNul(message.toUtf8());
    const bool ascii = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) >= 0x20 && uchar(c) < 0x7f; });
    if (ascii && !bytes.isEmpty()) {
        p.errorMessage = bytes;
        return p;
    }
    switch (code) {
    case TftpErrorCode::FileNotFound: p.errorMessage = "File not found"; break;
    case TftpErrorCode::AccessViolation: p.errorMessage = "Access violation"; break;
    case TftpErrorCode::DiskFull: p.errorMessage = "Disk full or allocation exceeded"; break;
    case TftpErrorCode::IllegalOperation: p.errorMessage = "Illegal TFTP operation"; break;
    case TftpErrorCode::UnknownTransferId: p.errorMessage = "Unknown transfer ID"; break;
    case TftpErrorCode::FileExists: p.errorMessage = "File already exists"; break;
    case TftpErrorCode::NoSuchUser: p.errorMessage = "No such user"; break;
    case TftpErrorCode::OptionRefused: p.errorMessage = "Option negotiation refused"; break;
    default: p.errorMessage = "Error"; break;
    }
    return p;
}

TftpPacket TftpPacket::makeOack(TftpOptionList options)
{
    TftpPacket p;
    p.opcode = TftpOpcode::Oack;
    p.options = std::move(options);
    return p;
}

QByteArray TftpPacket::modeName(TftpMode mode)
{
    switch (mode) {
    case TftpMode::Octet: return QByteArrayLiteral("octet");
    case TftpMode::Netascii: return QByteArrayLiteral("netascii");
    case TftpMode::Mail: return QByteArrayLiteral("mail");
    }
    return QByteArrayLiteral("octet");
}

} // namespace Bootcast
