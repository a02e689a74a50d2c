// Profile: JSON round trip, strict reading (unknown keys and bad values named), validation.

#include "core/MacAddress.h"
#include "core/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootcast;

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void listenersNarrowToTheAdapter()
    {
        Profile p = Profile::defaultProfile();
        p.serverAddress = QHostAddress(QStringLiteral("192.168.50.1"));
        // Every adapter: "any address" stays.
        QCOMPARE(p.withListenersOnAdapter().tftp.address, QHostAddress(QHostAddress::AnyIPv4));
        // One adapter: the file services listen on its address only; an explicit address is kept.
        p.interfaceName = QStringLiteral("eth1");
        p.http.address = QHostAddress(QStringLiteral("127.0.0.1"));
        const Profile narrowed = p.withListenersOnAdapter();
        QCOMPARE(narrowed.tftp.address, p.serverAddress);
        QCOMPARE(narrowed.nbd.address, p.serverAddress);
        QCOMPARE(narrowed.http.address, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(narrowed.dhcp, p.dhcp);
        // Without a server address there is nothing to narrow to.
        p.serverAddress = QHostAddress();
        QCOMPARE(p.withListenersOnAdapter().tftp.address, QHostAddress(QHostAddress::AnyIPv4));
    }

    void roundTrip();
    void defaultsFromEmptyObject();
    void rejects_data();
    void rejects();
    void validation_data();
    void validation();
    void saveRefusesInvalid();
    void loadResolvesRelativePaths();
    void macParsing_data();
    void macParsing();
};

namespace {

Profile fullProfile()
{
    Profile p;
    p.name = QStringLiteral("Classroom 3");
    p.interfaceName = QStringLiteral("enp3s0");
    p.serverAddress = QHostAddress(QStringLiteral("192.168.50.1"));
    p.dhcp.mode = DhcpMode::Full;
    p.dhcp.poolBegin = QHostAddress(QStringLiteral("192.168.50.100"));
    p.dhcp.poolEnd = QHostAddress(QStringLiteral("192.168.50.199"));
    p.dhcp.router = QHostAddress(QStringLiteral("192.168.50.254"));
    p.dhcp.dns = {QHostAddress(QStringLiteral("192.168.50.1")), QHostAddress(QStringLiteral("9.9.9.9"))};
    p.dhcp.domain = QStringLiteral("class3.school");
    p.dhcp.leaseSeconds = 7200;
    p.dhcp.leasesFile = QStringLiteral("leases.journal");
    Binding b;
    b.mac = *MacAddress::fromString(QStringLiteral("5C:9A:D8:5E:F2:E5"));
    b.address = QHostAddress(QStringLiteral("192.168.50.10"));
    b.hostname = QStringLiteral("teacher");
    b.bootFile = QStringLiteral("memtest.0");
    b.options.insert(42, QByteArray::fromHex("c0a83201"));
    p.dhcp.bindings = {b};
    p.boot.netbootDir = QStringLiteral("netboot");
    p.boot.files.insert(QStringLiteral("bios"), QStringLiteral("undionly.kpxe"));
    p.boot.ipxeScript = QStringLiteral("http://192.168.50.1/menu.ipxe");
    p.tftp.port = 6969;
    p.tftp.portRangeBegin = 30000;
    p.tftp.portRangeEnd = 30100;
    p.tftp.uploadDir = QStringLiteral("uploads");
    p.http.enabled = true;
    p.http.port = 8080;
    p.log.debug = {QStringLiteral("dhcp")};
    p.nbd.enabled = true;
    p.nbd.exports = {{QStringLiteral("debian"), QStringLiteral("images/debian.img"),
                      Profile::NbdExport::Mode::CopyOnWrite, true, false, QStringLiteral("Debian 12 root")},
                     {QString(), QStringLiteral("live.iso"), Profile::NbdExport::Mode::ReadOnly, false, true, {}}};
    return p;
}

QJsonObject withField(QJsonObject root, const QString &section, const QString &key, const QJsonValue &value)
{
    if (section.isEmpty()) {
        root.insert(key, value);
        return root;
    }
    QJsonObject sub = root.value(section).toObject();
    sub.insert(key, value);
    root.insert(section, sub);
    return root;
}

} // namespace

void TestProfile::roundTrip()
{
    const Profile p = fullProfile();
    QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate().join(u'\n')));
    const auto back = Profile::fromJson(p.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->toJson(), p.toJson());
    QVERIFY(*back == p);
}

