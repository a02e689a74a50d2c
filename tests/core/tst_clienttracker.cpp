// ClientTracker: the per-machine boot timeline derived from traffic events.

#include "core/ClientTracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace Bootcast;
using Stage = ClientState::Stage;
using K = TrafficEvent::Kind;

class TestClientTracker : public QObject
{
    Q_OBJECT

private slots:
    void uefiBootTimeline();
    void proxyModeMergesAddressIntoMac();
    void transferWithMacMergesIntoOneMachine();
    void stalledTransfer();
    void finishedBootIsNotStalled();
    void batchesUpdates();
    void fileStages_data();
    void fileStages();
    void lateFinishKeepsTheCurrentTransfer();

private:
    qint64 m_now = 1'700'000'000'000;
    TrafficEvent dhcp(K kind, const QString &mac, const QString &address, quint8 flags, quint8 arch = 7)
    {
        TrafficEvent e = TrafficEvent::make(Service::Dhcp, kind);
        e.msecsSinceEpoch = (m_now += 100);
        e.mac = *MacAddress::fromString(mac);
        e.subject = address;
        e.clientFlags = flags;
        e.arch = arch;
        return e;
    }
    TrafficEvent transfer(Service service, K kind, const QString &peer, const QString &file, qint64 bytes = -1,
                          qint64 total = -1, qint64 elapsed = -1)
    {
        TrafficEvent e = TrafficEvent::make(service, kind);
        e.msecsSinceEpoch = (m_now += 100);
        e.peer = QHostAddress(peer);
        e.subject = file;
        e.bytes = bytes;
        e.totalBytes = total;
        e.elapsedMsecs = elapsed;
        return e;
    }
};

void TestClientTracker::uefiBootTimeline()
{
    ClientTracker tracker;
    const QString mac = QStringLiteral("52:54:00:00:00:01");
    const QString ip = QStringLiteral("10.0.0.100");
    tracker.consume(dhcp(K::Offered, mac, ip, TrafficEvent::PxeClient));
    tracker.consume(dhcp(K::Acked, mac, ip, TrafficEvent::PxeClient));
    tracker.consume(transfer(Service::Tftp, K::TransferStarted, ip, QStringLiteral("ipxe.efi"), 0, 1000000));
    tracker.consume(transfer(Service::Tftp, K::TransferProgress, ip, QStringLiteral("ipxe.efi"), 250000, 1000000, 500));
    {
        const ClientState s = tracker.clients().value(0);
        QVERIFY(s.transferActive);
        QCOMPARE(s.transferBytes, 250000);
        QCOMPARE(qint64(s.bytesPerSecond), 500000);
        QCOMPARE(s.etaMsecs, 1500);
        QVERIFY(!s.reached(Stage::BootFile)); // not until it is complete
    }
    tracker.consume(transfer(Service::Tftp, K::TransferFinished, ip, QStringLiteral("ipxe.efi"), 1000000, 1000000, 2000));
    tracker.consume(dhcp(K::Acked, mac, ip, TrafficEvent::PxeClient | TrafficEvent::IpxeClient));
    tracker.consume(transfer(Service::Http, K::TransferFinished, ip, QStringLiteral("boot.ipxe"), 300, 300, 5));
    tracker.consume(transfer(Service::Http, K::TransferFinished, ip, QStringLiteral("debian/vmlinuz"), 8, 8, 5));
    tracker.consume(transfer(Service::Http, K::TransferFinished, ip, QStringLiteral("debian/initrd.gz"), 8, 8, 5));
    tracker.consume(dhcp(K::Acked, mac, ip, 0, 0xff)); // the installer's own DHCP request

    const ClientStateList clients = tracker.clients();
    QCOMPARE(clients.size(), 1);
    const ClientState s = clients.first();
    QCOMPARE(s.mac.toString(), mac);
    QCOMPARE(s.address, QHostAddress(ip));
    QCOMPARE(s.arch, quint8(7));
    QVERIFY(s.ipxe);
    for (int i = 0; i < ClientState::StageCount; ++i)
        QVERIFY2(s.reached(Stage(i)), qPrintable(stageDisplayName(Stage(i))));
    QCOMPARE(s.lastStage, int(Stage::InstallerDhcp));
    // Stages are reached in boot order.
    for (int i = 1; i < ClientState::StageCount; ++i)
        QVERIFY(s.reachedMsecs[size_t(i)] >= s.reachedMsecs[size_t(i - 1)]);
    QVERIFY(!s.transferActive);
}

