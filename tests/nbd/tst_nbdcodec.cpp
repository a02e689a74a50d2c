// The NBD codec and handshake state machine as tables: handshake pieces, options and their replies,
// transmission requests and the decision whether to carry them out, simple and structured replies.

#include "nbd/NbdHandshake.h"
#include "nbd/NbdNegotiator.h"
#include "nbd/NbdReply.h"
#include "nbd/NbdRequest.h"

#include <QTest>
#include <QtEndian>

using namespace Bootcast;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

QByteArray be32(quint32 v)
{
    QByteArray out(4, '\0');
    qToBigEndian(v, out.data());
    return out;
}

QByteArray be16(quint16 v)
{
    QByteArray out(2, '\0');
    qToBigEndian(v, out.data());
    return out;
}

QByteArray option(Nbd::Option o, const QByteArray &data = {})
{
    return NbdHandshake::serializeOption(quint32(o), data);
}

QByteArray goData(const QByteArray &name, QList<quint16> infos = {})
{
    return NbdHandshake::serializeExportRequest({name, infos});
}

const QByteArray fixedFlags = NbdHandshake::serializeClientFlags(Nbd::ClientFlagFixedNewstyle | Nbd::ClientFlagNoZeroes);

// The option replies in a negotiator's output (the answer to EXPORT_NAME is not one).
struct ParsedReply
{
    NbdOptionReplyHeader header;
    QByteArray data;
};
QList<ParsedReply> parseReplies(QByteArray out)
{
    QList<ParsedReply> replies;
    while (out.size() >= Nbd::OptionReplyHeaderSize) {
        const auto header = NbdHandshake::parseOptionReplyHeader(QByteArrayView(out).first(Nbd::OptionReplyHeaderSize));
        if (!header || out.size() < Nbd::OptionReplyHeaderSize + qsizetype(header->length))
            break;
        replies.append({*header, out.mid(Nbd::OptionReplyHeaderSize, header->length)});
        out.remove(0, Nbd::OptionReplyHeaderSize + header->length);
    }
    return replies;
}

QList<NbdNegotiator::Export> sampleExports()
{
    return {
        {QByteArray("boot"), QByteArray("Live system"), 1 << 20, Nbd::FlagHasFlags | Nbd::FlagReadOnly | Nbd::FlagCanMultiConn},
        {QByteArray("disk"), QByteArray(), 8192,
         Nbd::FlagHasFlags | Nbd::FlagSendFlush | Nbd::FlagSendFua | Nbd::FlagSendTrim | Nbd::FlagSendWriteZeroes},
    };
}

} // namespace

Q_DECLARE_METATYPE(Bootcast::NbdRequest)

class TestNbdCodec : public QObject
{
    Q_OBJECT

private slots:
    void greeting();
    void clientFlags_data();
    void clientFlags();
    void optionHeader_data();
    void optionHeader();
    void exportRequest_data();
    void exportRequest();
    void optionReplies();
    void infoPayloads_data();
    void infoPayloads();
    void listEntry();
    void exportNameReply();

    void request_data();
    void request();
    void check_data();
    void check();
    void simpleReply();
    void structuredChunks();
    void chunkErrors_data();
    void chunkErrors();

    void negotiateList();
    void negotiateInfo();
    void negotiateGo();
    void negotiateDefaultExport();
    void negotiateExportName_data();
    void negotiateExportName();
    void negotiateStructuredFlags();
    void negotiateErrors_data();
    void negotiateErrors();
    void negotiateTooBigSkipped();
    void negotiateClaimRefused();
    void negotiateByteByByte();
    void negotiateOptionLimit();
};

void TestNbdCodec::greeting()
{
    QCOMPARE(NbdNegotiator::greeting(), hex("4e42444d41474943 49484156454f5054 0003"));
    QCOMPARE(*NbdHandshake::parseGreeting(NbdNegotiator::greeting()), quint16(3));
    QVERIFY(!NbdHandshake::parseGreeting(hex("4e42444d41474943 49484156454f5054")));
    QVERIFY(!NbdHandshake::parseGreeting(hex("4e42444d41474943 0000420281861253 0003"))); // oldstyle
}

void TestNbdCodec::clientFlags_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint32>("flags");
    QTest::newRow("none (plain newstyle)") << hex("00000000") << true << 0u;
    QTest::newRow("fixed") << hex("00000001") << true << 1u;
    QTest::newRow("fixed, no zeroes") << hex("00000003") << true << 3u;
    QTest::newRow("unknown bit 2") << hex("00000007") << false << 0u;
    QTest::newRow("unknown high bit") << hex("80000001") << false << 0u;
    QTest::newRow("short") << hex("000003") << false << 0u;
    QTest::newRow("long") << hex("0000000300") << false << 0u;
    QTest::newRow("empty") << QByteArray() << false << 0u;
}

