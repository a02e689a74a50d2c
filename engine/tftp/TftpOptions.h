#pragma once

#include "TftpPacket.h"

#include <optional>

namespace Bootcast {

// The outcome of option negotiation (RFC 2347 blksize/RFC 2348, timeout and tsize/RFC 2349,
// windowsize/RFC 7440) for one transfer, computed by a pure function from what the client asked and
// what the server allows.
//
// Rules, for each option the first occurrence counts, names compare case-insensitively, the OACK
// echoes the client's spelling in the client's order, unknown options are left out:
//  - blksize: 8..65464. Below 8 (0, 7) or not a number: ignored (512 stays). Above the limit (the
//    interface MTU minus 32, the profile's maximum, 65464): answered with the limit, which RFC 2348
//    allows ("a value less than or equal to the value specified by the client").
//  - timeout: 1..255 seconds, answered unchanged as RFC 2349 demands; 0, 256 or not a number:
//    ignored, the profile's retransmission timeout stays.
//  - tsize: read requests get the real size when it is known (octet mode); without a known size
//    (netascii: the converted size is only known after reading the whole file) tsize is left out,
//    and for an empty file too (curl rejects an OACK carrying "tsize 0" as illegal).
//    Write requests get the client's value echoed (it must be a number).
//  - windowsize: 1..65535. 0 or not a number: ignored (1 stays). Above the limit (64 by default,
//    and no more blocks than fit in maxWindowBytes): answered with the limit, as RFC 7440 allows.
// Numbers are plain decimal digits; absurdly long ones saturate (and are then clamped or ignored).
struct TftpOptions
{
    enum class Direction : quint8 { Read, Write };

    struct Limits
    {
        int maxBlockSize = TftpPacket::MaxBlockSize; // MTU - 32 and the profile's maximum; at least 8
        int maxWindowSize = 64;
        qint64 maxWindowBytes = 512 * 1024; // memory one transfer may hold for retransmission
        int defaultTimeoutMsecs = 1000;    // when the client asks no timeout
    };

    int blockSize = TftpPacket::DefaultBlockSize;
    int windowSize = 1;
    int timeoutMsecs = 1000;
    std::optional<qint64> transferSize; // RRQ: the size reported; WRQ: the size the client announced
    TftpOptionList accepted;            // the OACK's content; empty: no OACK, start with DATA 1 / ACK 0

    bool needsOack() const { return !accepted.isEmpty(); }

    static TftpOptions negotiate(const TftpOptionList &requested, Direction direction,
                                 std::optional<qint64> fileSize, const Limits &limits);

    // Strict decimal: digits only, no sign, no spaces; saturates at a large value instead of
    // overflowing. nullopt when the text is empty or contains anything else.
    static std::optional<qint64> parseNumber(QByteArrayView text);

    friend bool operator==(const TftpOptions &, const TftpOptions &) = default;
};

} // namespace Bootcast