void TestProfile::defaultsFromEmptyObject()
{
    const auto p = Profile::fromJson(QJsonObject());
    QVERIFY(p.ok());
    QCOMPARE(p->dhcp.mode, DhcpMode::Off);
    QCOMPARE(p->dhcp.port, quint16(67));
    QCOMPARE(p->tftp.port, quint16(69));
    QVERIFY(p->tftp.enabled);
    QCOMPARE(p->dhcp.leaseSeconds, quint32(3600));
}

void TestProfile::rejects_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expectedField");
    QTest::newRow("unknown top key") << QString() << QStringLiteral("colour") << QJsonValue(1)
                                     << QStringLiteral("colour: ");
    QTest::newRow("unknown dhcp key") << QStringLiteral("dhcp") << QStringLiteral("poolStart")
                                      << QJsonValue(QStringLiteral("1.2.3.4")) << QStringLiteral("dhcp.poolStart: ");
    QTest::newRow("bad address") << QStringLiteral("dhcp") << QStringLiteral("poolBegin")
                                 << QJsonValue(QStringLiteral("192.168.50.300")) << QStringLiteral("dhcp.poolBegin: ");
    QTest::newRow("short address") << QStringLiteral("dhcp") << QStringLiteral("router")
                                   << QJsonValue(QStringLiteral("10.1")) << QStringLiteral("dhcp.router: ");
    QTest::newRow("bad mode") << QStringLiteral("dhcp") << QStringLiteral("mode") << QJsonValue(QStringLiteral("auto"))
                              << QStringLiteral("dhcp.mode: ");
    QTest::newRow("port 0") << QStringLiteral("tftp") << QStringLiteral("port") << QJsonValue(0)
                            << QStringLiteral("tftp.port: ");
    QTest::newRow("port 70000") << QStringLiteral("http") << QStringLiteral("port") << QJsonValue(70000)
                                << QStringLiteral("http.port: ");
    QTest::newRow("port as text") << QStringLiteral("http") << QStringLiteral("port")
                                  << QJsonValue(QStringLiteral("80")) << QStringLiteral("http.port: ");
    QTest::newRow("fractional lease") << QStringLiteral("dhcp") << QStringLiteral("leaseTime") << QJsonValue(1.5)
                                      << QStringLiteral("dhcp.leaseTime: ");
    QTest::newRow("lease too short") << QStringLiteral("dhcp") << QStringLiteral("leaseTime") << QJsonValue(5)
                                     << QStringLiteral("dhcp.leaseTime: ");
    QTest::newRow("bool as text") << QStringLiteral("tftp") << QStringLiteral("enabled")
                                  << QJsonValue(QStringLiteral("yes")) << QStringLiteral("tftp.enabled: ");
    QTest::newRow("binding mac") << QStringLiteral("dhcp") << QStringLiteral("bindings")
                                 << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("mac"), QStringLiteral("zz")}}})
                                 << QStringLiteral("dhcp.bindings[0].mac: ");
    QTest::newRow("binding unknown key")
        << QStringLiteral("dhcp") << QStringLiteral("bindings")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("mac"), QStringLiteral("00:11:22:33:44:55")},
                                             {QStringLiteral("ipaddr"), QStringLiteral("1.2.3.4")}}})
        << QStringLiteral("dhcp.bindings[0].ipaddr: ");
    QTest::newRow("binding option code")
        << QStringLiteral("dhcp") << QStringLiteral("bindings")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("mac"), QStringLiteral("00:11:22:33:44:55")},
                                             {QStringLiteral("options"), QJsonObject{{QStringLiteral("300"), QStringLiteral("x")}}}}})
        << QStringLiteral("dhcp.bindings[0].options: ");
    QTest::newRow("nbd mode") << QStringLiteral("nbd") << QStringLiteral("exports")
                              << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("a.img")},
                                                                   {QStringLiteral("mode"), QStringLiteral("rw")}}})
                              << QStringLiteral("nbd.exports[0].mode: ");
    QTest::newRow("log service") << QStringLiteral("log") << QStringLiteral("debug")
                                 << QJsonValue(QJsonArray{QStringLiteral("ftp")}) << QStringLiteral("log.debug: ");
}

void TestProfile::rejects()
{
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expectedField);
    const auto p = Profile::fromJson(withField(QJsonObject(), section, key, value));
    QVERIFY(!p.ok());
    QVERIFY2(p.error().startsWith(expectedField), qPrintable(p.error()));
}

