// Fuzz target for the NBD codec, the handshake state machine and the copy-on-write overlay.
// The first byte picks what the rest of the input drives:
//   0: the negotiator, fed in pieces of varying size. Invariants: it never crashes, consumes
//      only what it was given, everything it sends parses as a greeting-free series of option
//      replies, and once in transmission the rest parses as requests that re-serialise exactly.
//   1: every parse function of the codec on the raw bytes; what parses re-serialises to the same bytes.
//   2: a list of overlay operations (write, zero, read) on an image of 1.5 MiB; every read must
//      match a reference computed from the base pattern and the operations so far.

#include "nbd/NbdExportImage.h"
#include "nbd/NbdExportOverlay.h"
#include "nbd/NbdHandshake.h"
#include "nbd/NbdNegotiator.h"
#include "nbd/NbdReply.h"
#include "nbd/NbdRequest.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace Bootcast;

namespace {

constexpr quint64 ImageSize = 3 * 512 * 1024 + 1000; // two groups and a short last block

char basePattern(quint64 i)
{
    return char((i * 131 + i / 4096) & 0xff);
}

const std::shared_ptr<NbdExportImage> &baseImage()
{
    static const std::shared_ptr<NbdExportImage> image = [] {
        QByteArray bytes(qsizetype(ImageSize), Qt::Uninitialized);
        for (quint64 i = 0; i < ImageSize; ++i)
            bytes[qsizetype(i)] = basePattern(i);
        Profile::NbdExport config;
        config.name = QStringLiteral("base");
        config.mode = Profile::NbdExport::Mode::CopyOnWrite;
        return NbdExportImage::fromBytes(config, bytes);
    }();
    return image;
}

// Everything the server sends during negotiation must be well-formed option replies.
void checkReplies(const QByteArray &out)
{
    qsizetype at = 0;
    while (at < out.size()) {
        if (out.size() - at == Nbd::ExportNameReplySize || out.size() - at == Nbd::ExportNameReplySize + 124)
            return; // the answer to NBD_OPT_EXPORT_NAME ends the negotiation
        if (out.size() - at < Nbd::OptionReplyHeaderSize)
            std::abort();
        const auto header = NbdHandshake::parseOptionReplyHeader(QByteArrayView(out).sliced(at, Nbd::OptionReplyHeaderSize));
        if (!header || out.size() - at - Nbd::OptionReplyHeaderSize < qsizetype(header->length))
            std::abort();
        const QByteArrayView data = QByteArrayView(out).sliced(at + Nbd::OptionReplyHeaderSize, header->length);
        if (header->type == quint32(Nbd::OptionReply::Info) && !NbdHandshake::parseInfo(data))
            std::abort();
        if (header->type == quint32(Nbd::OptionReply::Server) && !NbdHandshake::parseListEntry(data))
            std::abort();
        at += Nbd::OptionReplyHeaderSize + header->length;
    }
}

void fuzzNegotiator(QByteArrayView input)
{
    QList<NbdNegotiator::Export> exports;
    exports.append({QByteArray(), QByteArray("default export"), 1 << 20, Nbd::FlagHasFlags | Nbd::FlagReadOnly});
    exports.append({QByteArray("disk"), QByteArray(), 4096, Nbd::FlagHasFlags | Nbd::FlagSendFlush});
    int claims = 0;
    NbdNegotiator negotiator(exports, [&claims](qsizetype) -> std::optional<NbdNegotiator::ClaimRefusal> {
        if (++claims % 2)
            return NbdNegotiator::ClaimRefusal{QStringLiteral("busy"), "busy"};
        return std::nullopt;
    });
    QByteArray buffer;
    QByteArray out;
    qsizetype at = 0;
    NbdNegotiator::Step step = NbdNegotiator::Step::NeedMore;
    while (at < input.size() && step == NbdNegotiator::Step::NeedMore) {
        // Pieces of 1..61 bytes, varied but fixed by the input, so frames arrive split anywhere.
        const qsizetype n = std::min<qsizetype>(1 + (at * 7919 + input.size()) % 61, input.size() - at);
        buffer.append(input.sliced(at, n));
        at += n;
        const qsizetype before = buffer.size();
        QByteArray replies;
        step = negotiator.feed(buffer, replies);
        if (buffer.size() > before)
            std::abort();
        out += replies;
    }
    checkReplies(out);
    if (step != NbdNegotiator::Step::Transmission)
        return;
    if (negotiator.exportIndex() < 0 || negotiator.exportIndex() >= exports.size())
        std::abort();
    buffer.append(input.sliced(at));
    NbdRequestLimits limits;
    limits.exportSize = exports.at(negotiator.exportIndex()).size;
    limits.readOnly = negotiator.transmissionFlags() & Nbd::FlagReadOnly;
    limits.structuredReplies = negotiator.structuredReplies();
    for (qsizetype pos = 0; pos + Nbd::RequestSize <= buffer.size(); pos += Nbd::RequestSize) {
        const QByteArrayView bytes = QByteArrayView(buffer).sliced(pos, Nbd::RequestSize);
        const auto request = NbdRequest::parse(bytes);
        if (!request)
            return;
        if (request->serialize() != bytes)
            std::abort();
        const quint32 error = NbdRequest::check(*request, limits);
        const bool ranged = request->command() == Nbd::Command::Read || request->command() == Nbd::Command::Write;
        if (!error && ranged && request->offset + request->length > limits.exportSize)
            std::abort();
    }
}

void fuzzParsers(QByteArrayView input)
{
    if (const auto flags = NbdHandshake::parseClientFlags(input); flags && NbdHandshake::serializeClientFlags(*flags) != input)
        std::abort();
    if (const auto greeting = NbdHandshake::parseGreeting(input); greeting && NbdHandshake::serializeGreeting(*greeting) != input)
        std::abort();
    if (const auto header = NbdHandshake::parseOptionHeader(input);
        header && NbdHandshake::serializeOption(header->option, {}).first(Nbd::OptionHeaderSize - 4) != input.first(Nbd::OptionHeaderSize - 4))
        std::abort();
    if (const auto request = NbdHandshake::parseExportRequest(input); request && NbdHandshake::serializeExportRequest(*request) != input)
        std::abort();
    if (const auto entry = NbdHandshake::parseListEntry(input); entry && NbdHandshake::serializeListEntry(*entry) != input)
        std::abort();
    if (const auto info = NbdHandshake::parseInfo(input); info) {
        QByteArray again;
        switch (Nbd::InfoType(info->type)) {
        case Nbd::InfoType::Export: again = NbdHandshake::serializeInfoExport(info->size, info->flags); break;
        case Nbd::InfoType::BlockSize:
            again = NbdHandshake::serializeInfoBlockSize(info->minimum, info->preferred, info->maximum);
            break;
        default: again = NbdHandshake::serializeInfoText(Nbd::InfoType(info->type), info->text); break;
        }
        if (again != input)
            std::abort();
    }
    if (const auto reply = NbdReply::parseSimple(input); reply && NbdReply::serializeSimple(*reply) != input)
        std::abort();
    if (const auto chunk = NbdReply::parseChunkHeader(input); chunk && NbdReply::serializeChunkHeader(*chunk) != input)
        std::abort();
    for (const quint16 type : {quint16(Nbd::ChunkType::Error), quint16(Nbd::ChunkType::ErrorOffset)}) {
        const auto error = NbdReply::parseChunkError(type, input);
        if (!error || error->message.size() > Nbd::MaxStringSize) // longer messages are cut when sent
            continue;
        const QByteArray chunk = type == quint16(Nbd::ChunkType::Error)
            ? NbdReply::errorChunk(0, error->error, error->message)
            : NbdReply::errorOffsetChunk(0, error->error, error->message, error->offset);
        if (QByteArrayView(chunk).sliced(Nbd::ChunkHeaderSize) != input)
            std::abort();
    }
}

struct Operation
{
    quint8 kind; // 0 write, 1 zero
    quint64 offset;
    quint64 length;
    char fill;
};

void fuzzOverlay(QByteArrayView input)
{
    NbdExportOverlay overlay(baseImage(), NbdExportOverlay::Storage::Memory);
    std::vector<Operation> done;
    std::vector<char> buffer;
    std::vector<char> expected;
    for (qsizetype at = 0; at + 6 <= input.size() && done.size() < 48; at += 6) {
        const auto *p = reinterpret_cast<const quint8 *>(input.data() + at);
        const quint8 kind = p[0] % 3;
        // Offsets cluster near block and group boundaries so the interesting cases come up often.
        quint64 offset = (quint64(p[1]) << 16 | quint64(p[2]) << 8 | p[3]) * 8 % ImageSize;
        if (p[0] & 0x80)
            offset = (offset / 4096) * 4096 + (p[0] & 0x40 ? 0 : 4096 - (p[3] % 8));
        offset = std::min(offset, ImageSize);
        quint64 length = (quint64(p[4]) << 8 | p[5]) % 20000;
        if ((p[0] & 0x30) == 0x30)
            length = ImageSize; // whole-group zeroes / long reads
        length = std::min(length, ImageSize - offset);
        const char fill = char(p[5] ^ p[1]);
        if (kind == 2) {
            const quint64 n = std::min<quint64>(length, 64 * 1024);
            buffer.assign(n, 0);
            if (overlay.read(offset, buffer.data(), qint64(n)) != Nbd::NoError)
                std::abort();
            expected.resize(n);
            for (quint64 i = 0; i < n; ++i)
                expected[i] = basePattern(offset + i);
            for (const Operation &op : done) { // later operations win
                const quint64 from = std::max(op.offset, offset);
                const quint64 to = std::min(op.offset + op.length, offset + n);
                if (from < to)
                    std::memset(expected.data() + (from - offset), op.kind == 0 ? op.fill : 0, to - from);
            }
            if (n > 0 && std::memcmp(buffer.data(), expected.data(), n) != 0)
                std::abort();
            continue;
        }
        if (kind == 0) {
            const quint64 n = std::min<quint64>(length, 40000);
            buffer.assign(n, fill);
            if (overlay.write(offset, buffer.data(), qint64(n)) != Nbd::NoError)
                std::abort();
            done.push_back({0, offset, n, fill});
        } else {
            if (overlay.zero(offset, length) != Nbd::NoError)
                std::abort();
            done.push_back({1, offset, length, 0});
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    switch (data[0] % 3) {
    case 0: fuzzNegotiator(input); break;
    case 1: fuzzParsers(input); break;
    default: fuzzOverlay(input); break;
    }
    return 0;
}
