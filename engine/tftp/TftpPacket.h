#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Bootcast {

enum class TftpOpcode : quint16 {
    Rrq = 1,
    Wrq = 2,
    Data = 3,
    Ack = 4,
    Error = 5,
    Oack = 6, // RFC 2347
};

// RFC 1350 section 5, RFC 2347 (8).
enum class TftpErrorCode : quint16 {
    NotDefined = 0,
    FileNotFound = 1,
    AccessViolation = 2,
    DiskFull = 3,
    IllegalOperation = 4,
    UnknownTransferId = 5,
    FileExists = 6,
    NoSuchUser = 7,
    OptionRefused = 8,
};

enum class TftpMode : quint8 {
    Octet,
    Netascii,
    Mail, // parsed, never served
};

// One option of a request or an OACK, as it appeared on the wire (name case preserved).
struct TftpOption
{
    QByteArray name;
    QByteArray value;

    friend bool operator==(const TftpOption &, const TftpOption &) = default;
};
using TftpOptionList = QList<TftpOption>;

// A TFTP packet (RFC 1350, 2347) as a value: the pure codec, bytes in and bytes out, no sockets.
// Which fields mean something depends on the opcode:
//   RRQ/WRQ: fileName, mode, options;  DATA: block, data;  ACK: block;
//   ERROR: errorCode, errorMessage;    OACK: options.
struct TftpPacket
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::TftpPacket)

public:
    TftpOpcode opcode = TftpOpcode::Ack;
    QByteArray fileName;
    TftpMode mode = TftpMode::Octet;
    TftpOptionList options;
    quint16 block = 0;
    QByteArray data;
    quint16 errorCode = 0;
    QByteArray errorMessage;

    friend bool operator==(const TftpPacket &, const TftpPacket &) = default;

    // Largest data payload of RFC 2348, and the largest datagram any valid packet can need.
    static constexpr int MaxBlockSize = 65464;
    static constexpr int DefaultBlockSize = 512;

    // Parses one datagram. Lenient where real clients are sloppy: trailing NUL padding after a
    // request's options is ignored, a last option without a value is dropped, ACK may carry trailing
    // bytes, an ERROR message without its terminating NUL is taken as it is. Strict where the
    // meaning would be unclear: unknown opcode, missing file name or mode, unknown mode, short
    // DATA/ACK/ERROR. The error message is translated and says what was wrong.
    static Expected<TftpPacket> parse(QByteArrayView datagram);
    QByteArray serialize() const;

    // Case-insensitive lookup of the first option of that name.
    std::optional<QByteArray> option(QByteArrayView name) const;

    static TftpPacket makeData(quint16 block, QByteArray data);
    static TftpPacket makeAck(quint16 block);
    static TftpPacket makeError(TftpErrorCode code, const QString &message);
    static TftpPacket makeOack(TftpOptionList options);

    static QByteArray modeName(TftpMode mode); // "octet", "netascii", "mail"

    // Block numbers: the wire carries 16 bits and wraps 65535 -> 0; transfers count in 64 bits so
    // files of any size work. wireBlock() is the wire number of a block; unwrapBlock() maps a wire
    // number back to the 64-bit block nearest to reference (the block the transfer expects).
    static constexpr quint16 wireBlock(quint64 block) { return quint16(block & 0xffffu); }
    static constexpr quint64 unwrapBlock(quint16 wire, quint64 reference)
    {
        const quint64 base = reference & ~quint64(0xffff);
        const quint64 candidate = base | wire;
        // The nearest of candidate - 65536, candidate, candidate + 65536 (never below zero).
        if (candidate > reference && candidate - reference > 0x8000 && candidate >= 0x10000)
            return candidate - 0x10000;
        if (candidate < reference && reference - candidate > 0x8000)
            return candidate + 0x10000;
        return candidate;
    }
};

} // namespace Bootcast