void TestNbdCodec::clientFlags()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(quint32, flags);
    const auto parsed = NbdHandshake::parseClientFlags(bytes);
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(*parsed, flags);
    else
        QVERIFY(!parsed.error().isEmpty());
}

void TestNbdCodec::optionHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint32>("option");
    QTest::addColumn<quint32>("length");
    QTest::newRow("GO, 10 bytes") << hex("49484156454f5054 00000007 0000000a") << true << 7u << 10u;
    QTest::newRow("absurd length parses") << hex("49484156454f5054 00000001 ffffffff") << true << 1u << 0xffffffffu;
    QTest::newRow("wrong magic") << hex("49484156454f5055 00000007 00000000") << false << 0u << 0u;
    QTest::newRow("reply magic") << hex("0003e889045565a9 00000007 00000000") << false << 0u << 0u;
    QTest::newRow("truncated") << hex("49484156454f5054 00000007 0000") << false << 0u << 0u;
}

void TestNbdCodec::optionHeader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    const auto parsed = NbdHandshake::parseOptionHeader(bytes);
    QCOMPARE(parsed.ok(), ok);
    if (!ok)
        return;
    QFETCH(quint32, option);
    QFETCH(quint32, length);
    QCOMPARE(parsed->option, option);
    QCOMPARE(parsed->length, length);
    QCOMPARE(NbdHandshake::serializeOption(option, QByteArray(5, 'x')).first(12), bytes.first(12));
}

void TestNbdCodec::exportRequest_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QList<quint16>>("infos");
    QTest::newRow("name and infos") << hex("00000004 6469736b 0003 0001 0002 0003") << true << QByteArray("disk")
                                    << QList<quint16>{1, 2, 3};
    QTest::newRow("empty name, none") << hex("00000000 0000") << true << QByteArray() << QList<quint16>{};
    QTest::newRow("unknown info types kept") << hex("00000001 61 0001 1234") << true << QByteArray("a")
                                             << QList<quint16>{0x1234};
    QTest::newRow("name longer than data") << hex("00000010 6469736b 0000") << false << QByteArray() << QList<quint16>{};
    QTest::newRow("count beyond data") << hex("00000004 6469736b 0002 0001") << false << QByteArray() << QList<quint16>{};
    QTest::newRow("trailing byte") << hex("00000004 6469736b 0000 00") << false << QByteArray() << QList<quint16>{};
    QTest::newRow("no count") << hex("00000004 6469736b") << false << QByteArray() << QList<quint16>{};
    QTest::newRow("too short") << hex("000000") << false << QByteArray() << QList<quint16>{};
    QTest::newRow("huge name length") << hex("ffffffff 0000") << false << QByteArray() << QList<quint16>{};
    QTest::newRow("name over 4096") << QByteArray(be32(4097) + QByteArray(4097, 'n') + be16(0)) << false << QByteArray()
                                    << QList<quint16>{};
    QTest::newRow("name of 4096") << QByteArray(be32(4096) + QByteArray(4096, 'n') + be16(0)) << true << QByteArray(4096, 'n')
                                  << QList<quint16>{};
}

void TestNbdCodec::exportRequest()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    const auto parsed = NbdHandshake::parseExportRequest(data);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QVERIFY(!parsed.error().isEmpty());
        return;
    }
    QFETCH(QByteArray, name);
    QFETCH(QList<quint16>, infos);
    QCOMPARE(parsed->name, name);
    QCOMPARE(parsed->infos, infos);
    QCOMPARE(NbdHandshake::serializeExportRequest(*parsed), data);
}

void TestNbdCodec::optionReplies()
{
    QCOMPARE(NbdHandshake::serializeOptionReply(7, Nbd::OptionReply::Ack),
             hex("0003e889045565a9 00000007 00000001 00000000"));
    QCOMPARE(NbdHandshake::serializeOptionReply(6, Nbd::OptionReply::ErrUnknown, "no"),
             hex("0003e889045565a9 00000006 80000006 00000002 6e6f"));
    const auto header = NbdHandshake::parseOptionReplyHeader(hex("0003e889045565a9 00000003 00000002 00000008"));
    QVERIFY(header);
    QCOMPARE(*header, (NbdOptionReplyHeader{3, 2, 8}));
    QVERIFY(!NbdHandshake::parseOptionReplyHeader(hex("0003e889045565a8 00000003 00000002 00000008")));
    QVERIFY(!NbdHandshake::parseOptionReplyHeader(hex("0003e889045565a9 00000003 00000002")));
    QCOMPARE(NbdHandshake::optionName(7), QStringLiteral("NBD_OPT_GO"));
    QCOMPARE(NbdHandshake::replyName(0x80000002u), QStringLiteral("NBD_REP_ERR_POLICY"));
}

