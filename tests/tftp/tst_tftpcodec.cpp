// The pure TFTP codec: packet parse/serialize, option negotiation, netascii, block-number rollover.

#include "TftpTestSupport.h"

#include "tftp/NetasciiDecoder.h"
#include "tftp/NetasciiEncoder.h"
#include "tftp/TftpOptions.h"
#include "tftp/TftpPacket.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Bootcast;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Bootcast::TftpPacket)
Q_DECLARE_METATYPE(Bootcast::TftpOptions::Direction)

namespace {

using BootcastTest::bytes;

// "name=value;name=value" <-> option list (test notation only).
TftpOptionList optionList(const QByteArray &text)
{
    TftpOptionList list;
    if (text.isEmpty())
        return list;
    for (const QByteArray &pair : text.split(';')) {
        const qsizetype eq = pair.indexOf('=');
        list.append({pair.left(eq), pair.mid(eq + 1)});
    }
    return list;
}

QByteArray optionText(const TftpOptionList &list)
{
    QByteArrayList parts;
    for (const TftpOption &o : list)
        parts.append(o.name + '=' + o.value);
    return parts.join(';');
}

TftpPacket request(TftpOpcode opcode, const QByteArray &name, TftpMode mode, const QByteArray &options = {})
{
    TftpPacket p;
    p.opcode = opcode;
    p.fileName = name;
    p.mode = mode;
    p.options = optionList(options);
    return p;
}

QByteArray randomText(quint32 seed, int size)
{
    QRandomGenerator rng(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data) {
        const quint32 r = rng.bounded(10);
        c = r == 0 ? '\n' : r == 1 ? '\r' : r == 2 ? '\0' : char(rng.bounded(256));
    }
    return data;
}

} // namespace

class TestTftpCodec : public QObject
{
    Q_OBJECT

private slots:
    void errorTextOnTheWireIsAscii_data();
    void errorTextOnTheWireIsAscii();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void serialize_data();
    void serialize();
    void roundTrip();
    void optionLookupIgnoresCase();
    void errorMessageHasNoNul();

    void negotiate_data();
    void negotiate();
    void negotiateLimitsAreSane();
    void parseNumber_data();
    void parseNumber();

    void netasciiEncode_data();
    void netasciiEncode();
    void netasciiStreaming_data();
    void netasciiStreaming();
    void netasciiDecodeRoundTrip();
    void netasciiDecodeLenient();

    void wireBlock();
    void unwrapBlock_data();
    void unwrapBlock();
    void unwrapBlockAroundEveryWrap();
};

// ---- packets ---------------------------------------------------------------------------------

void TestTftpCodec::errorTextOnTheWireIsAscii_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("english kept") << 1 << QStringLiteral("no such file: x.efi") << QByteArray("no such file: x.efi");
    QTest::newRow("german -> standard") << 1 << QStringLiteral("Datei „x.efi“ nicht gefunden") << QByteArray("File not found");
    QTest::newRow("chinese -> standard") << 2 << QStringLiteral("拒绝访问") << QByteArray("Access violation");
    QTest::newRow("empty -> standard") << 5 << QString() << QByteArray("Unknown transfer ID");
}

void TestTftpCodec::errorTextOnTheWireIsAscii()
{
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QByteArray, wire);
    const TftpPacket p = TftpPacket::makeError(TftpErrorCode(code), message);
    QCOMPARE(p.errorMessage, wire);
    const auto parsed = TftpPacket::parse(p.serialize());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->errorMessage, wire);
}

