// TftpServer with real clients (curl, busybox tftp, tftp-hpa) and an in-test client for the corners
// real clients do not reach: windowsize, OACK retransmission, silent and cancelling clients, foreign
// transfer IDs, duplicate requests, hostile names, uploads, netascii, limits.

#include "TftpTestSupport.h"

#include "tftp/TftpOptions.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Bootcast;
using namespace BootcastTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMsecs = 300; // the server's retransmission timeout in these tests
constexpr int Retries = 3;

TftpOptionList options(std::initializer_list<std::pair<const char *, const char *>> list)
{
    TftpOptionList out;
    for (const auto &[name, value] : list)
        out.append({QByteArray(name), QByteArray(value)});
    return out;
}

QByteArray netasciiByHand(QByteArray raw)
{
    raw.replace("\r", QByteArray("\r\0", 2));
    raw.replace("\n", "\r\n");
    return raw;
}

} // namespace

class TestTftpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void listening();
    void bindConflictFails();

    void curlDownload_data();
    void curlDownload();
    void busyboxDownload_data();
    void busyboxDownload();
    void tftpHpaDownload();
    void netasciiTftpHpa();
    void bigFileRollover();

    void windowSize();
    void windowSizeResendsAfterGap();
    void windowSizeAcrossRollover();
    void oackRetransmitted();
    void oackUnansweredGivesUp();
    void clientErrorFreesTransfer();
    void silentClientFreed();
    void foreignTransferIdRejected();
    void duplicateRequestIgnored();
    void largestBlockSizeOnLoopback();
    void netasciiRead();
    void caseInsensitiveBackslashName();

    void hostileNamesRefused_data();
    void hostileNamesRefused();
    void hostileNamesRealClients_data();
    void hostileNamesRealClients();
    void garbageOnRequestPort();

    void writeRefusedByDefault();
    void uploads();

    void blockSizeLimits();
    void answersFromRequestedAddress();
    void transferPortRange();
    void concurrencyLimit();
    void stopEndsTransfers();

private:
    Profile baseProfile(quint16 port) const;
    QString work(const QString &name) const { return m_work.path() + u'/' + name; }
    QString url(const QString &name) const
    {
        return u"tftp://127.0.0.1:%1/%2"_s.arg(m_port).arg(name);
    }
    // Reads a whole file with the in-test client (octet, no options), ACKing each block.
    QByteArray fetchAll(TestClient &client, int blockSize, int windowSize, QList<int> *windows = nullptr,
                        quint64 firstBlock = 1);

    QTemporaryDir m_root;
    QTemporaryDir m_outside;
    QTemporaryDir m_work;
    QTemporaryDir m_upload;
    QByteArray m_small;
    QByteArray m_big;
    QByteArray m_text;
    quint16 m_port = 0;
    std::unique_ptr<ServerHost> m_host;
};

Profile TestTftpServer::baseProfile(quint16 port) const
{
    Profile profile;
    profile.name = u"tftp-test"_s;
    profile.boot.netbootDir = m_root.path();
    profile.tftp.address = QHostAddress::LocalHost;
    profile.tftp.port = port;
    profile.tftp.timeoutMsecs = TimeoutMsecs;
    profile.tftp.retries = Retries;
    return profile;
}

void TestTftpServer::initTestCase()
{
    for (const char *tool : {"curl", "busybox", "tftp"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(u"the client program %1 is missing (apt-get install curl busybox tftp-hpa)"_s.arg(QLatin1StringView(tool))));
    }
    QVERIFY(m_root.isValid() && m_outside.isValid() && m_work.isValid() && m_upload.isValid());
    const QString r = m_root.path();
    m_small = randomBytes(100000, 1);
    m_big = randomBytes(40 * 1024 * 1024 + 123, 2);
    m_text = "line one\nline two\r\nbare\rcarriage\n\nend without newline"_ba;
    QVERIFY(writeFile(r + u"/small.bin", m_small));
    QVERIFY(writeFile(r + u"/exact.bin", randomBytes(16384, 3))); // a multiple of 512, 1024, 8192
    QVERIFY(writeFile(r + u"/empty.bin", QByteArray()));
    QVERIFY(writeFile(r + u"/big.bin", m_big));
    QVERIFY(writeFile(r + u"/roll.bin", randomBytes(600000, 4))); // 75000 blocks of 8 bytes
    QVERIFY(writeFile(r + u"/text.txt", m_text));
    QVERIFY(QDir().mkpath(r + u"/pxelinux.cfg"));
    QVERIFY(writeFile(r + u"/pxelinux.cfg/default", "DEFAULT linux\n"));
    QVERIFY(writeFile(m_outside.path() + u"/secret", "secret"));
    QVERIFY(QFile::link(m_outside.path() + u"/secret", r + u"/escape"));
    QVERIFY(writeFile(work(u"upload-source.bin"_s), randomBytes(70000, 5)));

    m_port = freeUdpPort();
    QVERIFY(m_port != 0);
    m_host = std::make_unique<ServerHost>(baseProfile(m_port));
    QVERIFY(m_host->start());
}

void TestTftpServer::cleanup()
{
    // Every test leaves nothing running; a leak shows up here as a failure of that test.
    QTRY_COMPARE_WITH_TIMEOUT(m_host->activeTransfers(), 0, 5000);
    QCoreApplication::processEvents(); // events the server posted before it went idle
    m_host->events.clear();
}

