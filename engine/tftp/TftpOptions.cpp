#include "TftpOptions.h"

#include <algorithm>

namespace Bootcast {

namespace {

constexpr qint64 Saturated = Q_INT64_C(1000000000000000000);

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace

std::optional<qint64> TftpOptions::parseNumber(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const int digit = c - '0';
        value = value <= (Saturated - digit) / 10 ? value * 10 + digit : Saturated;
    }
    return value;
}

TftpOptions TftpOptions::negotiate(const TftpOptionList &requested, Direction direction,
                                   std::optional<qint64> fileSize, const Limits &limits)
{
    const int maxBlock = std::clamp(limits.maxBlockSize, 8, int(TftpPacket::MaxBlockSize));
    const int maxWindow = std::clamp(limits.maxWindowSize, 1, 65535);

    TftpOptions result;
    result.timeoutMsecs = std::max(1, limits.defaultTimeoutMsecs);

    bool seenBlockSize = false, seenTimeout = false, seenTransferSize = false, seenWindowSize = false;
    std::optional<qint64> windowRequest; // decided after blksize: the window's byte cap depends on it
    qsizetype windowIndex = -1;

    for (const TftpOption &option : requested) {
        const std::optional<qint64> value = parseNumber(option.value);
        if (equalsIgnoringCase(option.name, "blksize")) {
            if (std::exchange(seenBlockSize, true))
                continue;
            if (!value || *value < 8)
                continue;
            result.blockSize = int(std::min<qint64>(*value, maxBlock));
            result.accepted.append({option.name, number(result.blockSize)});
        } else if (equalsIgnoringCase(option.name, "timeout")) {
            if (std::exchange(seenTimeout, true))
                continue;
            if (!value || *value < 1 || *value > 255)
                continue;
            result.timeoutMsecs = int(*value) * 1000;
            result.accepted.append({option.name, number(*value)});
        } else if (equalsIgnoringCase(option.name, "tsize")) {
            if (std::exchange(seenTransferSize, true))
                continue;
            if (!value)
                continue;
            if (direction == Direction::Read) {
                if (!fileSize || *fileSize <= 0) // curl rejects an OACK with tsize 0
                    continue;
                result.transferSize = *fileSize;
            } else {
                result.transferSize = *value;
            }
            result.accepted.append({option.name, number(*result.transferSize)});
        } else if (equalsIgnoringCase(option.name, "windowsize")) {
            if (std::exchange(seenWindowSize, true))
                continue;
            if (!value || *value < 1)
                continue;
            windowRequest = value;
            windowIndex = result.accepted.size();
            result.accepted.append({option.name, QByteArray()}); // value filled in below
        }
    }

    if (windowRequest) {
        const qint64 byBytes = std::max<qint64>(1, limits.maxWindowBytes / result.blockSize);
        result.windowSize = int(std::min({*windowRequest, qint64(maxWindow), byBytes}));
        result.accepted[windowIndex].value = number(result.windowSize);
    }
    return result;
}

} // namespace Bootcast