void TestTftpCodec::parse_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<TftpPacket>("expected");

    QTest::newRow("rrq") << bytes("\0\1pxelinux.0\0octet\0")
                         << request(TftpOpcode::Rrq, "pxelinux.0", TftpMode::Octet);
    QTest::newRow("rrq options") << bytes("\0\1f\0octet\0tsize\0" "0\0blksize\0" "1468\0")
                                 << request(TftpOpcode::Rrq, "f", TftpMode::Octet, "tsize=0;blksize=1468");
    QTest::newRow("rrq mode case") << bytes("\0\1f\0NetAscii\0") << request(TftpOpcode::Rrq, "f", TftpMode::Netascii);
    QTest::newRow("rrq OCTET") << bytes("\0\1f\0OCTET\0") << request(TftpOpcode::Rrq, "f", TftpMode::Octet);
    QTest::newRow("rrq mail") << bytes("\0\1f\0mail\0") << request(TftpOpcode::Rrq, "f", TftpMode::Mail);
    QTest::newRow("rrq nul padding") << bytes("\0\1f\0octet\0blksize\0" "512\0\0\0\0")
                                     << request(TftpOpcode::Rrq, "f", TftpMode::Octet, "blksize=512");
    QTest::newRow("rrq option without value") << bytes("\0\1f\0octet\0tsize\0" "0\0blksize")
                                              << request(TftpOpcode::Rrq, "f", TftpMode::Octet, "tsize=0");
    QTest::newRow("rrq option unterminated value") << bytes("\0\1f\0octet\0blksize\0" "512")
                                                   << request(TftpOpcode::Rrq, "f", TftpMode::Octet);
    QTest::newRow("rrq empty option value") << bytes("\0\1f\0octet\0x\0\0")
                                            << request(TftpOpcode::Rrq, "f", TftpMode::Octet, "x=");
    QTest::newRow("rrq empty option name skipped") << bytes("\0\1f\0octet\0\0v\0tsize\0" "0\0")
                                                   << request(TftpOpcode::Rrq, "f", TftpMode::Octet, "tsize=0");
    QTest::newRow("rrq duplicate options kept") << bytes("\0\1f\0octet\0a\0" "1\0A\0" "2\0")
                                                << request(TftpOpcode::Rrq, "f", TftpMode::Octet, "a=1;A=2");
    QTest::newRow("wrq") << bytes("\0\2up.bin\0octet\0tsize\0" "99\0")
                         << request(TftpOpcode::Wrq, "up.bin", TftpMode::Octet, "tsize=99");

    TftpPacket data = TftpPacket::makeData(1, QByteArray(512, 'x'));
    QTest::newRow("data") << QByteArray("\0\3\0\1", 4) + QByteArray(512, 'x') << data;
    QTest::newRow("data empty") << bytes("\0\3\xff\xff") << TftpPacket::makeData(65535, {});
    QTest::newRow("data with nul") << bytes("\0\3\1\0\0a\0") << TftpPacket::makeData(256, bytes("\0a\0"));
    QTest::newRow("ack 0") << bytes("\0\4\0\0") << TftpPacket::makeAck(0);
    QTest::newRow("ack 65535") << bytes("\0\4\xff\xff") << TftpPacket::makeAck(65535);
    QTest::newRow("ack trailing bytes") << bytes("\0\4\0\7junk") << TftpPacket::makeAck(7);

    TftpPacket error;
    error.opcode = TftpOpcode::Error;
    error.errorCode = 1;
    error.errorMessage = "File not found";
    QTest::newRow("error") << bytes("\0\5\0\1File not found\0") << error;
    QTest::newRow("error unterminated") << bytes("\0\5\0\1File not found") << error;
    error.errorMessage.clear();
    error.errorCode = 8;
    QTest::newRow("error no message") << bytes("\0\5\0\x08") << error;

    TftpPacket oack;
    oack.opcode = TftpOpcode::Oack;
    oack.options = optionList("blksize=1468;tsize=1024");
    QTest::newRow("oack") << bytes("\0\6blksize\0" "1468\0tsize\0" "1024\0") << oack;
    oack.options.clear();
    QTest::newRow("oack empty") << bytes("\0\6") << oack;
}

void TestTftpCodec::parse()
{
    QFETCH(QByteArray, wire);
    QFETCH(TftpPacket, expected);
    const Expected<TftpPacket> parsed = TftpPacket::parse(wire);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->opcode, expected.opcode);
    QCOMPARE(parsed->fileName, expected.fileName);
    QCOMPARE(parsed->mode, expected.mode);
    QCOMPARE(optionText(parsed->options), optionText(expected.options));
    QCOMPARE(parsed->block, expected.block);
    QCOMPARE(parsed->data, expected.data);
    QCOMPARE(parsed->errorCode, expected.errorCode);
    QCOMPARE(parsed->errorMessage, expected.errorMessage);
    QVERIFY(*parsed == expected);
}