QByteArray TestTftpServer::fetchAll(TestClient &client, int blockSize, int windowSize, QList<int> *windows,
                                    quint64 firstBlock)
{
    QByteArray content;
    quint64 expected = firstBlock;
    int inWindow = 0;
    for (;;) {
        const std::optional<Received> r = client.receive(3000);
        if (!r || r->packet.opcode != TftpOpcode::Data) {
            qWarning() << "expected DATA" << expected << "got" << (r ? int(r->packet.opcode) : -1);
            return QByteArray();
        }
        if (r->packet.block != TftpPacket::wireBlock(expected))
            continue; // a retransmission; the server resends after its timeout
        content += r->packet.data;
        ++inWindow;
        const bool last = r->packet.data.size() < blockSize;
        if (inWindow == windowSize || last) {
            if (windows) {
                // Nothing more may arrive before the ACK: the server sends exactly one window.
                if (!last && client.socket().waitForReadyRead(15))
                    windows->append(-1);
                windows->append(inWindow);
            }
            client.sendToTransfer(TftpPacket::makeAck(TftpPacket::wireBlock(expected)));
            inWindow = 0;
        }
        ++expected;
        if (last)
            return content;
    }
}

// ---- state -----------------------------------------------------------------------------------

void TestTftpServer::listening()
{
    const ServiceState state = m_host->state();
    QCOMPARE(state.status, ServiceState::Status::Listening);
    QCOMPARE(state.service, Service::Tftp);
    QCOMPARE(state.port, m_port);
    QCOMPARE(state.address, QHostAddress(QHostAddress::LocalHost));
}

void TestTftpServer::bindConflictFails()
{
    ServerHost second(baseProfile(m_port));
    QVERIFY(!second.start());
    const ServiceState state = second.state();
    QCOMPARE(state.status, ServiceState::Status::Failed);
    QVERIFY2(state.reason.contains(QString::number(m_port)), qPrintable(state.reason));
    QVERIFY2(state.reason.contains(u"in use"), qPrintable(state.reason));
    QTRY_COMPARE(second.eventsOf(TrafficEvent::Kind::Error).size(), 1);
    // The first server is unaffected.
    QCOMPARE(m_host->state().status, ServiceState::Status::Listening);
}

// ---- real clients ----------------------------------------------------------------------------

void TestTftpServer::curlDownload_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("blockSize"); // 0: curl's default
    QTest::newRow("512") << u"small.bin"_s << 512;
    QTest::newRow("1428") << u"small.bin"_s << 1428;
    QTest::newRow("8192") << u"small.bin"_s << 8192;
    QTest::newRow("default") << u"small.bin"_s << 0;
    QTest::newRow("exact multiple, 512") << u"exact.bin"_s << 512;
    QTest::newRow("exact multiple, 8192") << u"exact.bin"_s << 8192;
    QTest::newRow("empty file") << u"empty.bin"_s << 512;
    QTest::newRow("leading slash") << u"/small.bin"_s << 1428;
}

void TestTftpServer::curlDownload()
{
    QFETCH(QString, file);
    QFETCH(int, blockSize);
    const QString out = work(u"curl.out"_s);
    QFile::remove(out);
    QStringList args{u"-sS"_s, u"--max-time"_s, u"30"_s, u"-o"_s, out};
    if (blockSize > 0)
        args << u"--tftp-blksize"_s << QString::number(blockSize);
    args << url(file);
    const ProcessResult result = runClient(u"curl"_s, args, m_work.path());
    QVERIFY2(result.finished && result.exitCode == 0, result.output.constData());
    const QString name = file.mid(file.startsWith(u'/') ? 1 : 0);
    QCOMPARE(sha256Of(out), sha256Of(m_root.path() + u'/' + name));

    const qint64 size = QFileInfo(m_root.path() + u'/' + name).size();
    QTRY_COMPARE(m_host->eventsOf(TrafficEvent::Kind::TransferFinished).size(), 1);
    const TrafficEvent done = m_host->eventsOf(TrafficEvent::Kind::TransferFinished).constFirst();
    QCOMPARE(done.service, Service::Tftp);
    QCOMPARE(done.peer, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(done.bytes, size);
    QCOMPARE(done.totalBytes, size);
    QVERIFY(done.elapsedMsecs >= 0);
    QVERIFY(transferSummary(done).contains(u"/s)")); // size, time and rate, formatted for the log
    const QList<TrafficEvent> started = m_host->eventsOf(TrafficEvent::Kind::TransferStarted);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().totalBytes, size);
    QCOMPARE(started.constFirst().peer, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_host->eventsOf(TrafficEvent::Kind::TransferFailed).isEmpty());
}

void TestTftpServer::busyboxDownload_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("blockSize");
    QTest::newRow("1468") << u"small.bin"_s << 1468;
    QTest::newRow("512") << u"small.bin"_s << 512;
    QTest::newRow("exact multiple") << u"exact.bin"_s << 1024;
}

void TestTftpServer::busyboxDownload()
{
    QFETCH(QString, file);
    QFETCH(int, blockSize);
    const QString out = work(u"busybox.out"_s);
    QFile::remove(out);
    const ProcessResult result = runClient(u"busybox"_s,
                                           {u"tftp"_s, u"-g"_s, u"-r"_s, file, u"-l"_s, out, u"-b"_s,
                                            QString::number(blockSize), u"127.0.0.1"_s, QString::number(m_port)},
                                           m_work.path());
    QVERIFY2(result.finished && result.exitCode == 0, result.output.constData());
    QCOMPARE(sha256Of(out), sha256Of(m_root.path() + u'/' + file));
}