void TestClientTracker::proxyModeMergesAddressIntoMac()
{
    ClientTracker tracker;
    // In proxy mode another server leased the address; the first thing seen may be a transfer.
    tracker.consume(transfer(Service::Tftp, K::TransferFinished, QStringLiteral("10.0.0.160"),
                             QStringLiteral("undionly.kpxe"), 70000, 70000, 100));
    QCOMPARE(tracker.clients().first().key, QStringLiteral("ip:10.0.0.160"));
    TrafficEvent ack = TrafficEvent::make(Service::ProxyDhcp, K::Offered);
    ack.mac = *MacAddress::fromString(QStringLiteral("52:54:00:00:00:02"));
    ack.peer = QHostAddress(QStringLiteral("10.0.0.160"));
    ack.clientFlags = TrafficEvent::PxeClient | TrafficEvent::IpxeClient;
    ack.arch = 0;
    tracker.consume(ack);
    const ClientStateList clients = tracker.clients();
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients.first().key, QStringLiteral("52:54:00:00:00:02"));
    QVERIFY(clients.first().reached(Stage::BootFile));
    QVERIFY(clients.first().reached(Stage::Ipxe));
}

void TestClientTracker::transferWithMacMergesIntoOneMachine()
{
    ClientTracker tracker;
    const QString ip = QStringLiteral("10.0.0.170");
    tracker.consume(transfer(Service::Tftp, K::TransferFinished, ip, QStringLiteral("ipxe.efi"), 10, 10, 1));
    // iPXE asks for boot.ipxe?mac=...: the HTTP event names the MAC, the subject is the file.
    TrafficEvent menu = transfer(Service::Http, K::TransferFinished, ip, QStringLiteral("boot.ipxe"), 82, 82, 1);
    menu.mac = *MacAddress::fromString(QStringLiteral("52:54:00:12:34:56"));
    tracker.consume(menu);
    tracker.consume(transfer(Service::Http, K::TransferFinished, ip, QStringLiteral("vmlinuz"), 8, 8, 1));
    const ClientStateList clients = tracker.clients();
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients.first().key, QStringLiteral("52:54:00:12:34:56"));
    QVERIFY(clients.first().reached(Stage::BootFile));
    QVERIFY(clients.first().reached(Stage::Menu));
    QVERIFY(clients.first().reached(Stage::Kernel));
}

void TestClientTracker::stalledTransfer()
{
    ClientTracker tracker;
    qint64 clock = m_now;
    tracker.setClock([&clock] { return clock; });
    const QString ip = QStringLiteral("10.0.0.101");
    tracker.consume(dhcp(K::Acked, QStringLiteral("52:54:00:00:00:03"), ip, TrafficEvent::PxeClient, 0));
    tracker.consume(transfer(Service::Tftp, K::TransferStarted, ip, QStringLiteral("undionly.kpxe"), 0, 70000));
    clock = m_now + ClientTracker::TransferStallMsecs - 1000;
    tracker.checkStalled();
    QVERIFY(!tracker.clients().first().stalled);
    clock = m_now + ClientTracker::TransferStallMsecs + 1000;
    tracker.checkStalled();
    const ClientState s = tracker.clients().first();
    QVERIFY(s.stalled);
    QCOMPARE(s.lastStep, QStringLiteral("undionly.kpxe"));
    // Any sign of life clears it.
    tracker.consume(transfer(Service::Tftp, K::TransferProgress, ip, QStringLiteral("undionly.kpxe"), 512, 70000, 30000));
    QVERIFY(!tracker.clients().first().stalled);
}

