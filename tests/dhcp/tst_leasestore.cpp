// Lease store: durability (journal + group commit), replay, torn lines, compaction, PyPXE files.

#include "dhcp/LeaseStore.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootcast;

class TestLeaseStore : public QObject
{
    Q_OBJECT

private slots:
    void commitIsDurableBeforeCallback();
    void groupCommitSharesOneFsync();
    void survivesReopen();
    void releaseAndDecline();
    void tornLastLineIgnored();
    void compactionKeepsState();
    void readsPypxeLeasesFile();
    void unwritableFolderReported();
    void offersAreNotPersisted();
};

namespace {

Lease bound(const QString &mac, const QString &ip, qint64 seconds = 3600)
{
    Lease l;
    l.mac = *MacAddress::fromString(mac);
    l.address = QHostAddress(ip);
    l.state = Lease::State::Bound;
    l.expiresAt = QDateTime::currentSecsSinceEpoch() + seconds;
    return l;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestLeaseStore::commitIsDurableBeforeCallback()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leases"));
    LeaseStore store;
    QVERIFY(store.open(path).ok());
    bool called = false;
    bool onDiskWhenCalled = false;
    store.commit(bound(QStringLiteral("52:54:00:00:00:01"), QStringLiteral("10.0.0.10")), [&](bool ok) {
        called = ok;
        onDiskWhenCalled = readAll(path).contains("10.0.0.10");
    });
    QVERIFY(!called); // never synchronously: the fsync has not happened yet
    QTRY_VERIFY(called);
    QVERIFY(onDiskWhenCalled);
}

void TestLeaseStore::groupCommitSharesOneFsync()
{
    QTemporaryDir dir;
    LeaseStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("leases"))).ok());
    const int before = store.fsyncCount();
    int done = 0;
    for (int i = 0; i < 200; ++i)
        store.commit(bound(QStringLiteral("52:54:00:00:%1:%2").arg(i / 256, 2, 16, QChar(u'0')).arg(i % 256, 2, 16, QChar(u'0')),
                           QStringLiteral("10.0.%1.%2").arg(i / 200).arg(i % 200 + 1)),
                     [&done](bool ok) { done += ok ? 1 : 0; });
    QTRY_COMPARE(done, 200);
    QCOMPARE(store.fsyncCount() - before, 1);
    QCOMPARE(store.leases().size(), 200);
}

void TestLeaseStore::survivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/leases"));
    {
        LeaseStore store;
        QVERIFY(store.open(path).ok());
        Lease l = bound(QStringLiteral("52:54:00:00:00:01"), QStringLiteral("10.0.0.10"));
        l.hostname = QStringLiteral("pc-01");
        bool done = false;
        store.commit(l, [&done](bool) { done = true; });
        QTRY_VERIFY(done);
        // Simulate kill -9: no close(), the journal line must already be there.
        QVERIFY(readAll(path).contains("pc-01"));
    }
    LeaseStore again;
    QVERIFY(again.open(path).ok());
    const Lease *l = again.byMac(*MacAddress::fromString(QStringLiteral("52:54:00:00:00:01")));
    QVERIFY(l);
    QCOMPARE(l->address, QHostAddress(QStringLiteral("10.0.0.10")));
    QCOMPARE(l->hostname, QStringLiteral("pc-01"));
    QCOMPARE(l->state, Lease::State::Bound);
    QVERIFY(again.byAddress(QHostAddress(QStringLiteral("10.0.0.10"))));
}

void TestLeaseStore::releaseAndDecline()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leases"));
    LeaseStore store;
    QVERIFY(store.open(path).ok());
    Lease a = bound(QStringLiteral("52:54:00:00:00:01"), QStringLiteral("10.0.0.10"));
    Lease b = bound(QStringLiteral("52:54:00:00:00:02"), QStringLiteral("10.0.0.11"));
    store.commit(a);
    store.commit(b);
    a.state = Lease::State::Released;
    store.commit(a);
    b.state = Lease::State::Declined;
    b.expiresAt = QDateTime::currentSecsSinceEpoch() + 600;
    bool done = false;
    store.commit(b, [&done](bool) { done = true; });
    QTRY_VERIFY(done);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(store.byMac(a.mac)->state, Lease::State::Released);
    QVERIFY(!store.byMac(b.mac)); // the decliner no longer holds it
    QVERIFY(store.isQuarantined(b.address, now));
    QVERIFY(!store.isQuarantined(b.address, now + 601));

    LeaseStore again;
    QVERIFY(again.open(path).ok());
    QCOMPARE(again.byMac(a.mac)->state, Lease::State::Released);
    QVERIFY(again.isQuarantined(b.address, now));
}