void TestNbdCodec::infoPayloads_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");
    QTest::newRow("export") << NbdHandshake::serializeInfoExport(0x123456789aull, 0x0103) << true;
    QTest::newRow("name") << NbdHandshake::serializeInfoText(Nbd::InfoType::Name, "disk") << true;
    QTest::newRow("empty description") << NbdHandshake::serializeInfoText(Nbd::InfoType::Description, "") << true;
    QTest::newRow("block size") << NbdHandshake::serializeInfoBlockSize(1, 4096, 32 << 20) << true;
    QTest::newRow("export short") << hex("0000 0000000000001000 01") << false;
    QTest::newRow("export long") << hex("0000 0000000000001000 0001 00") << false;
    QTest::newRow("block size short") << hex("0003 00000001 00001000") << false;
    QTest::newRow("no type") << hex("00") << false;
    QTest::newRow("name over 4096") << QByteArray(be16(1) + QByteArray(4097, 'x')) << false;
}

void TestNbdCodec::infoPayloads()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    const auto info = NbdHandshake::parseInfo(data);
    QCOMPARE(info.ok(), ok);
    if (!ok)
        return;
    switch (Nbd::InfoType(info->type)) {
    case Nbd::InfoType::Export:
        QCOMPARE(info->size, 0x123456789aull);
        QCOMPARE(info->flags, quint16(0x0103));
        break;
    case Nbd::InfoType::BlockSize:
        QCOMPARE(info->minimum, 1u);
        QCOMPARE(info->preferred, 4096u);
        QCOMPARE(info->maximum, 32u << 20);
        break;
    default: QCOMPARE(info->text, data.mid(2)); break;
    }
}

void TestNbdCodec::listEntry()
{
    const QByteArray bytes = NbdHandshake::serializeListEntry({"disk", "Debian 12 live"});
    QCOMPARE(bytes, QByteArray(be32(4) + "disk" + "Debian 12 live"));
    const auto entry = NbdHandshake::parseListEntry(bytes);
    QVERIFY(entry);
    QCOMPARE(entry->name, QByteArray("disk"));
    QCOMPARE(entry->description, QByteArray("Debian 12 live"));
    QVERIFY(!NbdHandshake::parseListEntry(QByteArray(be32(5) + "disk")));
    QVERIFY(!NbdHandshake::parseListEntry(hex("0000")));
    QVERIFY(NbdHandshake::parseListEntry(be32(0)));
}

void TestNbdCodec::exportNameReply()
{
    QCOMPARE(NbdHandshake::serializeExportNameReply(4096, 0x0003, true), hex("0000000000001000 0003"));
    const QByteArray padded = NbdHandshake::serializeExportNameReply(4096, 0x0003, false);
    QCOMPARE(padded.size(), 10 + 124);
    QCOMPARE(padded.mid(10), QByteArray(124, '\0'));
}

void TestNbdCodec::request_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<NbdRequest>("expected");
    QTest::newRow("read") << hex("25609513 0000 0000 0102030405060708 0000000000001000 00000200") << true
                          << NbdRequest{0, 0, 0x0102030405060708ull, 4096, 512};
    QTest::newRow("write fua") << hex("25609513 0001 0001 0000000000000001 0000000000000000 00000010") << true
                               << NbdRequest{1, 1, 1, 0, 16};
    QTest::newRow("unknown command parses") << hex("25609513 0000 00ff 0000000000000001 0000000000000000 00000000")
                                            << true << NbdRequest{0, 0xff, 1, 0, 0};
    QTest::newRow("wrong magic") << hex("25609514 0000 0000 0000000000000001 0000000000000000 00000010") << false
                                 << NbdRequest{};
    QTest::newRow("simple reply magic") << hex("67446698 0000 0000 0000000000000001 0000000000000000 00000010")
                                        << false << NbdRequest{};
    QTest::newRow("truncated") << hex("25609513 0000 0000 0000000000000001 0000000000000000 0000") << false
                               << NbdRequest{};
}

void TestNbdCodec::request()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(NbdRequest, expected);
    const auto parsed = NbdRequest::parse(bytes);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QVERIFY(!parsed.error().isEmpty());
        return;
    }
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->serialize(), bytes);
    QCOMPARE(parsed->payloadLength(), parsed->command() == Nbd::Command::Write ? parsed->length : 0u);
}