void TestTftpServer::tftpHpaDownload()
{
    const QString out = work(u"hpa.out"_s);
    QFile::remove(out);
    const ProcessResult result = runClient(
        u"tftp"_s, {u"-m"_s, u"binary"_s, u"127.0.0.1"_s, QString::number(m_port), u"-c"_s, u"get"_s, u"small.bin"_s, out},
        m_work.path());
    QVERIFY2(result.finished && result.exitCode == 0, result.output.constData());
    QCOMPARE(sha256Of(out), sha256Of(m_root.path() + u"/small.bin"));
}

void TestTftpServer::netasciiTftpHpa()
{
    // tftp-hpa decodes netascii on its side: the file arrives as it is on disk.
    const QString out = work(u"hpa.txt"_s);
    QFile::remove(out);
    const ProcessResult result = runClient(
        u"tftp"_s, {u"-m"_s, u"netascii"_s, u"127.0.0.1"_s, QString::number(m_port), u"-c"_s, u"get"_s, u"text.txt"_s, out},
        m_work.path());
    QVERIFY2(result.finished && result.exitCode == 0, result.output.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_text);
}

void TestTftpServer::bigFileRollover()
{
    // 40 MiB at 512 bytes a block: 81921 blocks, the wire block number wraps past 65535.
    const QString out = work(u"big.out"_s);
    QFile::remove(out);
    QElapsedTimer clock;
    clock.start();
    const ProcessResult result = runClient(
        u"curl"_s, {u"-sS"_s, u"--max-time"_s, u"90"_s, u"--tftp-blksize"_s, u"512"_s, u"-o"_s, out, url(u"big.bin"_s)},
        m_work.path(), 100000);
    QVERIFY2(result.finished && result.exitCode == 0, result.output.constData());
    QCOMPARE(QFileInfo(out).size(), m_big.size());
    QCOMPARE(sha256Of(out), QCryptographicHash::hash(m_big, QCryptographicHash::Sha256).toHex());
    qInfo("40 MiB at blksize 512 in %lld ms", clock.elapsed());

    QTRY_COMPARE(m_host->eventsOf(TrafficEvent::Kind::TransferFinished).size(), 1);
    QCOMPARE(m_host->eventsOf(TrafficEvent::Kind::TransferFinished).constFirst().bytes, m_big.size());
    // Progress is reported, but at most about four times a second.
    const QList<TrafficEvent> progress = m_host->eventsOf(TrafficEvent::Kind::TransferProgress);
    QVERIFY(!progress.isEmpty() || clock.elapsed() < 300);
    QVERIFY2(progress.size() <= clock.elapsed() / 250 + 1, qPrintable(QString::number(progress.size())));
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).bytes > progress.at(i - 1).bytes);
}

// ---- in-test client: options and state machine -------------------------------------------------

void TestTftpServer::windowSize()
{
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, "small.bin", options({{"windowsize", "8"}, {"blksize", "1024"}, {"tsize", "0"}}));
    const std::optional<Received> oack = client.receive(2000);
    QVERIFY(oack);
    QCOMPARE(oack->packet.opcode, TftpOpcode::Oack);
    QCOMPARE(oack->packet.option("windowsize"), std::optional<QByteArray>("8"));
    QCOMPARE(oack->packet.option("blksize"), std::optional<QByteArray>("1024"));
    QCOMPARE(oack->packet.option("tsize"), std::optional<QByteArray>("100000"));
    client.sendToTransfer(TftpPacket::makeAck(0));

    QList<int> windows;
    const QByteArray content = fetchAll(client, 1024, 8, &windows);
    QCOMPARE(content.size(), m_small.size());
    QCOMPARE(content, m_small);
    // 98 blocks: 12 windows of 8, then 2.
    QList<int> expected(12, 8);
    expected.append(2);
    QCOMPARE(windows, expected);
}

void TestTftpServer::windowSizeResendsAfterGap()
{
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, "small.bin", options({{"blksize", "1024"}, {"windowsize", "8"}}));
    QVERIFY(client.receive(2000).has_value());
    client.sendToTransfer(TftpPacket::makeAck(0));

    QByteArray content;
    // First window: blocks 1..8 arrive and are acknowledged.
    for (int i = 1; i <= 8; ++i) {
        const std::optional<Received> r = client.receive(2000);
        QVERIFY(r && r->packet.opcode == TftpOpcode::Data);
        QCOMPARE(r->packet.block, quint16(i));
        content += r->packet.data;
    }
    client.sendToTransfer(TftpPacket::makeAck(8));
    // Second window: 9..16; pretend block 11 got lost: keep 9 and 10, acknowledge 10.
    for (int i = 9; i <= 16; ++i) {
        const std::optional<Received> r = client.receive(2000);
        QVERIFY(r && r->packet.opcode == TftpOpcode::Data);
        QCOMPARE(r->packet.block, quint16(i));
        if (i <= 10)
            content += r->packet.data;
    }
    client.sendToTransfer(TftpPacket::makeAck(10));
    // The server starts a new full window at 11 (RFC 7440), well before its timeout.
    QElapsedTimer clock;
    clock.start();
    for (int i = 11; i <= 18; ++i) {
        const std::optional<Received> r = client.receive(2000);
        QVERIFY(r && r->packet.opcode == TftpOpcode::Data);
        QCOMPARE(r->packet.block, quint16(i));
        content += r->packet.data;
    }
    QVERIFY(clock.elapsed() < TimeoutMsecs);
    client.sendToTransfer(TftpPacket::makeAck(18));
    // A duplicate of that ACK acknowledges nothing new and must not trigger a resend.
    client.sendToTransfer(TftpPacket::makeAck(18));
    QList<int> blocks;
    for (int i = 0; i < 8; ++i) {
        const std::optional<Received> r = client.receive(2000);
        QVERIFY(r && r->packet.opcode == TftpOpcode::Data);
        blocks.append(r->packet.block);
        content += r->packet.data;
    }
    QCOMPARE(blocks, QList<int>({19, 20, 21, 22, 23, 24, 25, 26}));
    QVERIFY2(!client.socket().waitForReadyRead(TimeoutMsecs / 2), "a duplicate ACK caused a resend");
    client.sendToTransfer(TftpPacket::makeAck(26));
    content += fetchAll(client, 1024, 8, nullptr, 27);
    QCOMPARE(content, m_small);
}