void TestTftpCodec::parseRejects_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << bytes("\0");
    QTest::newRow("opcode 0") << bytes("\0\0abc\0");
    QTest::newRow("opcode 7") << bytes("\0\7abc\0");
    QTest::newRow("opcode 256") << bytes("\1\1f\0octet\0");
    QTest::newRow("rrq no name terminator") << bytes("\0\1pxelinux.0");
    QTest::newRow("rrq empty name") << bytes("\0\1\0octet\0");
    QTest::newRow("rrq no mode") << bytes("\0\1f\0");
    QTest::newRow("rrq mode unterminated") << bytes("\0\1f\0octet");
    QTest::newRow("rrq unknown mode") << bytes("\0\1f\0binary\0");
    QTest::newRow("wrq empty mode") << bytes("\0\2f\0\0");
    QTest::newRow("data short") << bytes("\0\3\0");
    QTest::newRow("ack short") << bytes("\0\4\1");
    QTest::newRow("error short") << bytes("\0\5\0");
}

void TestTftpCodec::parseRejects()
{
    QFETCH(QByteArray, wire);
    const Expected<TftpPacket> parsed = TftpPacket::parse(wire);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().isEmpty());
}

void TestTftpCodec::serialize_data()
{
    QTest::addColumn<TftpPacket>("packet");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("rrq") << request(TftpOpcode::Rrq, "/pxelinux.0", TftpMode::Octet, "blksize=1468")
                         << bytes("\0\1/pxelinux.0\0octet\0blksize\0" "1468\0");
    QTest::newRow("wrq netascii") << request(TftpOpcode::Wrq, "a.txt", TftpMode::Netascii)
                                  << bytes("\0\2a.txt\0netascii\0");
    QTest::newRow("data rollover") << TftpPacket::makeData(0, "abc") << bytes("\0\3\0\0abc");
    QTest::newRow("data 258") << TftpPacket::makeData(258, {}) << bytes("\0\3\1\2");
    QTest::newRow("ack") << TftpPacket::makeAck(0xABCD) << bytes("\0\4\xab\xcd");
    QTest::newRow("error") << TftpPacket::makeError(TftpErrorCode::UnknownTransferId, u"unknown transfer ID"_s)
                           << bytes("\0\5\0\5unknown transfer ID\0");
    QTest::newRow("oack") << TftpPacket::makeOack(optionList("tsize=5;windowsize=8"))
                          << bytes("\0\6tsize\0" "5\0windowsize\0" "8\0");
}

void TestTftpCodec::serialize()
{
    QFETCH(TftpPacket, packet);
    QFETCH(QByteArray, wire);
    QCOMPARE(packet.serialize(), wire);
    const Expected<TftpPacket> back = TftpPacket::parse(wire);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(*back == packet);
}

void TestTftpCodec::roundTrip()
{
    // Whatever parses, serializes to something that parses back to the same packet.
    QRandomGenerator rng(42);
    const QList<QByteArray> seeds{
        bytes("\0\1pxelinux.0\0octet\0tsize\0" "0\0blksize\0" "1468\0windowsize\0" "8\0"),
        bytes("\0\6blksize\0" "1468\0"), bytes("\0\5\0\1nope\0"), bytes("\0\3\0\1data"),
        bytes("\0\4\0\1")};
    int parsedCount = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray wire = seeds.at(i % seeds.size());
        const int flips = 1 + int(rng.bounded(4));
        for (int f = 0; f < flips; ++f) {
            const auto at = qsizetype(rng.bounded(quint32(wire.size())));
            switch (rng.bounded(3)) {
            case 0: wire[at] = char(rng.bounded(256)); break;
            case 1: wire[at] = '\0'; break;
            default: wire.truncate(at + 1); break;
            }
        }
        const Expected<TftpPacket> first = TftpPacket::parse(wire);
        if (!first)
            continue;
        ++parsedCount;
        const Expected<TftpPacket> second = TftpPacket::parse(first->serialize());
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY2(*second == *first, wire.toHex().constData());
    }
    QVERIFY(parsedCount > 1000); // the mutations did not just produce garbage
}

void TestTftpCodec::optionLookupIgnoresCase()
{
    const TftpPacket p = request(TftpOpcode::Rrq, "f", TftpMode::Octet, "BlkSize=1024;tsize=0;blksize=2048");
    QCOMPARE(p.option("blksize"), std::optional<QByteArray>("1024"));
    QCOMPARE(p.option("TSIZE"), std::optional<QByteArray>("0"));
    QCOMPARE(p.option("timeout"), std::nullopt);
}