void TestNbdCodec::check_data()
{
    QTest::addColumn<quint16>("type");
    QTest::addColumn<quint16>("flags");
    QTest::addColumn<quint64>("offset");
    QTest::addColumn<quint32>("length");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("structured");
    QTest::addColumn<quint32>("error");

    using C = Nbd::Command;
    // The export is 10000 bytes: not a multiple of anything.
    const auto row = [](const char *tag, C type, quint16 flags, quint64 offset, quint32 length, bool readOnly,
                        bool structured, quint32 error) {
        QTest::newRow(tag) << quint16(type) << flags << offset << length << readOnly << structured << error;
    };
    row("read inside", C::Read, 0, 0, 10000, true, false, Nbd::NoError);
    row("read last byte", C::Read, 0, 9999, 1, true, false, Nbd::NoError);
    row("read zero length at end", C::Read, 0, 10000, 0, true, false, Nbd::NoError);
    row("read one past end", C::Read, 0, 9999, 2, true, false, Nbd::EInval);
    row("read offset past end", C::Read, 0, 10001, 0, true, false, Nbd::EInval);
    row("read offset overflow", C::Read, 0, ~0ull - 10, 100, true, false, Nbd::EInval);
    row("read over max, simple", C::Read, 0, 0, (32u << 20) + 1, true, false, Nbd::EInval);
    row("read over max, structured", C::Read, 0, 0, (32u << 20) + 1, true, true, Nbd::EOverflow);
    row("read DF structured", C::Read, Nbd::CommandFlagDf, 0, 100, true, true, Nbd::NoError);
    row("read DF without structured", C::Read, Nbd::CommandFlagDf, 0, 100, true, false, Nbd::EInval);
    row("read FUA tolerated", C::Read, Nbd::CommandFlagFua, 0, 100, true, false, Nbd::NoError);
    row("read unknown flag", C::Read, 0x100, 0, 100, true, false, Nbd::EInval);
    row("read NO_HOLE", C::Read, Nbd::CommandFlagNoHole, 0, 100, false, false, Nbd::EInval);
    row("write read-only", C::Write, 0, 0, 100, true, false, Nbd::EPerm);
    row("write read-only beyond end", C::Write, 0, 20000, 100, true, false, Nbd::EPerm);
    row("write inside", C::Write, Nbd::CommandFlagFua, 9000, 1000, false, false, Nbd::NoError);
    row("write past end", C::Write, 0, 9000, 1001, false, false, Nbd::ENoSpc);
    row("write over max", C::Write, 0, 0, 0xffffffffu, false, true, Nbd::EOverflow);
    row("write DF", C::Write, Nbd::CommandFlagDf, 0, 10, false, true, Nbd::EInval);
    row("trim read-only", C::Trim, 0, 0, 100, true, false, Nbd::EPerm);
    row("trim inside", C::Trim, 0, 0, 10000, false, false, Nbd::NoError);
    row("trim past end", C::Trim, 0, 5000, 6000, false, false, Nbd::EInval);
    row("zeroes NO_HOLE", C::WriteZeroes, Nbd::CommandFlagNoHole, 0, 100, false, false, Nbd::NoError);
    row("zeroes past end", C::WriteZeroes, 0, 9999, 2, false, false, Nbd::ENoSpc);
    row("zeroes read-only", C::WriteZeroes, 0, 0, 2, true, false, Nbd::EPerm);
    row("zeroes FAST_ZERO", C::WriteZeroes, Nbd::CommandFlagFastZero, 0, 2, false, false, Nbd::EInval);
    row("flush", C::Flush, 0, 0, 0, true, false, Nbd::NoError);
    row("disconnect", C::Disconnect, 0, 0, 0, true, false, Nbd::NoError);
    row("cache not offered", C::Cache, 0, 0, 100, true, false, Nbd::ENotSup);
    row("block status not offered", C::BlockStatus, 0, 0, 100, true, true, Nbd::ENotSup);
    row("unknown command", C(0x4242), 0, 0, 0, true, false, Nbd::ENotSup);
}

void TestNbdCodec::check()
{
    QFETCH(quint16, type);
    QFETCH(quint16, flags);
    QFETCH(quint64, offset);
    QFETCH(quint32, length);
    QFETCH(bool, readOnly);
    QFETCH(bool, structured);
    QFETCH(quint32, error);
    NbdRequest request{flags, type, 1, offset, length};
    NbdRequestLimits limits;
    limits.exportSize = 10000;
    limits.readOnly = readOnly;
    limits.structuredReplies = structured;
    QCOMPARE(NbdReply::errorName(NbdRequest::check(request, limits)), NbdReply::errorName(error));
}

void TestNbdCodec::simpleReply()
{
    const QByteArray bytes = NbdReply::serializeSimple({Nbd::EPerm, 0x1122334455667788ull});
    QCOMPARE(bytes, hex("67446698 00000001 1122334455667788"));
    QCOMPARE(*NbdReply::parseSimple(bytes), (NbdSimpleReply{1, 0x1122334455667788ull}));
    QVERIFY(!NbdReply::parseSimple(hex("67446699 00000001 1122334455667788")));
    QVERIFY(!NbdReply::parseSimple(bytes.first(15)));
}