void TestTftpServer::windowSizeAcrossRollover()
{
    // 75000 blocks of 8 bytes in windows of 64: block numbers wrap while windows are in flight.
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, "roll.bin", options({{"blksize", "8"}, {"windowsize", "64"}}));
    const std::optional<Received> oack = client.receive(2000);
    QVERIFY(oack && oack->packet.opcode == TftpOpcode::Oack);
    QCOMPARE(oack->packet.option("windowsize"), std::optional<QByteArray>("64"));
    client.sendToTransfer(TftpPacket::makeAck(0));
    const QByteArray content = fetchAll(client, 8, 64);
    QFile file(m_root.path() + u"/roll.bin");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(content.size(), 600000);
    QCOMPARE(content, file.readAll());
}

void TestTftpServer::oackRetransmitted()
{
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, "small.bin", options({{"blksize", "1024"}}));
    const std::optional<Received> first = client.receive(2000);
    QVERIFY(first && first->packet.opcode == TftpOpcode::Oack);
    // No ACK 0: the OACK comes again, from the same transfer port, after about one timeout.
    QElapsedTimer clock;
    clock.start();
    const std::optional<Received> second = client.receive(3 * TimeoutMsecs);
    QVERIFY(second);
    QVERIFY(clock.elapsed() >= TimeoutMsecs / 2);
    QCOMPARE(second->packet, first->packet);
    QCOMPARE(second->fromPort, first->fromPort);
    // Now ACK 0 and the data starts.
    client.sendToTransfer(TftpPacket::makeAck(0));
    std::optional<Received> data = client.receive(2000);
    QVERIFY(data && data->packet.opcode == TftpOpcode::Data);
    QCOMPARE(data->packet.block, quint16(1));
    QCOMPARE(data->packet.data, m_small.left(1024));
    client.sendToTransfer(TftpPacket::makeError(TftpErrorCode::NotDefined, u"done"_s));
}

void TestTftpServer::oackUnansweredGivesUp()
{
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, "small.bin", options({{"tsize", "0"}}));
    const QList<Received> all = client.drain((Retries + 3) * TimeoutMsecs);
    int oacks = 0;
    for (const Received &r : all)
        oacks += r.packet.opcode == TftpOpcode::Oack ? 1 : 0;
    QCOMPARE(oacks, 1 + Retries);
    QTRY_COMPARE_WITH_TIMEOUT(m_host->activeTransfers(), 0, 2000);
    QTRY_COMPARE(m_host->eventsOf(TrafficEvent::Kind::TransferFailed).size(), 1);
    QCOMPARE(m_host->eventsOf(TrafficEvent::Kind::TransferFailed).constFirst().peer, QHostAddress(QHostAddress::LocalHost));
}

void TestTftpServer::clientErrorFreesTransfer()
{
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, "big.bin");
    std::optional<Received> r = client.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Data && r->packet.block == 1);
    client.sendToTransfer(TftpPacket::makeAck(1));
    r = client.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Data && r->packet.block == 2);
    QCOMPARE(m_host->activeTransfers(), 1);
    client.sendToTransfer(TftpPacket::makeError(TftpErrorCode::NotDefined, u"user abort"_s));
    // Freed at once, not by the retry timeout (which would take (1 + retries) * timeout).
    QTRY_COMPARE_WITH_TIMEOUT(m_host->activeTransfers(), 0, TimeoutMsecs / 2);
    QVERIFY(client.drain(TimeoutMsecs * 2).isEmpty()); // nothing more is sent
    QTRY_COMPARE(m_host->eventsOf(TrafficEvent::Kind::TransferFailed).size(), 1);
    QVERIFY(m_host->eventsOf(TrafficEvent::Kind::TransferFailed).constFirst().detail.contains(u"user abort"));
}

void TestTftpServer::silentClientFreed()
{
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, "small.bin");
    const std::optional<Received> first = client.receive(2000);
    QVERIFY(first && first->packet.opcode == TftpOpcode::Data);
    QCOMPARE(m_host->activeTransfers(), 1);
    const QList<Received> again = client.drain((Retries + 2) * TimeoutMsecs);
    QCOMPARE(again.size(), Retries); // DATA 1 resent, a bounded number of times
    for (const Received &r : again)
        QVERIFY(r.packet.opcode == TftpOpcode::Data && r.packet.block == 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_host->activeTransfers(), 0, 2000);
    QTRY_COMPARE(m_host->eventsOf(TrafficEvent::Kind::TransferFailed).size(), 1);
}