void TestTftpCodec::errorMessageHasNoNul()
{
    const TftpPacket p = TftpPacket::makeError(TftpErrorCode::AccessViolation, u"a"_s + QChar(0) + u"b");
    QCOMPARE(p.errorMessage, QByteArray("ab"));
    QCOMPARE(p.serialize(), bytes("\0\5\0\2ab\0"));
}

// ---- option negotiation ----------------------------------------------------------------------

void TestTftpCodec::negotiate_data()
{
    QTest::addColumn<QByteArray>("requested");
    QTest::addColumn<TftpOptions::Direction>("direction");
    QTest::addColumn<qint64>("fileSize"); // -1: unknown
    QTest::addColumn<int>("maxBlockSize");
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<int>("windowSize");
    QTest::addColumn<int>("timeoutMsecs");
    QTest::addColumn<qint64>("transferSize"); // -1: none
    QTest::addColumn<QByteArray>("accepted");

    const auto R = TftpOptions::Direction::Read;
    const auto W = TftpOptions::Direction::Write;
    const int noLimit = TftpPacket::MaxBlockSize;
    // Default timeout of the limits used below: 1500 ms.
    QTest::newRow("no options") << QByteArray() << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("blksize 0") << QByteArray("blksize=0") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("blksize 7") << QByteArray("blksize=7") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("blksize 8") << QByteArray("blksize=8") << R << 100LL << noLimit << 8 << 1 << 1500 << -1LL << QByteArray("blksize=8");
    QTest::newRow("blksize 512") << QByteArray("blksize=512") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray("blksize=512");
    QTest::newRow("blksize 1468") << QByteArray("blksize=1468") << R << 100LL << noLimit << 1468 << 1 << 1500 << -1LL << QByteArray("blksize=1468");
    QTest::newRow("blksize 65464") << QByteArray("blksize=65464") << R << 100LL << noLimit << 65464 << 1 << 1500 << -1LL << QByteArray("blksize=65464");
    QTest::newRow("blksize 65465") << QByteArray("blksize=65465") << R << 100LL << noLimit << 65464 << 1 << 1500 << -1LL << QByteArray("blksize=65464");
    QTest::newRow("blksize 70000") << QByteArray("blksize=70000") << R << 100LL << noLimit << 65464 << 1 << 1500 << -1LL << QByteArray("blksize=65464");
    QTest::newRow("blksize 70000 mtu") << QByteArray("blksize=70000") << R << 100LL << 1468 << 1468 << 1 << 1500 << -1LL << QByteArray("blksize=1468");
    QTest::newRow("blksize 8192 mtu") << QByteArray("blksize=8192") << R << 100LL << 1468 << 1468 << 1 << 1500 << -1LL << QByteArray("blksize=1468");
    QTest::newRow("blksize under limit") << QByteArray("blksize=1024") << R << 100LL << 1468 << 1024 << 1 << 1500 << -1LL << QByteArray("blksize=1024");
    QTest::newRow("blksize limit below 8") << QByteArray("blksize=512") << R << 100LL << 3 << 8 << 1 << 1500 << -1LL << QByteArray("blksize=8");
    QTest::newRow("blksize abc") << QByteArray("blksize=abc") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("blksize empty") << QByteArray("blksize=") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("blksize negative") << QByteArray("blksize=-512") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("blksize space") << QByteArray("blksize= 512") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("blksize hex") << QByteArray("blksize=0x200") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("blksize huge") << QByteArray("blksize=99999999999999999999999999") << R << 100LL << noLimit << 65464 << 1 << 1500 << -1LL << QByteArray("blksize=65464");
    QTest::newRow("blksize leading zeros") << QByteArray("blksize=0001024") << R << 100LL << noLimit << 1024 << 1 << 1500 << -1LL << QByteArray("blksize=1024");

    QTest::newRow("tsize read") << QByteArray("tsize=0") << R << 123456LL << noLimit << 512 << 1 << 1500 << 123456LL << QByteArray("tsize=123456");
    QTest::newRow("tsize read big") << QByteArray("tsize=0") << R << 5000000000LL << noLimit << 512 << 1 << 1500 << 5000000000LL << QByteArray("tsize=5000000000");
    QTest::newRow("tsize read empty file") << QByteArray("tsize=0") << R << 0LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("tsize read unknown size") << QByteArray("tsize=0") << R << -1LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("tsize abc") << QByteArray("tsize=abc") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("tsize write echo") << QByteArray("tsize=4096") << W << -1LL << noLimit << 512 << 1 << 1500 << 4096LL << QByteArray("tsize=4096");

    QTest::newRow("timeout 0") << QByteArray("timeout=0") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("timeout 1") << QByteArray("timeout=1") << R << 100LL << noLimit << 512 << 1 << 1000 << -1LL << QByteArray("timeout=1");
    QTest::newRow("timeout 255") << QByteArray("timeout=255") << R << 100LL << noLimit << 512 << 1 << 255000 << -1LL << QByteArray("timeout=255");
    QTest::newRow("timeout 256") << QByteArray("timeout=256") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("timeout abc") << QByteArray("timeout=abc") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();

    QTest::newRow("windowsize 0") << QByteArray("windowsize=0") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("windowsize 1") << QByteArray("windowsize=1") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray("windowsize=1");
    QTest::newRow("windowsize 16") << QByteArray("windowsize=16") << R << 100LL << noLimit << 512 << 16 << 1500 << -1LL << QByteArray("windowsize=16");
    QTest::newRow("windowsize 65535") << QByteArray("windowsize=65535") << R << 100LL << noLimit << 512 << 64 << 1500 << -1LL << QByteArray("windowsize=64");
    QTest::newRow("windowsize 99999") << QByteArray("windowsize=99999") << R << 100LL << noLimit << 512 << 64 << 1500 << -1LL << QByteArray("windowsize=64");
    QTest::newRow("windowsize abc") << QByteArray("windowsize=abc") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("windowsize capped by bytes") << QByteArray("windowsize=64;blksize=65464") << R << 100LL << noLimit << 65464 << 8 << 1500 << -1LL << QByteArray("windowsize=8;blksize=65464");
    QTest::newRow("windowsize write") << QByteArray("windowsize=4") << W << -1LL << noLimit << 512 << 4 << 1500 << -1LL << QByteArray("windowsize=4");

    QTest::newRow("unknown ignored") << QByteArray("foo=bar;utimeout=5000;multicast=;blksize=1024") << R << 100LL << noLimit << 1024 << 1 << 1500 << -1LL << QByteArray("blksize=1024");
    QTest::newRow("case insensitive, spelling echoed") << QByteArray("BLKSIZE=1024;TSize=0;TimeOut=3;WindowSize=2") << R << 77LL << noLimit << 1024 << 2 << 3000 << 77LL << QByteArray("BLKSIZE=1024;TSize=77;TimeOut=3;WindowSize=2");
    QTest::newRow("duplicates: first wins") << QByteArray("blksize=1024;blksize=2048;BLKSIZE=4096") << R << 100LL << noLimit << 1024 << 1 << 1500 << -1LL << QByteArray("blksize=1024");
    QTest::newRow("invalid first, duplicate not used") << QByteArray("blksize=0;blksize=2048") << R << 100LL << noLimit << 512 << 1 << 1500 << -1LL << QByteArray();
    QTest::newRow("order kept") << QByteArray("windowsize=4;tsize=0;blksize=1428;timeout=5") << R << 9LL << noLimit << 1428 << 4 << 5000 << 9LL << QByteArray("windowsize=4;tsize=9;blksize=1428;timeout=5");
}