void TestNbdCodec::structuredChunks()
{
    QCOMPARE(NbdReply::offsetDataHeader(9, 0x1000, 512, true),
             hex("668e33ef 0001 0001 0000000000000009 00000208 0000000000001000"));
    QCOMPARE(NbdReply::offsetDataHeader(9, 0x1000, 512, false),
             hex("668e33ef 0000 0001 0000000000000009 00000208 0000000000001000"));
    QCOMPARE(NbdReply::noneChunk(5), hex("668e33ef 0001 0000 0000000000000005 00000000"));
    QCOMPARE(NbdReply::offsetHoleChunk(5, 4096, 8192, false),
             hex("668e33ef 0000 0002 0000000000000005 0000000c 0000000000001000 00002000"));
    const auto header = NbdReply::parseChunkHeader(hex("668e33ef 0001 8001 0000000000000007 0000000a"));
    QVERIFY(header);
    QCOMPARE(*header, (NbdChunkHeader{1, 0x8001, 7, 10}));
    QVERIFY(!NbdReply::parseChunkHeader(hex("668e33ee 0001 8001 0000000000000007 0000000a")));
    QVERIFY(!NbdReply::parseChunkHeader(hex("668e33ef 0001 8001 0000000000000007 0000")));
}

void TestNbdCodec::chunkErrors_data()
{
    QTest::addColumn<QByteArray>("chunk");
    QTest::addColumn<quint32>("error");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<quint64>("offset");
    QTest::newRow("error") << NbdReply::errorChunk(3, Nbd::EInval, "bad") << quint32(Nbd::EInval) << QByteArray("bad")
                           << quint64(0);
    QTest::newRow("error, no message") << NbdReply::errorChunk(3, Nbd::EIo, "") << quint32(Nbd::EIo) << QByteArray()
                                       << quint64(0);
    QTest::newRow("error offset") << NbdReply::errorOffsetChunk(3, Nbd::EIo, "disk", 123456) << quint32(Nbd::EIo)
                                  << QByteArray("disk") << quint64(123456);
    QTest::newRow("message cut to 4096") << NbdReply::errorChunk(3, Nbd::EIo, QByteArray(5000, 'm'))
                                         << quint32(Nbd::EIo) << QByteArray(4096, 'm') << quint64(0);
}

void TestNbdCodec::chunkErrors()
{
    QFETCH(QByteArray, chunk);
    QFETCH(quint32, error);
    QFETCH(QByteArray, message);
    QFETCH(quint64, offset);
    const auto header = NbdReply::parseChunkHeader(chunk.first(Nbd::ChunkHeaderSize));
    QVERIFY(header);
    QVERIFY(header->flags & Nbd::ChunkFlagDone);
    QVERIFY(header->type & Nbd::ChunkTypeErrorBit);
    QCOMPARE(qsizetype(header->length), chunk.size() - Nbd::ChunkHeaderSize);
    const auto parsed = NbdReply::parseChunkError(header->type, chunk.mid(Nbd::ChunkHeaderSize));
    QVERIFY(parsed);
    QCOMPARE(parsed->error, error);
    QCOMPARE(parsed->message, message);
    QCOMPARE(parsed->offset, offset);
    // A message length that does not match the payload is refused.
    QByteArray broken = chunk.mid(Nbd::ChunkHeaderSize);
    broken[4] = char(0x7f);
    QVERIFY(!NbdReply::parseChunkError(header->type, broken));
    QVERIFY(!NbdReply::parseChunkError(header->type, hex("000000")));
}

void TestNbdCodec::negotiateList()
{
    NbdNegotiator negotiator(sampleExports());
    QByteArray in = fixedFlags + option(Nbd::Option::List);
    QByteArray out;
    QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::NeedMore);
    QVERIFY(in.isEmpty());
    const QList<ParsedReply> replies = parseReplies(out);
    QCOMPARE(replies.size(), 3);
    QCOMPARE(replies[0].header.type, quint32(Nbd::OptionReply::Server));
    QCOMPARE(replies[0].header.option, quint32(Nbd::Option::List));
    QCOMPARE(NbdHandshake::parseListEntry(replies[0].data)->name, QByteArray("boot"));
    QCOMPARE(NbdHandshake::parseListEntry(replies[0].data)->description, QByteArray("Live system"));
    QCOMPARE(NbdHandshake::parseListEntry(replies[1].data)->name, QByteArray("disk"));
    QCOMPARE(replies[2].header.type, quint32(Nbd::OptionReply::Ack));

    // LIST with data is invalid, and the negotiation goes on.
    in = option(Nbd::Option::List, "x") + option(Nbd::Option::List);
    out.clear();
    QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::NeedMore);
    const QList<ParsedReply> again = parseReplies(out);
    QCOMPARE(again.size(), 4);
    QCOMPARE(again[0].header.type, quint32(Nbd::OptionReply::ErrInvalid));
}