void TestClientTracker::finishedBootIsNotStalled()
{
    ClientTracker tracker;
    qint64 clock = m_now;
    tracker.setClock([&clock] { return clock; });
    const QString ip = QStringLiteral("10.0.0.102");
    tracker.consume(dhcp(K::Acked, QStringLiteral("52:54:00:00:00:04"), ip, TrafficEvent::IpxeClient));
    tracker.consume(transfer(Service::Http, K::TransferFinished, ip, QStringLiteral("vmlinuz"), 8, 8, 1));
    clock = m_now + 10 * ClientTracker::BootStallMsecs;
    tracker.checkStalled();
    QVERIFY(!tracker.clients().first().stalled); // a running system is quiet, not stalled
}

void TestClientTracker::batchesUpdates()
{
    ClientTracker tracker;
    QSignalSpy spy(&tracker, &ClientTracker::clientsUpdated);
    const QString ip = QStringLiteral("10.0.0.103");
    tracker.consume(dhcp(K::Acked, QStringLiteral("52:54:00:00:00:05"), ip, TrafficEvent::PxeClient));
    for (int i = 1; i <= 1000; ++i)
        tracker.consume(transfer(Service::Tftp, K::TransferProgress, ip, QString(), i, 1000, i));
    QCOMPARE(spy.size(), 0);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<ClientStateList>().size(), 1);
}

void TestClientTracker::fileStages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("stage");
    QTest::newRow("undionly") << QStringLiteral("undionly.kpxe") << int(Stage::BootFile);
    QTest::newRow("ipxe.efi") << QStringLiteral("/ipxe.efi") << int(Stage::BootFile);
    QTest::newRow("pxelinux") << QStringLiteral("pxelinux.0") << int(Stage::BootFile);
    QTest::newRow("script") << QStringLiteral("boot.ipxe?mac=52:54:00:00:00:01") << int(Stage::Menu);
    QTest::newRow("pxelinux cfg") << QStringLiteral("pxelinux.cfg/default") << int(Stage::Menu);
    QTest::newRow("vmlinuz") << QStringLiteral("iso/ubuntu.iso/casper/vmlinuz") << int(Stage::Kernel);
    QTest::newRow("wimboot") << QStringLiteral("wimboot") << int(Stage::Kernel);
    QTest::newRow("initrd") << QStringLiteral("casper/initrd") << int(Stage::Initrd);
    QTest::newRow("initramfs") << QStringLiteral("initramfs-linux.img") << int(Stage::Initrd);
    QTest::newRow("boot.wim") << QStringLiteral("sources/boot.wim") << int(Stage::Initrd);
}

void TestClientTracker::fileStages()
{
    QFETCH(QString, file);
    QFETCH(int, stage);
    QCOMPARE(int(ClientTracker::stageForFile(file)), stage);
}

QTEST_GUILESS_MAIN(TestClientTracker)
#include "tst_clienttracker.moc"

void TestClientTracker::lateFinishKeepsTheCurrentTransfer()
{
    // HTTP reports a file's end once the client acknowledged it, which can be after the next file's
    // start: the kernel's stage counts, the initrd's progress keeps showing.
    ClientTracker tracker;
    const QString ip = QStringLiteral("10.0.0.101");
    tracker.consume(transfer(Service::Http, K::TransferStarted, ip, QStringLiteral("linux"), 0, 1000));
    tracker.consume(transfer(Service::Http, K::TransferStarted, ip, QStringLiteral("initrd.gz"), 0, 4000));
    tracker.consume(transfer(Service::Http, K::TransferFinished, ip, QStringLiteral("linux"), 1000, 1000, 100));
    tracker.consume(transfer(Service::Http, K::TransferProgress, ip, QStringLiteral("initrd.gz"), 2000, 4000, 100));
    const ClientState s = tracker.clients().value(0);
    QVERIFY(s.reached(Stage::Kernel));
    QVERIFY(!s.reached(Stage::Initrd));
    QVERIFY(s.transferActive);
    QCOMPARE(s.transferFile, QStringLiteral("initrd.gz"));
    QCOMPARE(s.transferBytes, 2000);
}