void TestTftpServer::foreignTransferIdRejected()
{
    TestClient client(m_port);
    TestClient stranger(m_port);
    client.request(TftpOpcode::Rrq, "small.bin");
    std::optional<Received> r = client.receive(2000);
    QVERIFY(r && r->packet.block == 1);
    // Another port sends an ACK to the transfer: ERROR 5 to it, nothing changes for the client.
    stranger.send(TftpPacket::makeAck(1), client.transferPort);
    const std::optional<Received> rejection = stranger.receive(2000);
    QVERIFY(rejection);
    QCOMPARE(rejection->packet.opcode, TftpOpcode::Error);
    QCOMPARE(rejection->packet.errorCode, quint16(TftpErrorCode::UnknownTransferId));
    QCOMPARE(rejection->fromPort, client.transferPort);
    const std::optional<Received> early = client.receive(TimeoutMsecs / 2);
    QVERIFY2(!early || early->packet.block == 1, "a foreign ACK moved the transfer on");
    // The real client carries on to the end.
    client.sendToTransfer(TftpPacket::makeAck(1));
    const QByteArray rest = fetchAll(client, 512, 1, nullptr, 2);
    QCOMPARE(r->packet.data + rest, m_small);
}

void TestTftpServer::duplicateRequestIgnored()
{
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, "small.bin");
    client.request(TftpOpcode::Rrq, "small.bin"); // a retransmitted RRQ
    const QList<Received> all = client.drain(TimeoutMsecs / 2);
    QVERIFY(!all.isEmpty());
    for (const Received &r : all) {
        QCOMPARE(r.packet.opcode, TftpOpcode::Data);
        QCOMPARE(r.packet.block, quint16(1));
        QCOMPARE(r.fromPort, all.constFirst().fromPort);
    }
    QCOMPARE(all.size(), 1);
    QCOMPARE(m_host->activeTransfers(), 1);
    QTRY_COMPARE(m_host->eventsOf(TrafficEvent::Kind::TransferStarted).size(), 1);
    client.sendToTransfer(TftpPacket::makeError(TftpErrorCode::NotDefined, u"enough"_s));
}

void TestTftpServer::largestBlockSizeOnLoopback()
{
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, "small.bin", options({{"blksize", "65464"}}));
    const std::optional<Received> oack = client.receive(2000);
    QVERIFY(oack && oack->packet.opcode == TftpOpcode::Oack);
    QCOMPARE(oack->packet.option("blksize"), std::optional<QByteArray>("65464"));
    client.sendToTransfer(TftpPacket::makeAck(0));
    QCOMPARE(fetchAll(client, 65464, 1), m_small);
}

void TestTftpServer::netasciiRead()
{
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, "text.txt", options({{"tsize", "0"}, {"blksize", "8"}}), TftpMode::Netascii);
    const std::optional<Received> oack = client.receive(2000);
    QVERIFY(oack && oack->packet.opcode == TftpOpcode::Oack);
    QCOMPARE(oack->packet.option("blksize"), std::optional<QByteArray>("8"));
    QCOMPARE(oack->packet.option("tsize"), std::nullopt); // documented: no tsize for netascii
    client.sendToTransfer(TftpPacket::makeAck(0));
    const QByteArray wire = fetchAll(client, 8, 1);
    QCOMPARE(wire, netasciiByHand(m_text));
}

void TestTftpServer::caseInsensitiveBackslashName()
{
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, "\\PXELINUX.CFG\\Default");
    QCOMPARE(fetchAll(client, 512, 1), QByteArray("DEFAULT linux\n"));
}

// ---- refusals ----------------------------------------------------------------------------------

void TestTftpServer::hostileNamesRefused_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("code");
    QTest::newRow("dotdot") << QByteArray("../x") << int(TftpErrorCode::AccessViolation);
    QTest::newRow("slash dotdot") << QByteArray("/../../etc/passwd") << int(TftpErrorCode::AccessViolation);
    QTest::newRow("backslash dotdot") << QByteArray("..\\..\\etc\\passwd") << int(TftpErrorCode::AccessViolation);
    QTest::newRow("dotdot in the middle") << QByteArray("pxelinux.cfg/../../x") << int(TftpErrorCode::AccessViolation);
    QTest::newRow("symlink out") << QByteArray("escape") << int(TftpErrorCode::AccessViolation);
    QTest::newRow("windows drive") << QByteArray("C:\\Windows\\win.ini") << int(TftpErrorCode::AccessViolation);
    QTest::newRow("folder") << QByteArray("pxelinux.cfg") << int(TftpErrorCode::AccessViolation);
    QTest::newRow("missing") << QByteArray("missing.bin") << int(TftpErrorCode::FileNotFound);
    QTest::newRow("etc passwd stays in root") << QByteArray("/etc/passwd") << int(TftpErrorCode::FileNotFound);
}

void TestTftpServer::hostileNamesRefused()
{
    QFETCH(QByteArray, name);
    QFETCH(int, code);
    TestClient client(m_port);
    client.request(TftpOpcode::Rrq, name);
    const std::optional<Received> r = client.receive(2000);
    QVERIFY(r);
    QCOMPARE(r->packet.opcode, TftpOpcode::Error);
    QCOMPARE(int(r->packet.errorCode), code);
    QVERIFY(!r->packet.errorMessage.isEmpty());
    QVERIFY(!r->packet.errorMessage.contains("secret"));
    QTRY_COMPARE(m_host->eventsOf(TrafficEvent::Kind::Refused).size(), 1);
    const TrafficEvent refused = m_host->eventsOf(TrafficEvent::Kind::Refused).constFirst();
    QCOMPARE(refused.subject, QString::fromLatin1(name));
    QCOMPARE(refused.peer, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!refused.detail.isEmpty());
    QCOMPARE(m_host->activeTransfers(), 0);
}