void TestNbdCodec::negotiateInfo()
{
    NbdNegotiator negotiator(sampleExports());
    QByteArray in = fixedFlags + option(Nbd::Option::Info, goData("boot", {1, 2, 3, 0x99}));
    QByteArray out;
    QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::NeedMore); // INFO does not attach
    const QList<ParsedReply> replies = parseReplies(out);
    QCOMPARE(replies.size(), 5); // export, name, description, block size, ack
    QHash<quint16, NbdInfo> infos;
    for (const ParsedReply &r : replies.first(4)) {
        QCOMPARE(r.header.type, quint32(Nbd::OptionReply::Info));
        const auto info = NbdHandshake::parseInfo(r.data);
        QVERIFY(info);
        infos.insert(info->type, *info);
    }
    QCOMPARE(infos.value(0).size, quint64(1 << 20));
    QCOMPARE(infos.value(0).flags, quint16(Nbd::FlagHasFlags | Nbd::FlagReadOnly | Nbd::FlagCanMultiConn));
    QCOMPARE(infos.value(1).text, QByteArray("boot"));
    QCOMPARE(infos.value(2).text, QByteArray("Live system"));
    QCOMPARE(infos.value(3).minimum, 1u);
    QCOMPARE(infos.value(3).preferred, 4096u);
    QCOMPARE(infos.value(3).maximum, 32u << 20);
    QCOMPARE(replies[4].header.type, quint32(Nbd::OptionReply::Ack));

    // No description to give: none sent; unknown export: NBD_REP_ERR_UNKNOWN.
    in = option(Nbd::Option::Info, goData("disk", {2})) + option(Nbd::Option::Info, goData("nope"));
    out.clear();
    negotiator.feed(in, out);
    const QList<ParsedReply> more = parseReplies(out);
    QCOMPARE(more.size(), 3);
    QCOMPARE(more[1].header.type, quint32(Nbd::OptionReply::Ack));
    QCOMPARE(more[2].header.type, quint32(Nbd::OptionReply::ErrUnknown));
    QVERIFY(negotiator.takeRefusals().isEmpty()); // INFO is a question, not an attempt to attach
}

void TestNbdCodec::negotiateGo()
{
    NbdNegotiator negotiator(sampleExports());
    const QByteArray pipelined = NbdRequest{0, 0, 1, 0, 512}.serialize();
    QByteArray in = fixedFlags + option(Nbd::Option::Go, goData("missing")) + option(Nbd::Option::Go, goData("disk"))
        + pipelined;
    QByteArray out;
    QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::Transmission);
    QCOMPARE(in, pipelined); // what follows GO is left for transmission
    QCOMPARE(negotiator.exportIndex(), 1);
    QVERIFY(!negotiator.structuredReplies());
    QCOMPARE(negotiator.transmissionFlags(), sampleExports().at(1).flags);
    const QList<ParsedReply> replies = parseReplies(out);
    QCOMPARE(replies.size(), 3);
    QCOMPARE(replies[0].header.type, quint32(Nbd::OptionReply::ErrUnknown));
    QCOMPARE(replies[1].header.type, quint32(Nbd::OptionReply::Info));
    QCOMPARE(replies[2].header.type, quint32(Nbd::OptionReply::Ack));
    const QList<NbdNegotiator::Refusal> refusals = negotiator.takeRefusals();
    QCOMPARE(refusals.size(), 1);
    QCOMPARE(refusals[0].name, QByteArray("missing"));
    // Done: more input is not negotiation.
    out.clear();
    QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::Transmission);
    QVERIFY(out.isEmpty());
}

void TestNbdCodec::negotiateDefaultExport()
{
    // Without an export called "", the empty name is the first export.
    {
        NbdNegotiator negotiator(sampleExports());
        QByteArray in = fixedFlags + option(Nbd::Option::Go, goData(""));
        QByteArray out;
        QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::Transmission);
        QCOMPARE(negotiator.exportIndex(), 0);
    }
    // With one, that one.
    QList<NbdNegotiator::Export> exports = sampleExports();
    exports.append({QByteArray(), QByteArray("default"), 512, Nbd::FlagHasFlags | Nbd::FlagReadOnly});
    NbdNegotiator negotiator(exports);
    QByteArray in = fixedFlags + option(Nbd::Option::Go, goData("", {1}));
    QByteArray out;
    QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::Transmission);
    QCOMPARE(negotiator.exportIndex(), 2);
}

