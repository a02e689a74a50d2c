#pragma once

#include <QtGlobal>

// Numbers of the NBD protocol (github.com/NetworkBlockDevice/nbd, doc/proto.md): the fixed newstyle
// handshake, options and their replies, transmission requests, simple and structured replies.
// Only what Bootcast speaks or must recognise; everything is big-endian on the wire.
namespace Bootcast::Nbd {

// Handshake.
inline constexpr quint64 InitMagic = 0x4e42444d41474943ull;     // "NBDMAGIC"
inline constexpr quint64 OptionMagic = 0x49484156454f5054ull;   // "IHAVEOPT"
inline constexpr quint64 OptionReplyMagic = 0x3e889045565a9ull; // option replies
inline constexpr quint64 OldstyleMagic = 0x0000420281861253ull; // never sent by Bootcast

// Handshake flags (server, 16 bits) and client flags (32 bits).
inline constexpr quint16 FlagFixedNewstyle = 1u << 0;
inline constexpr quint16 FlagNoZeroes = 1u << 1;
inline constexpr quint32 ClientFlagFixedNewstyle = 1u << 0;
inline constexpr quint32 ClientFlagNoZeroes = 1u << 1;
inline constexpr quint32 KnownClientFlags = ClientFlagFixedNewstyle | ClientFlagNoZeroes;

// Options.
enum class Option : quint32 {
    ExportName = 1,
    Abort = 2,
    List = 3,
    PeekExport = 4, // withdrawn
    StartTls = 5,
    Info = 6,
    Go = 7,
    StructuredReply = 8,
    ListMetaContext = 9,
    SetMetaContext = 10,
    ExtendedHeaders = 11,
};

// Option reply types; errors have bit 31 set.
enum class OptionReply : quint32 {
    Ack = 1,
    Server = 2,
    Info = 3,
    MetaContext = 4,
    ErrUnsup = 0x80000001u,
    ErrPolicy = 0x80000002u,
    ErrInvalid = 0x80000003u,
    ErrPlatform = 0x80000004u,
    ErrTlsReqd = 0x80000005u,
    ErrUnknown = 0x80000006u,
    ErrShutdown = 0x80000007u,
    ErrBlockSizeReqd = 0x80000008u,
    ErrTooBig = 0x80000009u,
};
inline constexpr quint32 OptionReplyErrorBit = 0x80000000u;

// NBD_REP_INFO payload types (and the info requests of NBD_OPT_INFO / NBD_OPT_GO).
enum class InfoType : quint16 {
    Export = 0,
    Name = 1,
    Description = 2,
    BlockSize = 3,
};

// Transmission flags (per export, 16 bits).
inline constexpr quint16 FlagHasFlags = 1u << 0;
inline constexpr quint16 FlagReadOnly = 1u << 1;
inline constexpr quint16 FlagSendFlush = 1u << 2;
inline constexpr quint16 FlagSendFua = 1u << 3;
inline constexpr quint16 FlagRotational = 1u << 4;
inline constexpr quint16 FlagSendTrim = 1u << 5;
inline constexpr quint16 FlagSendWriteZeroes = 1u << 6;
inline constexpr quint16 FlagSendDf = 1u << 7;
inline constexpr quint16 FlagCanMultiConn = 1u << 8;
inline constexpr quint16 FlagSendResize = 1u << 9;
inline constexpr quint16 FlagSendCache = 1u << 10;
inline constexpr quint16 FlagSendFastZero = 1u << 11;

// Transmission.
inline constexpr quint32 RequestMagic = 0x25609513u;
inline constexpr quint32 SimpleReplyMagic = 0x67446698u;
inline constexpr quint32 StructuredReplyMagic = 0x668e33efu;

enum class Command : quint16 {
    Read = 0,
    Write = 1,
    Disconnect = 2,
    Flush = 3,
    Trim = 4,
    Cache = 5,
    WriteZeroes = 6,
    BlockStatus = 7,
    Resize = 8,
};

// Command flags (16 bits).
inline constexpr quint16 CommandFlagFua = 1u << 0;
inline constexpr quint16 CommandFlagNoHole = 1u << 1;
inline constexpr quint16 CommandFlagDf = 1u << 2;
inline constexpr quint16 CommandFlagReqOne = 1u << 3;
inline constexpr quint16 CommandFlagFastZero = 1u << 4;

// Structured reply chunks.
inline constexpr quint16 ChunkFlagDone = 1u << 0;
enum class ChunkType : quint16 {
    None = 0,
    OffsetData = 1,
    OffsetHole = 2,
    BlockStatus = 5,
    Error = 0x8001u,
    ErrorOffset = 0x8002u,
};
inline constexpr quint16 ChunkTypeErrorBit = 0x8000u;

// Error values on the wire (the protocol's own numbering, not the platform's errno).
enum Error : quint32 {
    NoError = 0,
    EPerm = 1,
    EIo = 5,
    ENoMem = 12,
    EInval = 22,
    ENoSpc = 28,
    EOverflow = 75,
    ENotSup = 95,
    EShutdown = 108,
};

// Sizes.
inline constexpr int GreetingSize = 8 + 8 + 2;
inline constexpr int ClientFlagsSize = 4;
inline constexpr int OptionHeaderSize = 8 + 4 + 4;
inline constexpr int OptionReplyHeaderSize = 8 + 4 + 4 + 4;
inline constexpr int ExportNameReplySize = 8 + 2;      // size and transmission flags
inline constexpr int ExportNameReplyPadding = 124;     // zeroes unless NO_ZEROES was agreed
inline constexpr int RequestSize = 4 + 2 + 2 + 8 + 8 + 4;
inline constexpr int SimpleReplySize = 4 + 4 + 8;
inline constexpr int ChunkHeaderSize = 4 + 2 + 2 + 8 + 4;
inline constexpr int MaxStringSize = 4096; // export names and descriptions (proto.md)

// Bootcast's limits.
inline constexpr quint32 MaxOptionLength = 64 * 1024;        // larger options get NBD_REP_ERR_TOO_BIG
inline constexpr quint32 MaxDiscardedOptionLength = 1 << 20; // beyond this the client is not speaking NBD
inline constexpr quint32 MinBlockSize = 1;
inline constexpr quint32 PreferredBlockSize = 4096;
inline constexpr quint32 MaxPayloadSize = 32u * 1024 * 1024; // largest READ / WRITE

} // namespace Bootcast::Nbd