void TestLeaseStore::tornLastLineIgnored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leases"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"mac":"52:54:00:00:00:01","ip":"10.0.0.10","state":"bound","expires":9999999999})" "\n");
        f.write(R"({"mac":"52:54:00:00:00:02","ip":"10.0.0.1)"); // power cut mid-write
    }
    LeaseStore store;
    QVERIFY(store.open(path).ok());
    QCOMPARE(store.leases().size(), 1);
    QCOMPARE(readAll(path).count('\n'), 1); // compacted at open: the torn tail is gone
}

void TestLeaseStore::compactionKeepsState()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leases"));
    LeaseStore store;
    QVERIFY(store.open(path).ok());
    int done = 0;
    // 3000 renewals of 10 leases: the journal must be compacted along the way.
    for (int round = 0; round < 300; ++round) {
        for (int i = 0; i < 10; ++i)
            store.commit(bound(QStringLiteral("52:54:00:00:00:%1").arg(i, 2, 16, QChar(u'0')),
                               QStringLiteral("10.0.0.%1").arg(10 + i), 3600 + round),
                         [&done](bool ok) { done += ok; });
        if (round % 50 == 0)
            QTRY_COMPARE(done, (round + 1) * 10);
    }
    QTRY_COMPARE(done, 3000);
    QVERIFY2(store.journalLines() < 1100, qPrintable(QString::number(store.journalLines())));
    store.close();
    QCOMPARE(readAll(path).count('\n'), 10);
    LeaseStore again;
    QVERIFY(again.open(path).ok());
    QCOMPARE(again.leases().size(), 10);
    QVERIFY(again.byMac(*MacAddress::fromString(QStringLiteral("52:54:00:00:00:09")))->expiresAt
            >= QDateTime::currentSecsSinceEpoch() + 3600 + 290);
}

void TestLeaseStore::readsPypxeLeasesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pypxe-leases.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"5C:9A:D8:5E:F2:E5": {"ip": "192.168.2.101", "expire": 9999999999, "ipxe": false},
                   "AA:BB:CC:DD:EE:FF": {"ip": "192.168.2.102", "expire": 9999999999, "ipxe": true}})");
    }
    LeaseStore store;
    QVERIFY(store.open(path).ok());
    QCOMPARE(store.leases().size(), 2);
    QCOMPARE(store.byMac(*MacAddress::fromString(QStringLiteral("5c:9a:d8:5e:f2:e5")))->address,
             QHostAddress(QStringLiteral("192.168.2.101")));
}

void TestLeaseStore::unwritableFolderReported()
{
    LeaseStore store;
    const auto opened = store.open(QStringLiteral("/proc/bootcast-cannot-exist/leases"));
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().contains(QStringLiteral("/proc/bootcast-cannot-exist")));
}

void TestLeaseStore::offersAreNotPersisted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leases"));
    LeaseStore store;
    QVERIFY(store.open(path).ok());
    Lease offer = bound(QStringLiteral("52:54:00:00:00:07"), QStringLiteral("10.0.0.77"), 60);
    offer.state = Lease::State::Offered;
    store.offer(offer);
    QVERIFY(store.byAddress(offer.address));
    QVERIFY(store.leases().isEmpty());
    QVERIFY(store.expire(QDateTime::currentSecsSinceEpoch() + 61));
    QVERIFY(!store.byAddress(offer.address));
    store.close();
    QVERIFY(!readAll(path).contains("10.0.0.77"));
}

QTEST_GUILESS_MAIN(TestLeaseStore)
#include "tst_leasestore.moc"