void TestNbdCodec::negotiateExportName_data()
{
    QTest::addColumn<quint32>("clientFlags");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("replySize");
    QTest::newRow("fixed, no zeroes") << 3u << QByteArray("disk") << int(NbdNegotiator::Step::Transmission) << 10;
    QTest::newRow("fixed, zeroes") << 1u << QByteArray("disk") << int(NbdNegotiator::Step::Transmission) << 134;
    QTest::newRow("plain newstyle") << 0u << QByteArray("boot") << int(NbdNegotiator::Step::Transmission) << 134;
    QTest::newRow("default") << 3u << QByteArray() << int(NbdNegotiator::Step::Transmission) << 10;
    QTest::newRow("unknown closes") << 3u << QByteArray("nope") << int(NbdNegotiator::Step::Close) << 0;
}

void TestNbdCodec::negotiateExportName()
{
    QFETCH(quint32, clientFlags);
    QFETCH(QByteArray, name);
    QFETCH(int, step);
    QFETCH(int, replySize);
    NbdNegotiator negotiator(sampleExports());
    QByteArray in = NbdHandshake::serializeClientFlags(clientFlags) + option(Nbd::Option::ExportName, name);
    QByteArray out;
    QCOMPARE(int(negotiator.feed(in, out)), step);
    QCOMPARE(out.size(), replySize);
    if (step == int(NbdNegotiator::Step::Close)) {
        QVERIFY(!negotiator.violated());
        QCOMPARE(negotiator.takeRefusals().size(), 1);
        return;
    }
    const quint64 size = qFromBigEndian<quint64>(out.constData());
    QCOMPARE(size, sampleExports().at(negotiator.exportIndex()).size);
    QCOMPARE(qFromBigEndian<quint16>(out.constData() + 8), negotiator.transmissionFlags());
}

void TestNbdCodec::negotiateStructuredFlags()
{
    NbdNegotiator negotiator(sampleExports());
    QByteArray in = fixedFlags + option(Nbd::Option::StructuredReply, "junk") + option(Nbd::Option::StructuredReply)
        + option(Nbd::Option::Go, goData("boot"));
    QByteArray out;
    QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::Transmission);
    const QList<ParsedReply> replies = parseReplies(out);
    QCOMPARE(replies[0].header.type, quint32(Nbd::OptionReply::ErrInvalid));
    QCOMPARE(replies[1].header.type, quint32(Nbd::OptionReply::Ack));
    QVERIFY(negotiator.structuredReplies());
    QVERIFY(negotiator.transmissionFlags() & Nbd::FlagSendDf); // DF only with structured replies
    QVERIFY(negotiator.transmissionFlags() & Nbd::FlagReadOnly);
}

void TestNbdCodec::negotiateErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("violated");
    QTest::addColumn<QList<quint32>>("replyTypes");

    using R = Nbd::OptionReply;
    const auto types = [](std::initializer_list<R> list) {
        QList<quint32> out;
        for (R r : list)
            out.append(quint32(r));
        return out;
    };
    const int close = int(NbdNegotiator::Step::Close);
    const int more = int(NbdNegotiator::Step::NeedMore);
    QTest::newRow("unknown client flags") << hex("00000004") << close << true << types({});
    QTest::newRow("wrong option magic") << QByteArray(fixedFlags + hex("49484156454f5055 00000003 00000000")) << close << true
                                        << types({});
    QTest::newRow("absurd option length") << QByteArray(fixedFlags + hex("49484156454f5054 00000007 7fffffff")) << close << true
                                          << types({});
    QTest::newRow("plain newstyle sends LIST") << QByteArray(hex("00000000") + option(Nbd::Option::List)) << close << true
                                               << types({});
    QTest::newRow("abort") << QByteArray(fixedFlags + option(Nbd::Option::Abort)) << close << false << types({R::Ack});
    QTest::newRow("unknown option") << QByteArray(fixedFlags + NbdHandshake::serializeOption(0x4242, "data")) << more << false
                                    << types({R::ErrUnsup});
    QTest::newRow("STARTTLS") << QByteArray(fixedFlags + option(Nbd::Option::StartTls)) << more << false << types({R::ErrUnsup});
    QTest::newRow("meta context") << QByteArray(fixedFlags + option(Nbd::Option::SetMetaContext, "x")) << more << false
                                  << types({R::ErrUnsup});
    QTest::newRow("GO with broken data") << QByteArray(fixedFlags + option(Nbd::Option::Go, hex("00000009 61 0000")))
                                         << more << false << types({R::ErrInvalid});
    QTest::newRow("GO with name over 4096") << QByteArray(fixedFlags + option(Nbd::Option::Go, goData(QByteArray(5000, 'n'))))
                                            << more << false << types({R::ErrInvalid});
    QTest::newRow("truncated option waits") << QByteArray(fixedFlags + option(Nbd::Option::List, "abc").chopped(2)) << more
                                            << false << types({});
}