void TestTftpCodec::negotiate()
{
    QFETCH(QByteArray, requested);
    QFETCH(TftpOptions::Direction, direction);
    QFETCH(qint64, fileSize);
    QFETCH(int, maxBlockSize);
    QFETCH(int, blockSize);
    QFETCH(int, windowSize);
    QFETCH(int, timeoutMsecs);
    QFETCH(qint64, transferSize);
    QFETCH(QByteArray, accepted);

    TftpOptions::Limits limits;
    limits.maxBlockSize = maxBlockSize;
    limits.defaultTimeoutMsecs = 1500;
    const TftpOptions result = TftpOptions::negotiate(
        optionList(requested), direction, fileSize >= 0 ? std::optional<qint64>(fileSize) : std::nullopt, limits);
    QCOMPARE(result.blockSize, blockSize);
    QCOMPARE(result.windowSize, windowSize);
    QCOMPARE(result.timeoutMsecs, timeoutMsecs);
    QCOMPARE(result.transferSize.value_or(-1), transferSize);
    QCOMPARE(optionText(result.accepted), accepted);
    QCOMPARE(result.needsOack(), !accepted.isEmpty());
}

void TestTftpCodec::negotiateLimitsAreSane()
{
    // Absurd limits are pulled into range rather than producing an unusable transfer.
    TftpOptions::Limits limits;
    limits.maxBlockSize = 0;
    limits.maxWindowSize = 0;
    limits.maxWindowBytes = 0;
    limits.defaultTimeoutMsecs = 0;
    const TftpOptions r =
        TftpOptions::negotiate(optionList("blksize=1024;windowsize=16"), TftpOptions::Direction::Read, 1, limits);
    QCOMPARE(r.blockSize, 8);
    QCOMPARE(r.windowSize, 1);
    QVERIFY(r.timeoutMsecs >= 1);
}

