// Fuzz target for the TFTP codec: packet parsing, option negotiation, netascii, block numbers.
// Every invariant violation aborts, so the smoke run and libFuzzer both report it.

#include "tftp/NetasciiDecoder.h"
#include "tftp/NetasciiEncoder.h"
#include "tftp/TftpOptions.h"
#include "tftp/TftpPacket.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace Bootcast;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool equalsIgnoringCase(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

void checkNegotiation(const TftpPacket &packet, QByteArrayView input)
{
    // Limits and file size taken from the input, so they vary with it.
    const auto byte = [&input](qsizetype i) { return input.isEmpty() ? 0u : uint(quint8(input[i % input.size()])); };
    TftpOptions::Limits limits;
    limits.maxBlockSize = int(byte(0) * 300 + byte(1)); // 0 .. 76755: below 8 and above 65464 too
    limits.maxWindowSize = int(byte(2)) - 10;           // -10 .. 245
    limits.maxWindowBytes = qint64(byte(3)) * 4096;     // 0 .. ~1 MiB
    limits.defaultTimeoutMsecs = int(byte(4) * 20);
    const std::optional<qint64> fileSize =
        byte(5) % 4 == 0 ? std::nullopt : std::optional<qint64>(qint64(byte(6)) << (byte(7) % 40));

    for (const auto direction : {TftpOptions::Direction::Read, TftpOptions::Direction::Write}) {
        const TftpOptions o = TftpOptions::negotiate(packet.options, direction, fileSize, limits);
        const int maxBlock = std::clamp(limits.maxBlockSize, 8, int(TftpPacket::MaxBlockSize));
        // Without an accepted blksize the transfer uses RFC 1350's 512, whatever the limit.
        const bool blockSizeAccepted = std::any_of(o.accepted.cbegin(), o.accepted.cend(),
                                                   [](const TftpOption &a) { return equalsIgnoringCase(a.name, "blksize"); });
        check(blockSizeAccepted ? (o.blockSize >= 8 && o.blockSize <= maxBlock)
                                : o.blockSize == TftpPacket::DefaultBlockSize);
        check(o.windowSize >= 1 && o.windowSize <= std::clamp(limits.maxWindowSize, 1, 65535));
        check(o.windowSize == 1 || qint64(o.windowSize) * o.blockSize <= limits.maxWindowBytes);
        check(o.timeoutMsecs >= 1);
        check(o.timeoutMsecs == std::max(1, limits.defaultTimeoutMsecs)
              || (o.timeoutMsecs % 1000 == 0 && o.timeoutMsecs >= 1000 && o.timeoutMsecs <= 255000));
        if (o.transferSize && direction == TftpOptions::Direction::Read)
            check(fileSize && *o.transferSize == *fileSize && *fileSize > 0);

        // Each accepted option was requested, appears once, carries a plain number, and the OACK
        // built from them parses back to the same list.
        for (qsizetype i = 0; i < o.accepted.size(); ++i) {
            const TftpOption &accepted = o.accepted.at(i);
            check(std::any_of(packet.options.cbegin(), packet.options.cend(),
                              [&accepted](const TftpOption &r) { return r.name == accepted.name; }));
            for (qsizetype j = i + 1; j < o.accepted.size(); ++j)
                check(!equalsIgnoringCase(accepted.name, o.accepted.at(j).name));
            check(TftpOptions::parseNumber(accepted.value).has_value());
        }
        const Expected<TftpPacket> oack = TftpPacket::parse(TftpPacket::makeOack(o.accepted).serialize());
        check(oack.ok() && oack->options == o.accepted);
        check(o.needsOack() == !o.accepted.isEmpty());
    }
}

void checkNetascii(QByteArrayView input)
{
    const QByteArray raw = input.toByteArray();
    const QByteArray encoded = NetasciiEncoder::encode(raw);
    check(encoded.size() == NetasciiEncoder::encodedSize(raw));

    // Streaming in blocks gives the same bytes, every block full but the last.
    QByteArray source = raw;
    QBuffer buffer(&source);
    buffer.open(QIODevice::ReadOnly);
    NetasciiEncoder encoder(&buffer);
    const qsizetype blockSize = raw.isEmpty() ? 1 : 1 + quint8(raw[0]) % 64;
    QByteArray streamed;
    for (;;) {
        const Expected<QByteArray> block = encoder.read(blockSize);
        check(block.ok() && block->size() <= blockSize);
        streamed += *block;
        if (block->size() < blockSize)
            break;
    }
    check(streamed == encoded);

    // Decoding in arbitrary pieces restores the input.
    NetasciiDecoder decoder;
    QByteArray decoded;
    for (qsizetype pos = 0; pos < encoded.size(); pos += blockSize)
        decoded += decoder.decode(QByteArrayView(encoded).sliced(pos, std::min(blockSize, encoded.size() - pos)));
    decoded += decoder.finish();
    check(decoded == raw);

    // Decoding arbitrary (not encoder-made) input never grows it.
    NetasciiDecoder lenient;
    check(lenient.decode(raw).size() + lenient.finish().size() <= raw.size());
}

void checkBlockNumbers(QByteArrayView input)
{
    quint64 reference = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(input.size(), 8); ++i)
        reference = (reference << 8) | quint8(input[i]);
    reference >>= 8; // keep clear of the top of the range
    for (qint64 delta = -70; delta <= 70; delta += 7) {
        if (delta < 0 && reference < quint64(-delta))
            continue;
        const quint64 block = reference + quint64(delta);
        check(TftpPacket::unwrapBlock(TftpPacket::wireBlock(block), reference) == block);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    const Expected<TftpPacket> packet = TftpPacket::parse(input);
    if (packet) {
        const QByteArray wire = packet->serialize();
        const Expected<TftpPacket> again = TftpPacket::parse(wire);
        check(again.ok());
        check(*again == *packet);
        check(again->serialize() == wire);
        check(packet->opcode != TftpOpcode::Rrq || !packet->fileName.isEmpty());
        for (const TftpOption &o : packet->options)
            check(!o.name.isEmpty() && !o.name.contains('\0') && !o.value.contains('\0'));
        checkNegotiation(*packet, input);
    } else {
        check(!packet.error().isEmpty());
    }
    checkNetascii(input);
    checkBlockNumbers(input);
    return 0;
}