void TestTftpServer::hostileNamesRealClients_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("dotdot") << u"../x"_s;
    QTest::newRow("slash dotdot") << u"/../../etc/passwd"_s;
    QTest::newRow("symlink out") << u"escape"_s;
    QTest::newRow("missing") << u"missing.bin"_s;
}

void TestTftpServer::hostileNamesRealClients()
{
    QFETCH(QString, name);
    // The server shows at most 20 refusals a second from one address one by one (the rest are
    // summarised): start in a second of our own, after the refusals of the tests before.
    QTest::qWait(1100);
    const QString out = work(u"hostile.out"_s);
    QFile::remove(out);
    const QString port = QString::number(m_port);

    ProcessResult curl = runClient(u"curl"_s, {u"-sS"_s, u"--max-time"_s, u"10"_s, u"--path-as-is"_s, u"-o"_s, out,
                                               u"tftp://127.0.0.1:%1/%2"_s.arg(port, name)},
                                   m_work.path());
    QVERIFY(curl.finished);
    QVERIFY2(curl.exitCode == 68 || curl.exitCode == 69, curl.output.constData()); // TFTP not found / permission
    QVERIFY(!QFile::exists(out) || QFileInfo(out).size() == 0);

    ProcessResult busybox = runClient(
        u"busybox"_s, {u"tftp"_s, u"-g"_s, u"-r"_s, name, u"-l"_s, out, u"127.0.0.1"_s, port}, m_work.path(), 10000);
    QVERIFY(busybox.finished);
    QVERIFY2(busybox.exitCode != 0, busybox.output.constData());
    QVERIFY(!QFile::exists(out) || QFileInfo(out).size() == 0);

    ProcessResult hpa = runClient(u"tftp"_s, {u"-m"_s, u"binary"_s, u"127.0.0.1"_s, port, u"-c"_s, u"get"_s, name, out},
                                  m_work.path(), 10000);
    QVERIFY(hpa.finished);
    // tftp-hpa 5.2 exits with 0 even after an error from the server; it prints the error code.
    QVERIFY2(hpa.output.contains(name == u"missing.bin" ? "Error code 1:" : "Error code 2:"), hpa.output.constData());
    QVERIFY(!QFile::exists(out) || QFileInfo(out).size() == 0);

    QTRY_COMPARE(m_host->eventsOf(TrafficEvent::Kind::Refused).size(), 3);
}

void TestTftpServer::garbageOnRequestPort()
{
    TestClient client(m_port);
    client.sendRaw(QByteArray("\0\x07junk", 6));
    std::optional<Received> r = client.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Error);
    QCOMPARE(r->packet.errorCode, quint16(TftpErrorCode::IllegalOperation));
    QCOMPARE(r->fromPort, m_port);

    client.send(TftpPacket::makeAck(3)); // a transfer packet on the request port
    r = client.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Error);
    QCOMPARE(r->packet.errorCode, quint16(TftpErrorCode::IllegalOperation));

    client.send(TftpPacket::makeError(TftpErrorCode::NotDefined, u"x"_s)); // never answered
    client.sendRaw(QByteArray("\0\x05", 2));                                 // short ERROR: never answered
    QVERIFY(client.drain(TimeoutMsecs).isEmpty());

    client.request(TftpOpcode::Rrq, "small.bin", {}, TftpMode::Mail);
    r = client.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Error);
    QCOMPARE(r->packet.errorCode, quint16(TftpErrorCode::IllegalOperation));
    QCOMPARE(m_host->state().status, ServiceState::Status::Listening);
}

// ---- uploads ---------------------------------------------------------------------------------

void TestTftpServer::writeRefusedByDefault()
{
    TestClient client(m_port);
    client.request(TftpOpcode::Wrq, "new.bin", options({{"tsize", "5"}}));
    const std::optional<Received> r = client.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Error);
    QCOMPARE(r->packet.errorCode, quint16(TftpErrorCode::AccessViolation));
    QVERIFY2(r->packet.errorMessage.contains("upload"), r->packet.errorMessage.constData());

    const ProcessResult curl = runClient(
        u"curl"_s, {u"-sS"_s, u"--max-time"_s, u"10"_s, u"-T"_s, work(u"upload-source.bin"_s), url(u"new.bin"_s)},
        m_work.path());
    QVERIFY(curl.finished);
    QVERIFY2(curl.exitCode != 0, curl.output.constData());
    QVERIFY(!QFile::exists(m_root.path() + u"/new.bin"));
    QTRY_COMPARE(m_host->eventsOf(TrafficEvent::Kind::Refused).size(), 2);
}