void TestTftpCodec::parseNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("value"); // -1: not a number
    QTest::newRow("zero") << QByteArray("0") << 0LL;
    QTest::newRow("plain") << QByteArray("1468") << 1468LL;
    QTest::newRow("leading zeros") << QByteArray("000512") << 512LL;
    QTest::newRow("just below saturation") << QByteArray("999999999999999999") << 999999999999999999LL;
    QTest::newRow("saturation") << QByteArray("1000000000000000000") << 1000000000000000000LL;
    QTest::newRow("above 2^64") << QByteArray("18446744073709551616") << 1000000000000000000LL;
    QTest::newRow("very long") << QByteArray(400, '9') << 1000000000000000000LL;
    QTest::newRow("empty") << QByteArray() << -1LL;
    QTest::newRow("sign") << QByteArray("+1") << -1LL;
    QTest::newRow("minus") << QByteArray("-1") << -1LL;
    QTest::newRow("exponent") << QByteArray("1e3") << -1LL;
    QTest::newRow("space") << QByteArray("1 ") << -1LL;
    QTest::newRow("letters") << QByteArray("abc") << -1LL;
}

void TestTftpCodec::parseNumber()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, value);
    QCOMPARE(TftpOptions::parseNumber(text).value_or(-1), value);
}

// ---- netascii --------------------------------------------------------------------------------

void TestTftpCodec::netasciiEncode_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
    QTest::newRow("lf") << QByteArray("a\nb") << QByteArray("a\r\nb");
    QTest::newRow("cr") << QByteArray("a\rb") << bytes("a\r\0b");
    QTest::newRow("crlf") << QByteArray("\r\n") << bytes("\r\0\r\n");
    QTest::newRow("lf lf") << QByteArray("\n\n") << QByteArray("\r\n\r\n");
    QTest::newRow("nul kept") << bytes("a\0b") << bytes("a\0b");
}

void TestTftpCodec::netasciiEncode()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(NetasciiEncoder::encode(raw), encoded);
    QCOMPARE(NetasciiEncoder::encodedSize(raw), encoded.size());
    NetasciiDecoder decoder;
    QCOMPARE(decoder.decode(encoded) + decoder.finish(), raw);
}

void TestTftpCodec::netasciiStreaming_data()
{
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<int>("size");
    QTest::newRow("1 byte blocks") << 1 << 300;
    QTest::newRow("7 byte blocks") << 7 << 5000;
    QTest::newRow("512") << 512 << 100000;
    QTest::newRow("1468") << 1468 << 100000;
    QTest::newRow("empty file") << 512 << 0;
}

void TestTftpCodec::netasciiStreaming()
{
    QFETCH(int, blockSize);
    QFETCH(int, size);
    QByteArray raw = randomText(quint32(size + blockSize), size);
    QBuffer source(&raw);
    QVERIFY(source.open(QIODevice::ReadOnly));
    NetasciiEncoder encoder(&source);
    QByteArray stream;
    int blocks = 0;
    for (;;) {
        const Expected<QByteArray> block = encoder.read(blockSize);
        QVERIFY(block.ok());
        ++blocks;
        stream += *block;
        QVERIFY(block->size() <= blockSize);
        if (block->size() < blockSize)
            break; // the short (possibly empty) last block
        QVERIFY(blocks < 10000000);
    }
    QVERIFY(encoder.atEnd());
    QCOMPARE(encoder.sourceBytesRead(), qint64(size));
    const QByteArray expected = NetasciiEncoder::encode(raw);
    QCOMPARE(stream.size(), expected.size());
    QCOMPARE(stream, expected);
    QCOMPARE(blocks, int(expected.size() / blockSize) + 1);
}

