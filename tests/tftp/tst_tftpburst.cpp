// 5000 malformed, hostile and random datagrams at the TFTP port: the server keeps listening, limits
// its error replies, frees every transfer the burst started, and a real client still gets its file.

#include "TftpTestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootcast;
using namespace BootcastTest;
using namespace Qt::StringLiterals;

class TestTftpBurst : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRealDownload();
};

namespace {

QByteArray rrq(const QByteArray &name, const QByteArray &tail = QByteArray())
{
    return bytes("\0\1") + name + bytes("\0octet\0") + tail;
}

} // namespace

void TestTftpBurst::burstThenRealDownload()
{
    QTemporaryDir root;
    QTemporaryDir work;
    QVERIFY(root.isValid() && work.isValid());
    const QByteArray content = randomBytes(300000, 7);
    QVERIFY(writeFile(root.path() + u"/file.bin", content));

    Profile profile;
    profile.boot.netbootDir = root.path();
    profile.tftp.address = QHostAddress::LocalHost;
    profile.tftp.port = freeUdpPort();
    profile.tftp.timeoutMsecs = 300;
    profile.tftp.retries = 2;
    ServerHost host(profile);
    QVERIFY(host.start());
    const quint16 port = host.port();

    constexpr int Count = 5000;
    constexpr int Senders = 40;
    constexpr int SilentTransfers = 20;
    std::vector<std::unique_ptr<QUdpSocket>> senders;
    for (int i = 0; i < Senders; ++i) {
        senders.push_back(std::make_unique<QUdpSocket>());
        QVERIFY(senders.back()->bind(QHostAddress::LocalHost, 0));
    }
    const QList<QByteArray> hostile{"../x", "/../../etc/passwd", "..\\..\\boot.ini", "C:\\Windows\\win.ini",
                                    "a/../../b", QByteArray("x\xff\xfe", 3), "....//....//etc/passwd"};
    QRandomGenerator rng(0xB00C);
    int silentStarted = 0;
    int repliesFromPort = 0;
    auto drainReplies = [&] {
        for (auto &socket : senders) {
            while (socket->hasPendingDatagrams()) {
                const QNetworkDatagram d = socket->receiveDatagram();
                if (d.senderPort() == port)
                    ++repliesFromPort;
            }
        }
    };

    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < Count; ++i) {
        QByteArray datagram;
        switch (i % 10) {
        case 0: datagram = randomBytes(rng.bounded(1500), rng.generate()); break;
        case 1: datagram = QByteArray("\0", 1) + char(1 + rng.bounded(2)) + randomBytes(rng.bounded(600), rng.generate()); break;
        case 2: datagram = rrq("missing-" + QByteArray::number(i)); break;
        case 3: datagram = rrq(hostile.at(i / 10 % hostile.size())); break;
        case 4: datagram = QByteArray("\0", 1) + char(3 + rng.bounded(4)) + randomBytes(rng.bounded(520), rng.generate()); break;
        case 5: datagram = bytes("\0\5\0\1oops\0"); break;
        case 6: datagram = rrq("file.bin").left(int(rng.bounded(16))); break;
        case 7: {
            QByteArray options = bytes("blksize\0" "0\0blksize\0" "70000\0windowsize\0" "99999\0timeout\0abc\0tsize\0-1\0");
            for (int k = 0; k < 100; ++k)
                options += "opt" + QByteArray::number(k) + '\0' + QByteArray::number(k) + '\0';
            datagram = rrq("missing.bin", options);
            break;
        }
        case 8: datagram = randomBytes(1000 + rng.bounded(60000), rng.generate()); break;
        default:
            // A few real requests from clients that will never answer: transfers that must time out.
            if (silentStarted < SilentTransfers && i % 50 == 9) {
                ++silentStarted;
                datagram = rrq("file.bin", bytes("blksize\0" "1024\0"));
            } else {
                datagram = bytes("\0\2") + "upload-" + QByteArray::number(i) + bytes("\0octet\0");
            }
            break;
        }
        senders[size_t(i % Senders)]->writeDatagram(datagram, QHostAddress::LocalHost, port);
        if (i % 200 == 199) {
            drainReplies();
            QThread::msleep(2); // let the kernel buffers breathe; loss is fine, the count stays bounded
        }
    }
    const qint64 burstMsecs = clock.elapsed();
    QTest::qWait(200);
    drainReplies();
    qInfo("sent %d datagrams in %lld ms, %d error replies from the request port", Count, burstMsecs, repliesFromPort);
    QVERIFY(burstMsecs < 20000);
    QCOMPARE(silentStarted, SilentTransfers);
    QVERIFY(repliesFromPort > 0);
    // Error replies are rate limited.
    const qint64 seconds = clock.elapsed() / 1000 + 1;
    QVERIFY2(repliesFromPort <= TftpServer::MaxErrorRepliesPerSecond * (seconds + 1), qPrintable(QString::number(repliesFromPort)));

    QCOMPARE(host.state().status, ServiceState::Status::Listening);

    // A real client still gets its file, byte for byte.
    const QString out = work.path() + u"/file.out";
    const ProcessResult curl = runClient(u"curl"_s,
                                         {u"-sS"_s, u"--max-time"_s, u"30"_s, u"--tftp-blksize"_s, u"1428"_s, u"-o"_s, out,
                                          u"tftp://127.0.0.1:%1/file.bin"_s.arg(port)},
                                         work.path());
    QVERIFY2(curl.finished && curl.exitCode == 0, curl.output.constData());
    QCOMPARE(sha256Of(out), QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());

    // Everything the burst started is freed (the silent ones after their retries).
    QTRY_COMPARE_WITH_TIMEOUT(host.activeTransfers(), 0, 10000);
    // The garbage was summarised in the log, not written line by line.
    QTRY_VERIFY_WITH_TIMEOUT(!host.eventsOf(TrafficEvent::Kind::Warning).isEmpty(), 8000);
    // So were the refused requests beyond the first ones each second.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(host.events.cbegin(), host.events.cend(), [](const TrafficEvent &e) {
        return e.kind == TrafficEvent::Kind::Warning && e.detail.contains(u"more refused request"_s);
    }), 8000);
    QVERIFY(host.eventsOf(TrafficEvent::Kind::Warning).size() <= 6);
    const qsizetype refused = host.eventsOf(TrafficEvent::Kind::Refused).size();
    // (all from 127.0.0.1: at most 20 a second are shown one by one)
    QVERIFY2(refused >= 20 && refused <= 20 * (clock.elapsed() / 1000 + 2), qPrintable(QString::number(refused)));
    for (const TrafficEvent &e : std::as_const(host.events))
        QVERIFY2(!e.peer.isNull(), qPrintable(kindTag(e.kind) + u' ' + e.detail));
    QCOMPARE(host.state().status, ServiceState::Status::Listening);
}

QTEST_GUILESS_MAIN(TestTftpBurst)
#include "tst_tftpburst.moc"