void TestNbdCodec::negotiateErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, step);
    QFETCH(bool, violated);
    QFETCH(QList<quint32>, replyTypes);
    NbdNegotiator negotiator(sampleExports());
    QByteArray out;
    QCOMPARE(int(negotiator.feed(input, out)), step);
    if (step == int(NbdNegotiator::Step::Close)) {
        QCOMPARE(negotiator.violated(), violated);
        QVERIFY(!negotiator.closeReason().isEmpty());
    }
    QList<quint32> types;
    for (const ParsedReply &r : parseReplies(out))
        types.append(r.header.type);
    QCOMPARE(types, replyTypes);
}

void TestNbdCodec::negotiateTooBigSkipped()
{
    NbdNegotiator negotiator(sampleExports());
    QByteArray in = fixedFlags + hex("49484156454f5054 00000007") + be32(100000);
    QByteArray out;
    QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::NeedMore);
    // The oversized data arrives in pieces and is dropped as it comes.
    for (int i = 0; i < 10; ++i) {
        QByteArray piece(10000, 'z');
        QCOMPARE(negotiator.feed(piece, out), NbdNegotiator::Step::NeedMore);
        QVERIFY(piece.isEmpty());
    }
    in = option(Nbd::Option::Go, goData("boot"));
    QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::Transmission);
    const QList<ParsedReply> replies = parseReplies(out);
    QCOMPARE(replies.first().header.type, quint32(Nbd::OptionReply::ErrTooBig));
    QCOMPARE(replies.first().header.option, quint32(Nbd::Option::Go));
    QCOMPARE(replies.last().header.type, quint32(Nbd::OptionReply::Ack));
}

void TestNbdCodec::negotiateClaimRefused()
{
    int calls = 0;
    const auto busy = [&calls](qsizetype index) -> std::optional<NbdNegotiator::ClaimRefusal> {
        ++calls;
        if (index != 1)
            return std::nullopt;
        return NbdNegotiator::ClaimRefusal{QStringLiteral("in use by 10.0.0.7 (translated)"), "in use by 10.0.0.7"};
    };
    {
        NbdNegotiator negotiator(sampleExports(), busy);
        QByteArray in = fixedFlags + option(Nbd::Option::Info, goData("disk")) + option(Nbd::Option::Go, goData("disk"))
            + option(Nbd::Option::Go, goData("boot"));
        QByteArray out;
        QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::Transmission);
        QCOMPARE(calls, 2); // INFO claims nothing
        const QList<ParsedReply> replies = parseReplies(out);
        QCOMPARE(replies.at(2).header.type, quint32(Nbd::OptionReply::ErrPolicy));
        QCOMPARE(replies.at(2).data, QByteArray("in use by 10.0.0.7"));
        QCOMPARE(negotiator.exportIndex(), 0);
        QCOMPARE(negotiator.takeRefusals().size(), 1);
    }
    NbdNegotiator negotiator(sampleExports(), busy);
    QByteArray in = fixedFlags + option(Nbd::Option::ExportName, "disk");
    QByteArray out;
    QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::Close);
    QVERIFY(out.isEmpty());
    QVERIFY(!negotiator.violated());
    QCOMPARE(negotiator.closeReason(), QStringLiteral("in use by 10.0.0.7 (translated)"));
}

void TestNbdCodec::negotiateByteByByte()
{
    const QByteArray conversation = fixedFlags + option(Nbd::Option::StructuredReply) + option(Nbd::Option::List)
        + option(Nbd::Option::Info, goData("boot", {1, 2, 3})) + NbdHandshake::serializeOption(77, "junk")
        + option(Nbd::Option::Go, goData("disk", {3}));
    NbdNegotiator whole(sampleExports());
    QByteArray in = conversation;
    QByteArray expected;
    QCOMPARE(whole.feed(in, expected), NbdNegotiator::Step::Transmission);

    NbdNegotiator piecemeal(sampleExports());
    QByteArray buffer;
    QByteArray out;
    NbdNegotiator::Step step = NbdNegotiator::Step::NeedMore;
    for (const char c : conversation) {
        QCOMPARE(step, NbdNegotiator::Step::NeedMore);
        buffer.append(c);
        step = piecemeal.feed(buffer, out);
    }
    QCOMPARE(step, NbdNegotiator::Step::Transmission);
    QCOMPARE(out, expected);
}

void TestNbdCodec::negotiateOptionLimit()
{
    NbdNegotiator negotiator(sampleExports());
    QByteArray in = fixedFlags;
    for (int i = 0; i < NbdNegotiator::MaxOptions + 1; ++i)
        in += NbdHandshake::serializeOption(0x4242);
    QByteArray out;
    QCOMPARE(negotiator.feed(in, out), NbdNegotiator::Step::Close);
    QVERIFY(negotiator.violated());
    QCOMPARE(parseReplies(out).size(), NbdNegotiator::MaxOptions);
}

QTEST_GUILESS_MAIN(TestNbdCodec)
#include "tst_nbdcodec.moc"