void TestTftpCodec::netasciiDecodeRoundTrip()
{
    // Arbitrary chunking, including a CR at the end of a chunk with its NUL or LF in the next one.
    for (quint32 seed = 1; seed <= 50; ++seed) {
        const QByteArray raw = randomText(seed, 4000);
        const QByteArray encoded = NetasciiEncoder::encode(raw);
        QRandomGenerator rng(seed);
        NetasciiDecoder decoder;
        QByteArray decoded;
        for (qsizetype pos = 0; pos < encoded.size();) {
            const qsizetype n = std::min<qsizetype>(1 + rng.bounded(40), encoded.size() - pos);
            decoded += decoder.decode(QByteArrayView(encoded).sliced(pos, n));
            pos += n;
        }
        decoded += decoder.finish();
        QCOMPARE(decoded, raw);
    }
}

void TestTftpCodec::netasciiDecodeLenient()
{
    NetasciiDecoder decoder;
    QCOMPARE(decoder.decode("a\rb"), QByteArray("a\rb"));
    QCOMPARE(decoder.decode("c\r"), QByteArray("c"));
    QCOMPARE(decoder.decode("\r\n"), QByteArray("\r\n")); // bare CR, then CR LF
    QCOMPARE(decoder.decode("x\r"), QByteArray("x"));
    QCOMPARE(decoder.finish(), QByteArray("\r"));
    QCOMPARE(decoder.finish(), QByteArray());
}

// ---- block numbers ---------------------------------------------------------------------------

void TestTftpCodec::wireBlock()
{
    QCOMPARE(TftpPacket::wireBlock(0), quint16(0));
    QCOMPARE(TftpPacket::wireBlock(1), quint16(1));
    QCOMPARE(TftpPacket::wireBlock(65535), quint16(65535));
    QCOMPARE(TftpPacket::wireBlock(65536), quint16(0));
    QCOMPARE(TftpPacket::wireBlock(65537), quint16(1));
    QCOMPARE(TftpPacket::wireBlock(Q_UINT64_C(0x100000005)), quint16(5));
}

void TestTftpCodec::unwrapBlock_data()
{
    QTest::addColumn<int>("wire");
    QTest::addColumn<quint64>("reference");
    QTest::addColumn<quint64>("expected");
    QTest::newRow("start") << 1 << quint64(1) << quint64(1);
    QTest::newRow("ack 0 at start") << 0 << quint64(1) << quint64(0);
    QTest::newRow("ahead in window") << 8 << quint64(1) << quint64(8);
    QTest::newRow("just before wrap") << 65535 << quint64(65535) << quint64(65535);
    QTest::newRow("wrap to 0") << 0 << quint64(65535) << quint64(65536);
    QTest::newRow("after wrap") << 1 << quint64(65536) << quint64(65537);
    QTest::newRow("behind across wrap") << 65535 << quint64(65536) << quint64(65535);
    QTest::newRow("window across wrap") << 30 << quint64(65530) << quint64(65566);
    QTest::newRow("second wrap") << 0 << quint64(131071) << quint64(131072);
    QTest::newRow("no negative") << 65535 << quint64(0) << quint64(65535);
    QTest::newRow("far ahead stays near") << 40000 << quint64(100) << quint64(40000);
    QTest::newRow("4 GiB file at 512") << 2 << quint64(8388607) << quint64(8388610);
}

void TestTftpCodec::unwrapBlock()
{
    QFETCH(int, wire);
    QFETCH(quint64, reference);
    QFETCH(quint64, expected);
    QCOMPARE(TftpPacket::unwrapBlock(quint16(wire), reference), expected);
}

void TestTftpCodec::unwrapBlockAroundEveryWrap()
{
    // Any block within a window's distance of the reference comes back exactly.
    for (quint64 wrap = 0; wrap < 8; ++wrap) {
        for (qint64 offset = -200; offset <= 200; ++offset) {
            const qint64 referenceSigned = qint64(wrap * 65536) + offset;
            if (referenceSigned < 0)
                continue;
            const auto reference = quint64(referenceSigned);
            for (qint64 delta = -65; delta <= 65; ++delta) {
                const qint64 blockSigned = referenceSigned + delta;
                if (blockSigned < 0)
                    continue;
                const auto block = quint64(blockSigned);
                QCOMPARE(TftpPacket::unwrapBlock(TftpPacket::wireBlock(block), reference), block);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestTftpCodec)
#include "tst_tftpcodec.moc"
