#pragma once

#include "NbdProtocol.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace Bootcast {

// The 16-byte header of an option request (NBD_OPT_*); its data follows.
struct NbdOptionHeader
{
    quint32 option = 0;
    quint32 length = 0;
    friend bool operator==(const NbdOptionHeader &, const NbdOptionHeader &) = default;
};

// The 20-byte header of an option reply (NBD_REP_*); its data follows.
struct NbdOptionReplyHeader
{
    quint32 option = 0;
    quint32 type = 0;
    quint32 length = 0;
    friend bool operator==(const NbdOptionReplyHeader &, const NbdOptionReplyHeader &) = default;
};

// The data of NBD_OPT_INFO and NBD_OPT_GO: an export name and the NBD_INFO_* types asked for.
struct NbdExportRequest
{
    QByteArray name; // UTF-8, not NUL-terminated
    QList<quint16> infos;
    friend bool operator==(const NbdExportRequest &, const NbdExportRequest &) = default;
};

// One NBD_REP_SERVER reply of NBD_OPT_LIST.
struct NbdListEntry
{
    QByteArray name;
    QByteArray description; // what follows the name; may be empty
    friend bool operator==(const NbdListEntry &, const NbdListEntry &) = default;
};

// One NBD_REP_INFO reply. Which fields mean something depends on type: Export (size, flags),
// Name and Description (text), BlockSize (minimum, preferred, maximum); other types keep text raw.
struct NbdInfo
{
    quint16 type = 0;
    quint64 size = 0;
    quint16 flags = 0;
    QByteArray text;
    quint32 minimum = 0;
    quint32 preferred = 0;
    quint32 maximum = 0;
    friend bool operator==(const NbdInfo &, const NbdInfo &) = default;
};

// The pure codec of the NBD fixed newstyle handshake (proto.md, "Handshake"): bytes in, values or a
// translated error out; no sockets. Server-side pieces are what NbdNegotiator uses; the client-side
// pieces (parseGreeting, serializeOption, parseOptionReplyHeader, parseInfo, ...) let tests and the
// fuzz target speak to the server and check round trips.
//
// Every parse function takes exactly the bytes of one piece and checks every length, so nothing
// reads past its input; lengths that do not add up are errors, never clamped.
class NbdHandshake
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::NbdHandshake)

public:
    // Server: NBDMAGIC, IHAVEOPT and the handshake flags (FIXED_NEWSTYLE | NO_ZEROES by default).
    static QByteArray serializeGreeting(quint16 flags = Nbd::FlagFixedNewstyle | Nbd::FlagNoZeroes);
    // Client: the 18 bytes of the greeting; the handshake flags.
    static Expected<quint16> parseGreeting(QByteArrayView bytes);

    // The client's 32-bit flags. Unknown bits are an error (proto.md: the server must then close).
    static QByteArray serializeClientFlags(quint32 flags);
    static Expected<quint32> parseClientFlags(QByteArrayView bytes);

    static QByteArray serializeOption(quint32 option, QByteArrayView data = {});
    static Expected<NbdOptionHeader> parseOptionHeader(QByteArrayView bytes);

    static QByteArray serializeExportRequest(const NbdExportRequest &request);
    // Strict: name length, info count and the option's length must agree exactly.
    static Expected<NbdExportRequest> parseExportRequest(QByteArrayView data);

    // Server: one option reply (header and data).
    static QByteArray serializeOptionReply(quint32 option, Nbd::OptionReply type, QByteArrayView data = {});
    static Expected<NbdOptionReplyHeader> parseOptionReplyHeader(QByteArrayView bytes);

    static QByteArray serializeListEntry(const NbdListEntry &entry);
    static Expected<NbdListEntry> parseListEntry(QByteArrayView data);

    static QByteArray serializeInfoExport(quint64 size, quint16 transmissionFlags);
    static QByteArray serializeInfoText(Nbd::InfoType type, QByteArrayView text); // Name, Description
    static QByteArray serializeInfoBlockSize(quint32 minimum, quint32 preferred, quint32 maximum);
    static Expected<NbdInfo> parseInfo(QByteArrayView data);

    // The answer to NBD_OPT_EXPORT_NAME: size, transmission flags and, unless NO_ZEROES was agreed,
    // 124 zero bytes.
    static QByteArray serializeExportNameReply(quint64 size, quint16 transmissionFlags, bool noZeroes);

    // "NBD_OPT_GO", "NBD_REP_ERR_POLICY", ...; a number for anything unknown.
    static QString optionName(quint32 option);
    static QString replyName(quint32 type);
};

} // namespace Bootcast
