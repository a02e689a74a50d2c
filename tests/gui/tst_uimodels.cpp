// The clients, leases and interfaces models, each under QAbstractItemModelTester.

#include "core/Engine.h"
#include "models/ClientsModel.h"
#include "models/InterfacesModel.h"
#include "models/LeasesModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Bootcast;

namespace {

ClientState client(const QString &mac, const QString &address, int lastStage)
{
    ClientState c;
    c.key = mac.isEmpty() ? QStringLiteral("ip:") + address : mac;
    if (!mac.isEmpty())
        c.mac = *MacAddress::fromString(mac);
    c.address = QHostAddress(address);
    for (int s = 0; s <= lastStage; ++s)
        c.reachedMsecs[size_t(s)] = 1000 + s;
    c.lastStage = lastStage;
    c.lastStep = QStringLiteral("ipxe.efi");
    return c;
}

Lease lease(const QString &address, const QString &mac, Lease::State state = Lease::State::Bound)
{
    Lease l;
    l.address = QHostAddress(address);
    l.mac = *MacAddress::fromString(mac);
    l.state = state;
    l.expiresAt = QDateTime::currentSecsSinceEpoch() + 3600;
    return l;
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Engine::registerMetaTypes(); }

    void clientsModel()
    {
        ClientsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update({client(QStringLiteral("52:54:00:00:00:01"), QStringLiteral("10.0.0.10"), 1),
                      client(QString(), QStringLiteral("10.0.0.11"), 0)});
        QCOMPARE(model.rowCount(), 2);

        ClientState first = client(QStringLiteral("52:54:00:00:00:01"), QStringLiteral("10.0.0.10"), 4);
        first.arch = 7;
        first.ipxe = true;
        first.transferActive = true;
        first.transferFile = QStringLiteral("vmlinuz");
        first.transferBytes = 50;
        first.transferTotal = 200;
        first.bytesPerSecond = 1024 * 1024;
        first.etaMsecs = 1500;
        model.update({first});
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowForKey(first.key);
        QCOMPARE(model.index(row, ClientsModel::TransferColumn)
                     .data(ClientsModel::ProgressRole).toInt(), 25);
        QCOMPARE(model.index(row, ClientsModel::StagesColumn).data(ClientsModel::StageMaskRole).toInt(), 0b11111);
        QCOMPARE(model.index(row, ClientsModel::StagesColumn).data(ClientsModel::LastStageRole).toInt(), 4);
        QVERIFY(model.index(row, ClientsModel::ArchColumn).data().toString().contains(QStringLiteral("UEFI x64")));
        QVERIFY(model.index(row, ClientsModel::ArchColumn).data().toString().contains(QStringLiteral("iPXE")));
        QCOMPARE(model.index(row, ClientsModel::EtaColumn).data().toString(), QStringLiteral("2 s"));

        // Stalled: marked with the last step.
        first.stalled = true;
        first.transferActive = false;
        model.update({first});
        QVERIFY(model.index(row, ClientsModel::StatusColumn).data().toString().contains(QStringLiteral("ipxe.efi")));
        QVERIFY(model.index(row, ClientsModel::StatusColumn).data(ClientsModel::StalledRole).toBool());
        QCOMPARE(model.index(row, ClientsModel::TransferColumn).data(ClientsModel::ProgressRole).toInt(), -2);

        // The machine known by address only so far gets its MAC: one row, not two.
        model.update({client(QStringLiteral("52:54:00:00:00:02"), QStringLiteral("10.0.0.11"), 2)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowForKey(QStringLiteral("ip:10.0.0.11")), -1);
        QVERIFY(model.rowForKey(QStringLiteral("52:54:00:00:00:02")) >= 0);

        // Many new machines at once; a duplicate inside one batch keeps the newest.
        ClientStateList many;
        for (int i = 0; i < 30; ++i)
            many << client(QStringLiteral("52:54:00:00:01:%1").arg(i, 2, 16, QLatin1Char('0')),
                           QStringLiteral("10.0.1.%1").arg(i + 1), i % 7);
        many << client(QStringLiteral("52:54:00:00:01:00"), QStringLiteral("10.0.1.1"), 6);
        model.update(many);
        QCOMPARE(model.rowCount(), 32);
        QCOMPARE(model.client(model.rowForKey(QStringLiteral("52:54:00:00:01:00"))).lastStage, 6);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void leasesModel()
    {
        LeasesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLeases({lease(QStringLiteral("10.0.0.10"), QStringLiteral("52:54:00:00:00:01")),
                         lease(QStringLiteral("10.0.0.11"), QStringLiteral("52:54:00:00:00:02"), Lease::State::Offered)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LeasesModel::AddressColumn).data().toString(), QStringLiteral("10.0.0.10"));
        QCOMPARE(model.index(0, LeasesModel::StateColumn).data().toString(), QStringLiteral("bound"));

        Lease staticLease = lease(QStringLiteral("10.0.0.12"), QStringLiteral("52:54:00:00:00:03"));
        staticLease.isStatic = true;
        staticLease.hostname = QStringLiteral("lab-3");
        model.setLeases({lease(QStringLiteral("10.0.0.11"), QStringLiteral("52:54:00:00:00:02")), staticLease});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LeasesModel::AddressColumn).data().toString(), QStringLiteral("10.0.0.11"));
        QCOMPARE(model.index(0, LeasesModel::StateColumn).data().toString(), QStringLiteral("bound"));
        QCOMPARE(model.index(1, LeasesModel::HostnameColumn).data().toString(), QStringLiteral("lab-3"));
        QVERIFY(model.index(1, LeasesModel::StateColumn).data().toString().contains(QStringLiteral("static")));
        // A binding made in the window shows as static before the machine renews.
        QVERIFY(!model.isStatic(0));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStaticMacs({*MacAddress::fromString(QStringLiteral("52:54:00:00:00:02"))});
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.isStatic(0));
        QVERIFY(model.index(0, LeasesModel::StateColumn).data().toString().contains(QStringLiteral("static")));
        model.setStaticMacs({});
        QVERIFY(!model.isStatic(0));
        model.setLeases({});
        QCOMPARE(model.rowCount(), 0);
    }

    void interfaceKinds_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("human");
        QTest::addColumn<int>("kind");
        using K = InterfacesModel::Kind;
        const int eth = QNetworkInterface::Ethernet;
        QTest::newRow("eth0") << eth << "eth0" << "eth0" << int(K::Ethernet);
        QTest::newRow("enp3s0") << int(QNetworkInterface::Unknown) << "enp3s0" << "enp3s0" << int(K::Ethernet);
        QTest::newRow("wlan by type") << int(QNetworkInterface::Wifi) << "wlp2s0" << "wlp2s0" << int(K::WiFi);
        QTest::newRow("wl name") << eth << "wlan0" << "wlan0" << int(K::WiFi);
        QTest::newRow("windows wifi") << eth << "{1234}" << "Wi-Fi" << int(K::WiFi);
        QTest::newRow("docker0") << eth << "docker0" << "docker0" << int(K::Virtual);
        QTest::newRow("veth") << eth << "veth12ab" << "veth12ab" << int(K::Virtual);
        QTest::newRow("br-") << eth << "br-5f2c" << "br-5f2c" << int(K::Virtual);
        QTest::newRow("virbr0") << eth << "virbr0" << "virbr0" << int(K::Virtual);
        QTest::newRow("tun0") << int(QNetworkInterface::Unknown) << "tun0" << "tun0" << int(K::Virtual);
        QTest::newRow("tap0") << eth << "tap0" << "tap0" << int(K::Virtual);
        QTest::newRow("wg0") << int(QNetworkInterface::Unknown) << "wg0" << "wg0" << int(K::Virtual);
        QTest::newRow("hyper-v") << eth << "{5678}" << "vEthernet (Default Switch)" << int(K::Virtual);
        QTest::newRow("loopback") << int(QNetworkInterface::Loopback) << "lo" << "lo" << int(K::Loopback);
        QTest::newRow("windows ethernet") << eth << "{9abc}" << "Ethernet 2" << int(K::Ethernet);
    }

    void interfaceKinds()
    {
        QFETCH(int, type);
        QFETCH(QString, name);
        QFETCH(QString, human);
        QFETCH(int, kind);
        QCOMPARE(int(InterfacesModel::classify(QNetworkInterface::InterfaceType(type), name, human)), kind);
    }

    void interfacesModel()
    {
        InterfacesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh(); // this machine's adapters: at least loopback
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowForName(QStringLiteral("lo")) >= 0);

        InterfacesModel::Adapter wifi;
        wifi.name = QStringLiteral("wlan0");
        wifi.humanName = wifi.name;
        wifi.kind = InterfacesModel::Kind::WiFi;
        wifi.ipv4 = QHostAddress(QStringLiteral("192.168.1.20"));
        wifi.netmask = QHostAddress(QStringLiteral("255.255.255.0"));
        wifi.up = true;
        InterfacesModel::Adapter wired = wifi;
        wired.name = QStringLiteral("eth0");
        wired.humanName = wired.name;
        wired.kind = InterfacesModel::Kind::Ethernet;
        wired.ipv4 = QHostAddress();
        wired.up = false;
        model.setAdapters({wired, wifi});
        QCOMPARE(model.rowCount(), 3); // "All adapters" first
        QCOMPARE(model.rowForName(QString()), int(InterfacesModel::AllAdaptersRow));
        QCOMPARE(model.index(0, InterfacesModel::NameColumn).data().toString(), QStringLiteral("All adapters"));
        QCOMPARE(model.index(0, 0).data(InterfacesModel::InterfaceNameRole).toString(), QString());
        QVERIFY(model.index(0, InterfacesModel::KindColumn).data().toString().contains(QStringLiteral("not for full DHCP")));
        QCOMPARE(model.rowForName(QStringLiteral("eth0")), 1);
        QCOMPARE(model.index(1, InterfacesModel::AddressColumn).data().toString(), QStringLiteral("no IPv4 address"));
        QCOMPARE(model.index(1, InterfacesModel::LinkColumn).data().toString(), QStringLiteral("no link"));
        QVERIFY(model.index(2, InterfacesModel::KindColumn).data().toString().contains(QStringLiteral("Wi-Fi")));
        QVERIFY(model.index(2, InterfacesModel::KindColumn).data().toString().contains(QStringLiteral("not for netbooting")));
        QVERIFY(!model.index(2, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.index(2, 0).data(InterfacesModel::NetmaskRole).toString(), QStringLiteral("255.255.255.0"));

        // The cable goes in: the row changes in place (no reset, the choice stays), nothing else.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changedRows(&model, &QAbstractItemModel::dataChanged);
        InterfacesModel::Adapter plugged = wired;
        plugged.up = true;
        plugged.ipv4 = QHostAddress(QStringLiteral("192.168.50.1"));
        bool changed = false;
        QVERIFY(model.updateStates({plugged, wifi}, &changed));
        QVERIFY(changed);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changedRows.size(), 1);
        QCOMPARE(changedRows.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1, InterfacesModel::LinkColumn).data().toString(), QStringLiteral("link up"));
        QVERIFY(model.updateStates({plugged, wifi}, &changed));
        QVERIFY(!changed);
        // An adapter comes or goes: the caller must refresh.
        QVERIFY(!model.updateStates({plugged}, &changed));
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