void TestTftpServer::uploads()
{
    Profile profile = baseProfile(freeUdpPort());
    profile.tftp.uploadDir = m_upload.path();
    ServerHost host(profile);
    QVERIFY(host.start());
    const QString port = QString::number(host.port());
    const QString source = work(u"upload-source.bin"_s);
    const QString up = m_upload.path();

    // curl -T
    // curl asks for a timeout of a fifth of --max-time; the server lingers that long after the last block.
    ProcessResult curl = runClient(u"curl"_s, {u"-sS"_s, u"--max-time"_s, u"10"_s, u"--tftp-blksize"_s, u"1024"_s,
                                               u"-T"_s, source, u"tftp://127.0.0.1:%1/up-curl.bin"_s.arg(port)},
                                   m_work.path());
    QVERIFY2(curl.finished && curl.exitCode == 0, curl.output.constData());
    QTRY_COMPARE(sha256Of(up + u"/up-curl.bin"), sha256Of(source));

    // busybox -p
    ProcessResult busybox = runClient(
        u"busybox"_s, {u"tftp"_s, u"-p"_s, u"-l"_s, source, u"-r"_s, u"up-busybox.bin"_s, u"127.0.0.1"_s, port},
        m_work.path());
    QVERIFY2(busybox.finished && busybox.exitCode == 0, busybox.output.constData());
    QTRY_COMPARE(sha256Of(up + u"/up-busybox.bin"), sha256Of(source));

    // An existing name: ERROR 6, the file untouched.
    TestClient client(host.port());
    client.request(TftpOpcode::Wrq, "up-curl.bin");
    std::optional<Received> r = client.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Error);
    QCOMPARE(r->packet.errorCode, quint16(TftpErrorCode::FileExists));
    QCOMPARE(sha256Of(up + u"/up-curl.bin"), sha256Of(source));

    // Out of the folder: ERROR 2.
    TestClient hostile(host.port());
    hostile.request(TftpOpcode::Wrq, "../escaped.bin");
    r = hostile.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Error);
    QCOMPARE(r->packet.errorCode, quint16(TftpErrorCode::AccessViolation));
    QVERIFY(!QFile::exists(QFileInfo(up).absolutePath() + u"/escaped.bin"));

    // More than the disk holds: ERROR 3 before any data moves.
    TestClient huge(host.port());
    huge.request(TftpOpcode::Wrq, "huge.bin", options({{"tsize", "999999999999999999"}}));
    r = huge.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Error);
    QCOMPARE(r->packet.errorCode, quint16(TftpErrorCode::DiskFull));

    // The same name from two clients at once: the second is turned away.
    TestClient first(host.port()), second(host.port());
    first.request(TftpOpcode::Wrq, "busy.bin");
    r = first.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Ack && r->packet.block == 0);
    second.request(TftpOpcode::Wrq, "busy.bin");
    r = second.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Error);
    QCOMPARE(r->packet.errorCode, quint16(TftpErrorCode::FileExists));
    first.sendToTransfer(TftpPacket::makeError(TftpErrorCode::NotDefined, u"never mind"_s));
    QTRY_VERIFY(QDir(up).entryList({u"busy.bin*"_s}, QDir::Files | QDir::Hidden).isEmpty()); // no temporary file left

    // In-test client with windowsize 4: the server acknowledges every fourth block, then the last.
    const QByteArray payload = randomBytes(512 * 10 + 100, 9); // 11 blocks
    TestClient windowed(host.port());
    windowed.request(TftpOpcode::Wrq, "up-window.bin",
                     options({{"blksize", "512"}, {"windowsize", "4"}, {"tsize", QByteArray::number(payload.size()).constData()}}));
    r = windowed.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Oack);
    QCOMPARE(r->packet.option("windowsize"), std::optional<QByteArray>("4"));
    QCOMPARE(r->packet.option("tsize"), std::optional<QByteArray>(QByteArray::number(payload.size())));
    QList<int> acks;
    for (int block = 1; block <= 11; ++block) {
        windowed.sendToTransfer(TftpPacket::makeData(quint16(block), payload.mid((block - 1) * 512, 512)));
        if (block % 4 == 0 || block == 11) {
            r = windowed.receive(2000);
            QVERIFY(r && r->packet.opcode == TftpOpcode::Ack);
            acks.append(r->packet.block);
        }
    }
    QCOMPARE(acks, QList<int>({4, 8, 11}));
    QVERIFY(windowed.drain(50).isEmpty());
    QTRY_COMPARE(sha256Of(up + u"/up-window.bin"), QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
    // A resent last block (our ACK lost) is acknowledged again.
    windowed.sendToTransfer(TftpPacket::makeData(11, payload.mid(10 * 512)));
    r = windowed.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Ack && r->packet.block == 11);

    // Netascii upload: CR LF becomes LF, CR NUL becomes CR.
    TestClient text(host.port());
    text.request(TftpOpcode::Wrq, "up.txt", {}, TftpMode::Netascii);
    r = text.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Ack && r->packet.block == 0);
    text.sendToTransfer(TftpPacket::makeData(1, netasciiByHand("a\nb\rc\n")));
    r = text.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Ack && r->packet.block == 1);
    QFile uploadedText(up + u"/up.txt");
    QTRY_VERIFY(uploadedText.exists());
    QVERIFY(uploadedText.open(QIODevice::ReadOnly));
    QCOMPARE(uploadedText.readAll(), QByteArray("a\nb\rc\n"));

    // A cancelled upload leaves nothing behind, not even a temporary file.
    const QStringList before = QDir(up).entryList(QDir::Files | QDir::Hidden);
    TestClient cancelled(host.port());
    cancelled.request(TftpOpcode::Wrq, "partial.bin");
    r = cancelled.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Ack);
    cancelled.sendToTransfer(TftpPacket::makeData(1, QByteArray(512, 'p')));
    QVERIFY(cancelled.receive(2000).has_value());
    QVERIFY(host.activeTransfers() >= 1);
    cancelled.sendToTransfer(TftpPacket::makeError(TftpErrorCode::NotDefined, u"cancel"_s));
    QTRY_COMPARE_WITH_TIMEOUT(host.activeTransfers(), 0, 5000);
    QCOMPARE(QDir(up).entryList(QDir::Files | QDir::Hidden), before);

    QTRY_VERIFY(host.eventsOf(TrafficEvent::Kind::TransferFinished).size() >= 4);
}

// ---- limits and addressing ---------------------------------------------------------------------