void TestProfile::validation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedField"); // empty: valid
    QTest::newRow("valid") << QString() << QString();
    QTest::newRow("pool outside subnet") << QStringLiteral("poolEnd=192.168.51.10") << QStringLiteral("dhcp.poolEnd");
    QTest::newRow("pool reversed") << QStringLiteral("poolBegin=192.168.50.250") << QStringLiteral("dhcp.poolEnd");
    QTest::newRow("no server address") << QStringLiteral("server=") << QStringLiteral("serverAddress");
    QTest::newRow("bad mask") << QStringLiteral("mask=255.0.255.0") << QStringLiteral("dhcp.subnetMask");
    QTest::newRow("router elsewhere") << QStringLiteral("router=10.0.0.1") << QStringLiteral("dhcp.router");
    QTest::newRow("duplicate binding") << QStringLiteral("dupbinding") << QStringLiteral("dhcp.bindings[1].mac");
    QTest::newRow("half port range") << QStringLiteral("range") << QStringLiteral("tftp.portRangeBegin");
}

void TestProfile::validation()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedField);
    Profile p = fullProfile();
    const QString value = change.section(u'=', 1);
    if (change.startsWith(u"poolEnd="))
        p.dhcp.poolEnd = QHostAddress(value);
    else if (change.startsWith(u"poolBegin="))
        p.dhcp.poolBegin = QHostAddress(value);
    else if (change.startsWith(u"server="))
        p.serverAddress = QHostAddress();
    else if (change.startsWith(u"mask="))
        p.dhcp.subnetMask = QHostAddress(value);
    else if (change.startsWith(u"router="))
        p.dhcp.router = QHostAddress(value);
    else if (change == u"dupbinding")
        p.dhcp.bindings.append(p.dhcp.bindings.first());
    else if (change == u"range")
        p.tftp.portRangeEnd = 0;
    const QStringList problems = p.validate();
    if (expectedField.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        return;
    }
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().startsWith(expectedField + u": "), qPrintable(problems.join(u'\n')));
    QVERIFY(!Profile::fromJson(p.toJson()).ok()); // never accepted half-valid
}

void TestProfile::saveRefusesInvalid()
{
    QTemporaryDir dir;
    Profile p = fullProfile();
    p.dhcp.poolEnd = QHostAddress(QStringLiteral("10.9.9.9"));
    const QString path = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(!p.save(path).ok());
    QVERIFY(!QFile::exists(path));
    QVERIFY(fullProfile().save(path).ok());
    const auto loaded = Profile::load(path);
    QVERIFY(loaded.ok());
    QVERIFY(*loaded == fullProfile());
}

void TestProfile::loadResolvesRelativePaths()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(fullProfile().save(path).ok());
    const auto loaded = Profile::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->resolvedNetbootDir(), dir.filePath(QStringLiteral("netboot")));
    QCOMPARE(loaded->resolvedLeasesFile(), dir.filePath(QStringLiteral("leases.journal")));
    const auto broken = Profile::load(dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().contains(QStringLiteral("missing.json")));
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"name\": ");
    bad.close();
    const auto invalid = Profile::load(bad.fileName());
    QVERIFY(!invalid.ok());
    QVERIFY(invalid.error().contains(QStringLiteral("not valid JSON")));
}

void TestProfile::macParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: invalid
    QTest::newRow("colons") << QStringLiteral("5C:9A:D8:5E:F2:E5") << QStringLiteral("5c:9a:d8:5e:f2:e5");
    QTest::newRow("dashes") << QStringLiteral("5c-9a-d8-5e-f2-e5") << QStringLiteral("5c:9a:d8:5e:f2:e5");
    QTest::newRow("bare") << QStringLiteral("5c9ad85ef2e5") << QStringLiteral("5c:9a:d8:5e:f2:e5");
    QTest::newRow("short") << QStringLiteral("5c:9a:d8:5e:f2") << QString();
    QTest::newRow("not hex") << QStringLiteral("5c:9a:d8:5e:f2:g5") << QString();
    QTest::newRow("empty group") << QStringLiteral("5c::9a:d8:5e:f2:e5") << QString();
    QTest::newRow("unicode digit") << QStringLiteral("5c:9a:d8:5e:f2:e\u0665") << QString();
}

void TestProfile::macParsing()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto mac = MacAddress::fromString(text);
    QCOMPARE(mac ? mac->toString() : QString(), expected);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