void TestTftpServer::blockSizeLimits()
{
    QCOMPARE(m_host->blockSizeLimit(QHostAddress::LocalHost), int(TftpPacket::MaxBlockSize)); // lo: MTU 65536
    QCOMPARE(m_host->blockSizeLimit(QHostAddress::AnyIPv4), 1468);                            // unknown: Ethernet
    Profile profile = baseProfile(freeUdpPort());
    profile.tftp.maxBlockSize = 1024;
    ServerHost limited(profile);
    QVERIFY(limited.start());
    QCOMPARE(limited.blockSizeLimit(QHostAddress::LocalHost), 1024);
    TestClient client(limited.port());
    client.request(TftpOpcode::Rrq, "small.bin", options({{"blksize", "8192"}}));
    const std::optional<Received> oack = client.receive(2000);
    QVERIFY(oack && oack->packet.opcode == TftpOpcode::Oack);
    QCOMPARE(oack->packet.option("blksize"), std::optional<QByteArray>("1024"));
    client.sendToTransfer(TftpPacket::makeError(TftpErrorCode::NotDefined, u"enough"_s));
}

void TestTftpServer::answersFromRequestedAddress()
{
    // Bound to every address, asked on 127.0.0.2: the transfer must answer from 127.0.0.2, or strict
    // clients drop the reply. Needs the request's destination address (IP_PKTINFO).
    Profile profile = baseProfile(freeUdpPort());
    profile.tftp.address = QHostAddress::AnyIPv4;
    ServerHost host(profile);
    QVERIFY(host.start());
    TestClient client(host.port(), QHostAddress(u"127.0.0.2"_s));
    client.request(TftpOpcode::Rrq, "small.bin");
    const std::optional<Received> r = client.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Data);
    QCOMPARE(r->from, QHostAddress(u"127.0.0.2"_s));
    client.sendToTransfer(TftpPacket::makeError(TftpErrorCode::NotDefined, u"enough"_s));
    QTRY_COMPARE(host.activeTransfers(), 0);
}

void TestTftpServer::transferPortRange()
{
    const quint16 begin = freeUdpPort();
    Profile profile = baseProfile(freeUdpPort());
    profile.tftp.portRangeBegin = begin;
    profile.tftp.portRangeEnd = quint16(begin + 1);
    ServerHost host(profile);
    QVERIFY(host.start());
    TestClient a(host.port()), b(host.port()), c(host.port());
    a.request(TftpOpcode::Rrq, "small.bin");
    b.request(TftpOpcode::Rrq, "small.bin");
    const std::optional<Received> ra = a.receive(2000);
    const std::optional<Received> rb = b.receive(2000);
    QVERIFY(ra && ra->packet.opcode == TftpOpcode::Data);
    QVERIFY(rb && rb->packet.opcode == TftpOpcode::Data);
    QVERIFY(ra->fromPort == begin || ra->fromPort == begin + 1);
    QVERIFY(rb->fromPort == begin || rb->fromPort == begin + 1);
    QVERIFY(ra->fromPort != rb->fromPort);
    // The range is full: the third client is told so, from the request port.
    c.request(TftpOpcode::Rrq, "small.bin");
    const std::optional<Received> rc = c.receive(2000);
    QVERIFY(rc && rc->packet.opcode == TftpOpcode::Error);
    QCOMPARE(rc->fromPort, host.port());
    a.sendToTransfer(TftpPacket::makeError(TftpErrorCode::NotDefined, u"enough"_s));
    b.sendToTransfer(TftpPacket::makeError(TftpErrorCode::NotDefined, u"enough"_s));
    QTRY_COMPARE(host.activeTransfers(), 0);
    QTRY_VERIFY(!host.eventsOf(TrafficEvent::Kind::Error).isEmpty());
}

void TestTftpServer::concurrencyLimit()
{
    m_host->setMaxTransfers(2);
    TestClient a(m_port), b(m_port), c(m_port);
    a.request(TftpOpcode::Rrq, "small.bin");
    b.request(TftpOpcode::Rrq, "small.bin");
    QVERIFY(a.receive(2000).has_value());
    QVERIFY(b.receive(2000).has_value());
    c.request(TftpOpcode::Rrq, "small.bin");
    const std::optional<Received> r = c.receive(2000);
    m_host->setMaxTransfers(TftpServer::DefaultMaxTransfers);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Error);
    QCOMPARE(r->packet.errorCode, quint16(TftpErrorCode::NotDefined));
    QCOMPARE(m_host->activeTransfers(), 2);
    a.sendToTransfer(TftpPacket::makeError(TftpErrorCode::NotDefined, u"enough"_s));
    b.sendToTransfer(TftpPacket::makeError(TftpErrorCode::NotDefined, u"enough"_s));
}

void TestTftpServer::stopEndsTransfers()
{
    ServerHost host(baseProfile(freeUdpPort()));
    QVERIFY(host.start());
    TestClient client(host.port());
    client.request(TftpOpcode::Rrq, "small.bin");
    QVERIFY(client.receive(2000).has_value());
    QCOMPARE(host.activeTransfers(), 1);
    host.stop();
    QCOMPARE(host.activeTransfers(), 0);
    QCOMPARE(host.state().status, ServiceState::Status::Stopped);
    const std::optional<Received> r = client.receive(2000);
    QVERIFY(r && r->packet.opcode == TftpOpcode::Error);
    QTRY_COMPARE(host.eventsOf(TrafficEvent::Kind::TransferFailed).size(), 1);
    // And it can listen again.
    QVERIFY(host.start());
    QCOMPARE(host.state().status, ServiceState::Status::Listening);
}

QTEST_GUILESS_MAIN(TestTftpServer)
#include "tst_tftpserver.moc"
