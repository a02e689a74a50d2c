#include "core/PypxeConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootcast;

namespace {

const QString dataDir = QStringLiteral(BOOTCAST_TEST_DATA_DIR);

QString dataFile(const QString &name)
{
    return dataDir + u'/' + name;
}

// Compact JSON text of a value, for readable comparisons.
QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// "dhcp.poolBegin" -> profile.toJson()["dhcp"]["poolBegin"]
QJsonValue profileField(const Profile &profile, const QString &path)
{
    QJsonValue value = profile.toJson();
    for (const QString &part : path.split(u'.'))
        value = value.toObject().value(part);
    return value;
}

QString filesText(const QMap<QString, QString> &files)
{
    QStringList parts;
    for (auto it = files.begin(); it != files.end(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(u',');
}

QByteArray object(const QByteArray &members)
{
    return '{' + members + '}';
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

// A parser set up as the app's: its own options next to PyPXE's.
struct Parser
{
    QCommandLineParser parser;
    bool ok = false;

    explicit Parser(const QStringList &arguments)
    {
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(QCommandLineOption(QStringLiteral("headless"), QStringLiteral("headless")));
        parser.addOption(QCommandLineOption(QStringLiteral("profile"), QStringLiteral("profile"),
                                            QStringLiteral("FILE")));
        parser.addOption(QCommandLineOption(QStringLiteral("import-pypxe"), QStringLiteral("import"),
                                            QStringLiteral("IN")));
        parser.addOptions(PypxeConfig::commandLineOptions());
        ok = parser.parse(QStringList{QStringLiteral("bootcast")} + arguments);
    }
};

} // namespace

class TestPypxeConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaults_data();
    void defaults();
    void defaultProfile();
    void typicalCommandLinesValidate_data();
    void typicalCommandLinesValidate();

    void keyMapsToProfile_data();
    void keyMapsToProfile();

    void commandLineOptions();
    void anyPypxeOptionSet_data();
    void anyPypxeOptionSet();
    void flagsOverrideJson_data();
    void flagsOverrideJson();
    void fromCommandLineReadsConfigThenFlags();
    void badFlags_data();
    void badFlags();
    void dhcpProxyImpliesDhcp();

    void unknownKey_data();
    void unknownKey();
    void badValue_data();
    void badValue();
    void tolerantValues_data();
    void tolerantValues();
    void allProblemsReported();
    void nothingHalfApplied();
    void fileErrorsNameTheFile();
    void setValue();

    void bootMapping_data();
    void bootMapping();

    void staticConfig();
    void staticConfigErrors_data();
    void staticConfigErrors();
    void staticConfigInProfile();
    void staticConfigFileErrors();

    void validateProblemsUsePypxeKeys_data();
    void validateProblemsUsePypxeKeys();

    void warnings_data();
    void warnings();
    void netbootDirFallback();

    void toJsonRoundTrip();
    void dumpConfig();

    void realisticConfig();
    void pypxeDumpImports();
    void importResolvesAgainstConfigFolder();

private:
    QTemporaryDir m_base; // a working directory with a netboot folder, as PyPXE expects
};

void TestPypxeConfig::initTestCase()
{
    QVERIFY(m_base.isValid());
    QVERIFY(QDir(m_base.path()).mkpath(QStringLiteral("netboot")));
}

// ---- defaults ------------------------------------------------------------------------------------

void TestPypxeConfig::defaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected");

    // PYPXE.md's table (PyPXE 1.8.4's SETTINGS).
    const auto row = [](const char *key, const QJsonValue &value) {
        QTest::newRow(key) << QString::fromLatin1(key) << value;
    };
    row("NETBOOT_DIR", QStringLiteral("netboot"));
    row("NETBOOT_FILE", QString());
    row("DHCP_SERVER_IP", QStringLiteral("192.168.2.2"));
    row("DHCP_SERVER_PORT", 67);
    row("DHCP_OFFER_BEGIN", QStringLiteral("192.168.2.100"));
    row("DHCP_OFFER_END", QStringLiteral("192.168.2.150"));
    row("DHCP_SUBNET", QStringLiteral("255.255.255.0"));
    row("DHCP_ROUTER", QStringLiteral("192.168.2.1"));
    row("DHCP_DNS", QStringLiteral("8.8.8.8"));
    row("DHCP_BROADCAST", QString());
    row("DHCP_FILESERVER", QStringLiteral("192.168.2.2"));
    row("DHCP_WHITELIST", false);
    row("DHCP_MODE_PROXY", false);
    row("USE_DHCP", false);
    row("USE_TFTP", true);
    row("USE_HTTP", false);
    row("USE_IPXE", false);
    row("HTTP_PORT", 80);
    row("HTTP_SERVER_IP", QStringLiteral("0.0.0.0"));
    row("TFTP_PORT", 69);
    row("TFTP_SERVER_IP", QStringLiteral("0.0.0.0"));
    row("LEASES_FILE", QString());
    row("STATIC_CONFIG", QString());
    row("SYSLOG_SERVER", QJsonValue(QJsonValue::Null));
    row("SYSLOG_PORT", 514);
    row("NBD_BLOCK_DEVICE", QString());
    row("NBD_WRITE", false);
    row("NBD_COW", true);
    row("NBD_COW_IN_MEM", false);
    row("NBD_COPY_TO_RAM", false);
    row("NBD_SERVER_IP", QStringLiteral("0.0.0.0"));
    row("NBD_PORT", 10809);
    row("MODE_DEBUG", QString());
    row("MODE_VERBOSE", QString());
}

void TestPypxeConfig::defaults()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);

    const PypxeConfig config;
    QVERIFY(PypxeConfig::keys().contains(key));
    QCOMPARE(jsonText(config.value(key)), jsonText(expected));
    QCOMPARE(jsonText(config.toJson().value(key)), jsonText(expected));
    QCOMPARE(jsonText(PypxeConfig::defaults().value(key)), jsonText(expected));
    // Every key is in the table above, and nothing else.
    QCOMPARE(PypxeConfig::keys().size(), 34);
    QCOMPARE(config.toJson().size(), 34);
}

void TestPypxeConfig::defaultProfile()
{
    const PypxeConfig config;
    const auto profile = config.toProfile(m_base.path());
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    const Profile &p = profile.value();
    QVERIFY(p.validate().isEmpty());
    QCOMPARE(p.dhcp.mode, DhcpMode::Off); // USE_DHCP is false by default
    QCOMPARE(p.serverAddress, QHostAddress(QStringLiteral("192.168.2.2")));
    QCOMPARE(p.dhcp.port, quint16(67));
    QCOMPARE(p.dhcp.poolBegin, QHostAddress(QStringLiteral("192.168.2.100")));
    QCOMPARE(p.dhcp.poolEnd, QHostAddress(QStringLiteral("192.168.2.150")));
    QCOMPARE(p.dhcp.subnetMask, QHostAddress(QStringLiteral("255.255.255.0")));
    QCOMPARE(p.dhcp.router, QHostAddress(QStringLiteral("192.168.2.1")));
    QCOMPARE(p.dhcp.dns, QList<QHostAddress>{QHostAddress(QStringLiteral("8.8.8.8"))});
    QVERIFY(p.dhcp.broadcast.isNull());
    QCOMPARE(p.dhcp.fileServer, QHostAddress(QStringLiteral("192.168.2.2")));
    QVERIFY(!p.dhcp.allowListOnly);
    QVERIFY(p.dhcp.leasesFile.isEmpty()); // Bootcast's data folder
    QVERIFY(p.dhcp.bindings.isEmpty());
    QCOMPARE(p.boot.netbootDir, QStringLiteral("netboot"));
    QCOMPARE(p.resolvedNetbootDir(), QDir(m_base.path()).filePath(QStringLiteral("netboot")));
    QVERIFY(!p.boot.chainloadIpxe);
    QVERIFY(p.boot.files.isEmpty());
    QVERIFY(p.boot.ipxeScript.isEmpty());
    QVERIFY(p.tftp.enabled);
    QCOMPARE(p.tftp.port, quint16(69));
    QCOMPARE(p.tftp.address, QHostAddress(QHostAddress::AnyIPv4));
    QVERIFY(!p.http.enabled);
    QCOMPARE(p.http.port, quint16(80));
    QCOMPARE(p.http.address, QHostAddress(QHostAddress::AnyIPv4));
    QVERIFY(p.log.debug.isEmpty());
    QVERIFY(p.log.verbose.isEmpty());
    QVERIFY(p.interfaceName.isEmpty());
    QCOMPARE(p.baseDirectory, m_base.path());
    QVERIFY2(config.warnings(m_base.path()).isEmpty(), qPrintable(config.warnings(m_base.path()).join(u'\n')));
}

void TestPypxeConfig::typicalCommandLinesValidate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<DhcpMode>("mode");

    // The command lines of PyPXE's README.
    QTest::newRow("tftp only") << QStringList{} << DhcpMode::Off;
    QTest::newRow("--dhcp") << QStringList{QStringLiteral("--dhcp")} << DhcpMode::Full;
    QTest::newRow("--dhcp-proxy") << QStringList{QStringLiteral("--dhcp-proxy")} << DhcpMode::Proxy;
    QTest::newRow("--dhcp --ipxe --http") << QStringList{QStringLiteral("--dhcp"), QStringLiteral("--ipxe"),
                                                         QStringLiteral("--http")}
                                          << DhcpMode::Full;
    QTest::newRow("other subnet") << QStringList{QStringLiteral("--dhcp"),
                                                 QStringLiteral("--dhcp-server-ip=10.0.0.1"),
                                                 QStringLiteral("--dhcp-begin=10.0.0.50"),
                                                 QStringLiteral("--dhcp-end=10.0.0.60"),
                                                 QStringLiteral("--dhcp-router=10.0.0.254"),
                                                 QStringLiteral("--dhcp-fileserver=10.0.0.1")}
                                  << DhcpMode::Full;
}

void TestPypxeConfig::typicalCommandLinesValidate()
{
    QFETCH(QStringList, arguments);
    QFETCH(DhcpMode, mode);

    Parser cli(arguments);
    QVERIFY2(cli.ok, qPrintable(cli.parser.errorText()));
    const auto config = PypxeConfig::fromCommandLine(cli.parser);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    const auto profile = config->toProfile(m_base.path());
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    QCOMPARE(profile->dhcp.mode, mode);
    QVERIFY(profile->validate().isEmpty());
}

// ---- each key to its profile field ----------------------------------------------------------------

void TestPypxeConfig::keyMapsToProfile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("expected");

    const auto row = [](const char *name, const QByteArray &members, const char *field, const QJsonValue &value) {
        QTest::newRow(name) << object(members) << QString::fromLatin1(field) << value;
    };
    row("USE_DHCP", R"("USE_DHCP": true)", "dhcp.mode", QStringLiteral("full"));
    row("USE_DHCP false", R"("USE_DHCP": false)", "dhcp.mode", QStringLiteral("off"));
    row("DHCP_MODE_PROXY", R"("DHCP_MODE_PROXY": true)", "dhcp.mode", QStringLiteral("proxy"));
    row("DHCP_MODE_PROXY and USE_DHCP", R"("DHCP_MODE_PROXY": true, "USE_DHCP": true)", "dhcp.mode",
        QStringLiteral("proxy"));
    row("DHCP_SERVER_IP", R"("DHCP_SERVER_IP": "192.168.2.5")", "serverAddress", QStringLiteral("192.168.2.5"));
    row("DHCP_SERVER_PORT", R"("DHCP_SERVER_PORT": 6767)", "dhcp.port", 6767);
    row("DHCP_SERVER_PORT text", R"("DHCP_SERVER_PORT": "6767")", "dhcp.port", 6767);
    row("DHCP_OFFER_BEGIN", R"("DHCP_OFFER_BEGIN": "192.168.2.10")", "dhcp.poolBegin", QStringLiteral("192.168.2.10"));
    row("DHCP_OFFER_END", R"("DHCP_OFFER_END": "192.168.2.20")", "dhcp.poolEnd", QStringLiteral("192.168.2.20"));
    row("DHCP_SUBNET", R"("DHCP_SUBNET": "255.255.0.0")", "dhcp.subnetMask", QStringLiteral("255.255.0.0"));
    row("DHCP_ROUTER", R"("DHCP_ROUTER": "192.168.2.254")", "dhcp.router", QStringLiteral("192.168.2.254"));
    row("DHCP_ROUTER empty", R"("DHCP_ROUTER": "")", "dhcp.router", QString());
    row("DHCP_DNS", R"("DHCP_DNS": "1.1.1.1")", "dhcp.dns", QJsonArray{QStringLiteral("1.1.1.1")});
    row("DHCP_DNS list", R"("DHCP_DNS": "1.1.1.1, 9.9.9.9")", "dhcp.dns",
        QJsonArray{QStringLiteral("1.1.1.1"), QStringLiteral("9.9.9.9")});
    row("DHCP_DNS empty", R"("DHCP_DNS": "")", "dhcp.dns", QJsonArray{});
    row("DHCP_BROADCAST", R"("DHCP_BROADCAST": "192.168.2.255")", "dhcp.broadcast", QStringLiteral("192.168.2.255"));
    row("DHCP_BROADCAST derived", R"("DHCP_BROADCAST": "")", "dhcp.broadcast", QString());
    row("DHCP_FILESERVER", R"("DHCP_FILESERVER": "192.168.2.9")", "dhcp.fileServer", QStringLiteral("192.168.2.9"));
    row("DHCP_WHITELIST", R"("DHCP_WHITELIST": true)", "dhcp.allowListOnly", true);
    row("LEASES_FILE", R"("LEASES_FILE": "leases.json")", "dhcp.leasesFile", QStringLiteral("leases.json"));
    row("LEASES_FILE empty", R"("LEASES_FILE": "")", "dhcp.leasesFile", QString());
    row("NETBOOT_DIR", R"("NETBOOT_DIR": ".")", "boot.netbootDir", QStringLiteral("."));
    row("NETBOOT_DIR empty", R"("NETBOOT_DIR": "")", "boot.netbootDir", QStringLiteral("."));
    row("USE_IPXE", R"("USE_IPXE": true)", "boot.chainloadIpxe", true);
    row("NETBOOT_FILE", R"("NETBOOT_FILE": "lpxelinux.0")", "boot.files.bios", QStringLiteral("lpxelinux.0"));
    row("USE_TFTP", R"("USE_TFTP": false)", "tftp.enabled", false);
    row("TFTP_PORT", R"("TFTP_PORT": 6969)", "tftp.port", 6969);
    row("TFTP_SERVER_IP", R"("TFTP_SERVER_IP": "192.168.2.2")", "tftp.address", QStringLiteral("192.168.2.2"));
    row("TFTP_SERVER_IP empty", R"("TFTP_SERVER_IP": "")", "tftp.address", QStringLiteral("0.0.0.0"));
    row("USE_HTTP", R"("USE_HTTP": true)", "http.enabled", true);
    row("HTTP_PORT", R"("HTTP_PORT": 8080)", "http.port", 8080);
    row("HTTP_SERVER_IP", R"("HTTP_SERVER_IP": "192.168.2.2")", "http.address", QStringLiteral("192.168.2.2"));
    // NBD: PyPXE's one image becomes the default export "", read-only unless NBD_WRITE.
    const auto exports = [](const char *mode, const QJsonObject &extra = {}) {
        QJsonObject e{{QStringLiteral("name"), QString()}, {QStringLiteral("file"), QStringLiteral("images/disk.img")},
                      {QStringLiteral("mode"), QString::fromLatin1(mode)}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            e.insert(it.key(), it.value());
        return QJsonArray{e};
    };
    row("NBD_BLOCK_DEVICE", R"("NBD_BLOCK_DEVICE": "images/disk.img")", "nbd.enabled", true);
    row("NBD_BLOCK_DEVICE export", R"("NBD_BLOCK_DEVICE": "images/disk.img")", "nbd.exports", exports("read-only"));
    row("NBD_BLOCK_DEVICE empty", R"("NBD_BLOCK_DEVICE": "")", "nbd.enabled", false);
    row("NBD_BLOCK_DEVICE empty, no export", R"("NBD_BLOCK_DEVICE": "", "NBD_WRITE": true)", "nbd.exports", QJsonArray{});
    row("NBD_WRITE with NBD_COW", R"("NBD_BLOCK_DEVICE": "images/disk.img", "NBD_WRITE": true)", "nbd.exports",
        exports("copy-on-write"));
    row("NBD_WRITE without NBD_COW", R"("NBD_BLOCK_DEVICE": "images/disk.img", "NBD_WRITE": true, "NBD_COW": false)",
        "nbd.exports", exports("read-write"));
    row("NBD_COW without NBD_WRITE", R"("NBD_BLOCK_DEVICE": "images/disk.img", "NBD_COW": true)", "nbd.exports",
        exports("read-only"));
    row("NBD_COW_IN_MEM", R"("NBD_BLOCK_DEVICE": "images/disk.img", "NBD_WRITE": true, "NBD_COW_IN_MEM": true)",
        "nbd.exports", exports("copy-on-write", {{QStringLiteral("overlayInMemory"), true}}));
    row("NBD_COPY_TO_RAM", R"("NBD_BLOCK_DEVICE": "images/disk.img", "NBD_COPY_TO_RAM": true)", "nbd.exports",
        exports("read-only", {{QStringLiteral("copyToRam"), true}}));
    row("NBD_SERVER_IP", R"("NBD_SERVER_IP": "192.168.2.2")", "nbd.address", QStringLiteral("192.168.2.2"));
    row("NBD_SERVER_IP empty", R"("NBD_SERVER_IP": "")", "nbd.address", QStringLiteral("0.0.0.0"));
    row("NBD_PORT", R"("NBD_PORT": 10810)", "nbd.port", 10810);
    row("MODE_DEBUG", R"("MODE_DEBUG": "dhcp,tftp")", "log.debug",
        QJsonArray{QStringLiteral("dhcp"), QStringLiteral("tftp")});
    row("MODE_DEBUG all", R"("MODE_DEBUG": "all")", "log.debug", QJsonArray{QStringLiteral("all")});
    row("MODE_DEBUG all but dhcp", R"("MODE_DEBUG": "all,-dhcp")", "log.debug",
        QJsonArray{QStringLiteral("tftp"), QStringLiteral("http"), QStringLiteral("nbd")});
    row("MODE_VERBOSE", R"("MODE_VERBOSE": "HTTP")", "log.verbose", QJsonArray{QStringLiteral("http")});
    row("MODE_VERBOSE spaces", R"("MODE_VERBOSE": "tftp, http")", "log.verbose",
        QJsonArray{QStringLiteral("tftp"), QStringLiteral("http")});
}

void TestPypxeConfig::keyMapsToProfile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QJsonValue, expected);

    PypxeConfig config;
    const auto merged = config.mergeJson(json);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    const auto profile = config.toProfile(m_base.path());
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    QCOMPARE(jsonText(profileField(profile.value(), field)), jsonText(expected));
}

// ---- command line ---------------------------------------------------------------------------------

void TestPypxeConfig::commandLineOptions()
{
    const QList<QCommandLineOption> options = PypxeConfig::commandLineOptions();
    QStringList names;
    for (const QCommandLineOption &option : options) {
        names += option.names();
        QVERIFY2(!option.description().isEmpty(), qPrintable(option.names().constFirst()));
    }
    const QSet<QString> unique(names.begin(), names.end());
    QCOMPARE(unique.size(), names.size());

    // Every PyPXE 1.8.4 flag (PYPXE.md plus --no-ipxe and --no-http, which PyPXE 1.8.4 also has).
    const QStringList expected{
        QStringLiteral("config"),           QStringLiteral("dhcp"),           QStringLiteral("dhcp-proxy"),
        QStringLiteral("tftp"),             QStringLiteral("no-tftp"),        QStringLiteral("http"),
        QStringLiteral("no-http"),          QStringLiteral("ipxe"),           QStringLiteral("no-ipxe"),
        QStringLiteral("netboot-dir"),      QStringLiteral("netboot-file"),   QStringLiteral("dhcp-server-ip"),
        QStringLiteral("dhcp-server-port"), QStringLiteral("dhcp-begin"),     QStringLiteral("dhcp-end"),
        QStringLiteral("dhcp-subnet"),      QStringLiteral("dhcp-router"),    QStringLiteral("dhcp-dns"),
        QStringLiteral("dhcp-broadcast"),   QStringLiteral("dhcp-fileserver"), QStringLiteral("dhcp-whitelist"),
        QStringLiteral("static-config"),    QStringLiteral("save-leases"),    QStringLiteral("tftp-port"),
        QStringLiteral("tftp-server-ip"),   QStringLiteral("http-port"),      QStringLiteral("http-server-ip"),
        QStringLiteral("syslog"),           QStringLiteral("syslog-port"),    QStringLiteral("nbd"),
        QStringLiteral("nbd-write"),        QStringLiteral("nbd-cow"),        QStringLiteral("nbd-cow-in-mem"),
        QStringLiteral("nbd-copy-to-ram"),  QStringLiteral("nbd-server"),     QStringLiteral("nbd-port"),
        QStringLiteral("debug"),            QStringLiteral("verbose"),        QStringLiteral("dump-config"),
        QStringLiteral("dump-config-merged"),
    };
    QCOMPARE(QSet<QString>(names.begin(), names.end()), QSet<QString>(expected.begin(), expected.end()));

    // No clash with the app's own options.
    for (const char *own : {"headless", "profile", "import-pypxe", "version", "help", "h", "v", "?"})
        QVERIFY2(!names.contains(QLatin1String(own)), own);

    // Value names are PyPXE's keys, as in PyPXE's --help.
    for (const QCommandLineOption &option : options) {
        if (option.names().constFirst() == u"dhcp-begin")
            QCOMPARE(option.valueName(), QStringLiteral("DHCP_OFFER_BEGIN"));
        if (option.names().constFirst() == u"dhcp")
            QVERIFY(option.valueName().isEmpty());
    }

    // A parser holding the app's options and PyPXE's accepts them all.
    Parser cli({QStringLiteral("--dhcp"), QStringLiteral("--headless")});
    QVERIFY2(cli.ok, qPrintable(cli.parser.errorText()));
}

void TestPypxeConfig::anyPypxeOptionSet_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("expected");

    QTest::newRow("nothing") << QStringList{} << false;
    QTest::newRow("--headless") << QStringList{QStringLiteral("--headless")} << false;
    QTest::newRow("--profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("x.json")} << false;
    QTest::newRow("--dhcp") << QStringList{QStringLiteral("--dhcp")} << true;
    QTest::newRow("--no-tftp") << QStringList{QStringLiteral("--no-tftp")} << true;
    QTest::newRow("--config") << QStringList{QStringLiteral("--config"), QStringLiteral("a.json")} << true;
    QTest::newRow("--dump-config") << QStringList{QStringLiteral("--dump-config")} << true;
    QTest::newRow("--netboot-dir=") << QStringList{QStringLiteral("--netboot-dir=/srv/tftp")} << true;
}

void TestPypxeConfig::anyPypxeOptionSet()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, expected);
    Parser cli(arguments);
    QVERIFY2(cli.ok, qPrintable(cli.parser.errorText()));
    QCOMPARE(PypxeConfig::anyPypxeOptionSet(cli.parser), expected);
}

void TestPypxeConfig::flagsOverrideJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected");

    const auto args = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *a : list)
            out.append(QString::fromLatin1(a));
        return out;
    };
    QTest::newRow("value flag wins") << object(R"("DHCP_SERVER_IP": "10.0.0.1")")
                                     << args({"--dhcp-server-ip", "10.0.0.2"}) << QStringLiteral("DHCP_SERVER_IP")
                                     << QJsonValue(QStringLiteral("10.0.0.2"));
    QTest::newRow("json kept without flag") << object(R"("DHCP_SERVER_IP": "10.0.0.1")") << args({"--dhcp"})
                                            << QStringLiteral("DHCP_SERVER_IP")
                                            << QJsonValue(QStringLiteral("10.0.0.1"));
    QTest::newRow("--no-tftp over json") << object(R"("USE_TFTP": true)") << args({"--no-tftp"})
                                         << QStringLiteral("USE_TFTP") << QJsonValue(false);
    QTest::newRow("--tftp over json") << object(R"("USE_TFTP": false)") << args({"--tftp"})
                                      << QStringLiteral("USE_TFTP") << QJsonValue(true);
    QTest::newRow("--no-ipxe over json") << object(R"("USE_IPXE": true)") << args({"--no-ipxe"})
                                         << QStringLiteral("USE_IPXE") << QJsonValue(false);
    QTest::newRow("--http") << object("") << args({"--http"}) << QStringLiteral("USE_HTTP") << QJsonValue(true);
    QTest::newRow("json bool kept") << object(R"("USE_HTTP": true)") << args({"--ipxe"})
                                    << QStringLiteral("USE_HTTP") << QJsonValue(true);
    QTest::newRow("port as text") << object(R"("HTTP_PORT": 80)") << args({"--http-port", "8080"})
                                  << QStringLiteral("HTTP_PORT") << QJsonValue(8080);
    QTest::newRow("--flag=value") << object("") << args({"--dhcp-server-port=6767"})
                                  << QStringLiteral("DHCP_SERVER_PORT") << QJsonValue(6767);
    QTest::newRow("--dhcp-begin") << object("") << args({"--dhcp-begin", "192.168.2.50"})
                                  << QStringLiteral("DHCP_OFFER_BEGIN") << QJsonValue(QStringLiteral("192.168.2.50"));
    QTest::newRow("--dhcp-end") << object("") << args({"--dhcp-end", "192.168.2.60"})
                                << QStringLiteral("DHCP_OFFER_END") << QJsonValue(QStringLiteral("192.168.2.60"));
    QTest::newRow("--dhcp-subnet") << object("") << args({"--dhcp-subnet", "255.255.0.0"})
                                   << QStringLiteral("DHCP_SUBNET") << QJsonValue(QStringLiteral("255.255.0.0"));
    QTest::newRow("--dhcp-router") << object("") << args({"--dhcp-router", "192.168.2.254"})
                                   << QStringLiteral("DHCP_ROUTER") << QJsonValue(QStringLiteral("192.168.2.254"));
    QTest::newRow("--dhcp-dns") << object("") << args({"--dhcp-dns", "1.1.1.1"}) << QStringLiteral("DHCP_DNS")
                                << QJsonValue(QStringLiteral("1.1.1.1"));
    QTest::newRow("--dhcp-broadcast") << object("") << args({"--dhcp-broadcast", "192.168.2.255"})
                                      << QStringLiteral("DHCP_BROADCAST")
                                      << QJsonValue(QStringLiteral("192.168.2.255"));
    QTest::newRow("--dhcp-fileserver") << object("") << args({"--dhcp-fileserver", "192.168.2.3"})
                                       << QStringLiteral("DHCP_FILESERVER")
                                       << QJsonValue(QStringLiteral("192.168.2.3"));
    QTest::newRow("--dhcp-whitelist") << object("") << args({"--dhcp-whitelist"}) << QStringLiteral("DHCP_WHITELIST")
                                      << QJsonValue(true);
    QTest::newRow("--netboot-dir") << object(R"("NETBOOT_DIR": "a")") << args({"--netboot-dir", "/srv/tftp"})
                                   << QStringLiteral("NETBOOT_DIR") << QJsonValue(QStringLiteral("/srv/tftp"));
    QTest::newRow("--netboot-file") << object("") << args({"--netboot-file", "ipxe.efi"})
                                    << QStringLiteral("NETBOOT_FILE") << QJsonValue(QStringLiteral("ipxe.efi"));
    QTest::newRow("--static-config") << object("") << args({"--static-config", "s.json"})
                                     << QStringLiteral("STATIC_CONFIG") << QJsonValue(QStringLiteral("s.json"));
    QTest::newRow("--save-leases") << object("") << args({"--save-leases", "l.json"}) << QStringLiteral("LEASES_FILE")
                                   << QJsonValue(QStringLiteral("l.json"));
    QTest::newRow("--tftp-port") << object("") << args({"--tftp-port", "6969"}) << QStringLiteral("TFTP_PORT")
                                 << QJsonValue(6969);
    QTest::newRow("--tftp-server-ip") << object("") << args({"--tftp-server-ip", "192.168.2.2"})
                                      << QStringLiteral("TFTP_SERVER_IP") << QJsonValue(QStringLiteral("192.168.2.2"));
    QTest::newRow("--http-server-ip") << object("") << args({"--http-server-ip", "192.168.2.2"})
                                      << QStringLiteral("HTTP_SERVER_IP") << QJsonValue(QStringLiteral("192.168.2.2"));
    QTest::newRow("--syslog") << object("") << args({"--syslog", "logs.example.org"})
                              << QStringLiteral("SYSLOG_SERVER") << QJsonValue(QStringLiteral("logs.example.org"));
    QTest::newRow("--syslog-port") << object("") << args({"--syslog-port", "1514"}) << QStringLiteral("SYSLOG_PORT")
                                   << QJsonValue(1514);
    QTest::newRow("--nbd") << object("") << args({"--nbd", "disk.img"}) << QStringLiteral("NBD_BLOCK_DEVICE")
                           << QJsonValue(QStringLiteral("disk.img"));
    QTest::newRow("--nbd-write") << object("") << args({"--nbd-write"}) << QStringLiteral("NBD_WRITE")
                                 << QJsonValue(true);
    QTest::newRow("--nbd-cow") << object(R"("NBD_COW": false)") << args({"--nbd-cow"}) << QStringLiteral("NBD_COW")
                               << QJsonValue(true);
    QTest::newRow("--nbd-cow-in-mem") << object("") << args({"--nbd-cow-in-mem"}) << QStringLiteral("NBD_COW_IN_MEM")
                                      << QJsonValue(true);
    QTest::newRow("--nbd-copy-to-ram") << object("") << args({"--nbd-copy-to-ram"})
                                       << QStringLiteral("NBD_COPY_TO_RAM") << QJsonValue(true);
    QTest::newRow("--nbd-server") << object("") << args({"--nbd-server", "192.168.2.2"})
                                  << QStringLiteral("NBD_SERVER_IP") << QJsonValue(QStringLiteral("192.168.2.2"));
    QTest::newRow("--nbd-port") << object("") << args({"--nbd-port", "10810"}) << QStringLiteral("NBD_PORT")
                                << QJsonValue(10810);
    QTest::newRow("--debug") << object(R"("MODE_DEBUG": "dhcp")") << args({"--debug", "all,-dhcp"})
                             << QStringLiteral("MODE_DEBUG") << QJsonValue(QStringLiteral("all,-dhcp"));
    QTest::newRow("--verbose") << object("") << args({"--verbose", "tftp"}) << QStringLiteral("MODE_VERBOSE")
                               << QJsonValue(QStringLiteral("tftp"));
    QTest::newRow("last value wins") << object("") << args({"--tftp-port", "1069", "--tftp-port", "2069"})
                                     << QStringLiteral("TFTP_PORT") << QJsonValue(2069);
}

void TestPypxeConfig::flagsOverrideJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, arguments);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);

    Parser cli(arguments);
    QVERIFY2(cli.ok, qPrintable(cli.parser.errorText()));
    PypxeConfig config;
    const auto fromJson = config.mergeJson(json);
    QVERIFY2(fromJson.ok(), qPrintable(fromJson.error()));
    const auto fromFlags = config.mergeCommandLine(cli.parser);
    QVERIFY2(fromFlags.ok(), qPrintable(fromFlags.error()));
    QCOMPARE(jsonText(config.value(key)), jsonText(expected));
}

void TestPypxeConfig::fromCommandLineReadsConfigThenFlags()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pypxe.json"));
    writeFile(path, object(R"("USE_DHCP": true, "DHCP_SERVER_IP": "192.168.2.2", "NETBOOT_FILE": "a.0")"));

    Parser cli({QStringLiteral("--config"), path, QStringLiteral("--netboot-file"), QStringLiteral("b.0")});
    QVERIFY2(cli.ok, qPrintable(cli.parser.errorText()));
    const auto config = PypxeConfig::fromCommandLine(cli.parser);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->value(QStringLiteral("USE_DHCP")), QJsonValue(true));
    QCOMPARE(config->value(QStringLiteral("NETBOOT_FILE")), QJsonValue(QStringLiteral("b.0")));

    // The app's sequence (mergeJsonFile, then mergeCommandLine) gives the same.
    PypxeConfig stepwise;
    QVERIFY(stepwise.mergeJsonFile(path).ok());
    QVERIFY(stepwise.mergeCommandLine(cli.parser).ok());
    QVERIFY(stepwise == config.value());

    // A broken --config file fails, naming the file.
    writeFile(path, "{\"USE_DHCP\": tru}");
    const auto broken = PypxeConfig::fromCommandLine(cli.parser);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().contains(QDir::toNativeSeparators(path)), qPrintable(broken.error()));
}

void TestPypxeConfig::badFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    QTest::newRow("bad address") << QStringList{QStringLiteral("--dhcp-begin"), QStringLiteral("192.168.2.300")}
                                 << QStringLiteral("--dhcp-begin: \"192.168.2.300\" is not an IPv4 address");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--http-port"), QStringLiteral("http")}
                              << QStringLiteral("--http-port: \"http\" is not a port number");
    QTest::newRow("port range") << QStringList{QStringLiteral("--tftp-port=70000")}
                                << QStringLiteral("--tftp-port: 70000 is not a port number");
    QTest::newRow("bad mask") << QStringList{QStringLiteral("--dhcp-subnet"), QStringLiteral("255.0.255.0")}
                              << QStringLiteral("--dhcp-subnet: \"255.0.255.0\" is not a subnet mask");
    QTest::newRow("bad service") << QStringList{QStringLiteral("--debug"), QStringLiteral("dhcp,ftp")}
                                 << QStringLiteral("--debug: \"ftp\" is not one of dhcp, tftp, http, nbd, all");
    QTest::newRow("--dhcp and --dhcp-proxy")
        << QStringList{QStringLiteral("--dhcp"), QStringLiteral("--dhcp-proxy")}
        << QStringLiteral("--dhcp and --dhcp-proxy cannot be used together");
    QTest::newRow("--tftp and --no-tftp") << QStringList{QStringLiteral("--tftp"), QStringLiteral("--no-tftp")}
                                          << QStringLiteral("--tftp and --no-tftp cannot be used together");
}

void TestPypxeConfig::badFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);

    Parser cli(arguments);
    QVERIFY2(cli.ok, qPrintable(cli.parser.errorText()));
    PypxeConfig config;
    const PypxeConfig before = config;
    const auto merged = config.mergeCommandLine(cli.parser);
    QVERIFY(!merged.ok());
    QVERIFY2(merged.error().contains(error), qPrintable(merged.error()));
    QVERIFY(config == before);
}

void TestPypxeConfig::dhcpProxyImpliesDhcp()
{
    Parser cli({QStringLiteral("--dhcp-proxy")});
    QVERIFY(cli.ok);
    PypxeConfig config;
    QVERIFY(config.mergeCommandLine(cli.parser).ok());
    QCOMPARE(config.value(QStringLiteral("DHCP_MODE_PROXY")), QJsonValue(true));
    QCOMPARE(config.value(QStringLiteral("USE_DHCP")), QJsonValue(true));
    QCOMPARE(config.dhcpMode(), DhcpMode::Proxy);

    // The JSON key alone implies DHCP too (PyPXE: "if args.DHCP_MODE_PROXY: args.USE_DHCP = True").
    PypxeConfig fromJson;
    QVERIFY(fromJson.mergeJson(object(R"("DHCP_MODE_PROXY": true, "USE_DHCP": false)")).ok());
    QCOMPARE(fromJson.dhcpMode(), DhcpMode::Proxy);
    const auto profile = fromJson.toProfile(m_base.path());
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    QCOMPARE(profile->dhcp.mode, DhcpMode::Proxy);
}

// ---- JSON errors ----------------------------------------------------------------------------------

void TestPypxeConfig::unknownKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("suggestion");

    QTest::newRow("typo") << object(R"("DHCP_OFER_END": "192.168.2.150")")
                          << QStringLiteral("unknown key \"DHCP_OFER_END\"")
                          << QStringLiteral("did you mean DHCP_OFFER_END?");
    QTest::newRow("lower case") << object(R"("netboot_dir": "netboot")")
                                << QStringLiteral("unknown key \"netboot_dir\"")
                                << QStringLiteral("did you mean NETBOOT_DIR?");
    QTest::newRow("flag name") << object(R"("TFTP_SERVER": "0.0.0.0")") << QStringLiteral("unknown key \"TFTP_SERVER\"")
                               << QStringLiteral("did you mean TFTP_SERVER_IP?");
    QTest::newRow("nothing close") << object(R"("FAVOURITE_COLOUR": "blue")")
                                   << QStringLiteral("unknown key \"FAVOURITE_COLOUR\"") << QString();
    QTest::newRow("argparse-only key") << object(R"("JSON_CONFIG": "x.json")")
                                       << QStringLiteral("unknown key \"JSON_CONFIG\"") << QString();
}

void TestPypxeConfig::unknownKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(QString, suggestion);

    PypxeConfig config;
    const auto merged = config.mergeJson(json);
    QVERIFY(!merged.ok());
    QVERIFY2(merged.error().contains(error), qPrintable(merged.error()));
    if (suggestion.isEmpty())
        QVERIFY2(!merged.error().contains(u"did you mean"), qPrintable(merged.error()));
    else
        QVERIFY2(merged.error().contains(suggestion), qPrintable(merged.error()));
    QVERIFY(config == PypxeConfig());
}

void TestPypxeConfig::badValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const auto row = [](const char *name, const QByteArray &json, const char *error) {
        QTest::newRow(name) << json << QString::fromUtf8(error);
    };
    row("address", object(R"("DHCP_OFFER_BEGIN": "192.168.2.300")"),
        R"(DHCP_OFFER_BEGIN: "192.168.2.300" is not an IPv4 address)");
    row("short address", object(R"("DHCP_SERVER_IP": "10.1")"), R"(DHCP_SERVER_IP: "10.1" is not an IPv4 address)");
    row("address as number", object(R"("DHCP_ROUTER": 1)"), "DHCP_ROUTER: expected an IPv4 address as text");
    row("mask", object(R"("DHCP_SUBNET": "255.0.255.0")"), R"(DHCP_SUBNET: "255.0.255.0" is not a subnet mask)");
    row("empty mask", object(R"("DHCP_SUBNET": "")"), R"(DHCP_SUBNET: "" is not a subnet mask)");
    row("dns", object(R"("DHCP_DNS": "8.8.8.8,8.8.4")"), R"(DHCP_DNS: "8.8.4" is not an IPv4 address)");
    row("dns list item", object(R"("DHCP_DNS": ["8.8.8.8", 4])"), "DHCP_DNS: expected IPv4 addresses");
    row("port range", object(R"("DHCP_SERVER_PORT": 70000)"), "DHCP_SERVER_PORT: 70000 is not a port number");
    row("port zero", object(R"("SYSLOG_PORT": 0)"), "SYSLOG_PORT: 0 is not a port number");
    row("port fraction", object(R"("HTTP_PORT": 80.5)"), "HTTP_PORT: 80.5 is not a port number");
    row("port text", object(R"("TFTP_PORT": "sixty-nine")"), R"(TFTP_PORT: "sixty-nine" is not a port number)");
    row("port bool", object(R"("NBD_PORT": true)"), "NBD_PORT: expected a port number");
    row("bool text", object(R"("USE_DHCP": "yes")"), "USE_DHCP: expected true or false");
    row("bool text false", object(R"("USE_TFTP": "false")"), "USE_TFTP: expected true or false");
    row("bool number", object(R"("USE_IPXE": 2)"), "USE_IPXE: expected true or false");
    row("text number", object(R"("NETBOOT_DIR": 5)"), "NETBOOT_DIR: expected text");
    row("text list", object(R"("NETBOOT_FILE": ["a"])"), "NETBOOT_FILE: expected text");
    row("service", object(R"("MODE_DEBUG": "dchp")"), R"(MODE_DEBUG: "dchp" is not one of dhcp, tftp, http, nbd, all)");
    row("service bool", object(R"("MODE_VERBOSE": true)"), "MODE_VERBOSE: expected a comma-separated list");
    row("syslog host", object(R"("SYSLOG_SERVER": 514)"), "SYSLOG_SERVER: expected a host name or address");
    row("not json", "{\"USE_DHCP\": true,}", "not valid JSON at offset");
    row("not an object", "[\"USE_DHCP\"]", "expected a JSON object");
}

void TestPypxeConfig::badValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    PypxeConfig config;
    const auto merged = config.mergeJson(json);
    QVERIFY(!merged.ok());
    QVERIFY2(merged.error().contains(error), qPrintable(merged.error()));
    QVERIFY(config == PypxeConfig());
}

void TestPypxeConfig::tolerantValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected");

    // Where PyPXE (Python) accepted a value, so do we, stored in PyPXE's usual form.
    QTest::newRow("port as text") << object(R"("DHCP_SERVER_PORT": "67")") << QStringLiteral("DHCP_SERVER_PORT")
                                  << QJsonValue(67);
    QTest::newRow("port as text with blanks") << object(R"("HTTP_PORT": " 8080 ")") << QStringLiteral("HTTP_PORT")
                                              << QJsonValue(8080);
    QTest::newRow("port as 67.0") << object(R"("TFTP_PORT": 69.0)") << QStringLiteral("TFTP_PORT") << QJsonValue(69);
    QTest::newRow("bool as 1") << object(R"("USE_DHCP": 1)") << QStringLiteral("USE_DHCP") << QJsonValue(true);
    QTest::newRow("bool as 0") << object(R"("USE_TFTP": 0)") << QStringLiteral("USE_TFTP") << QJsonValue(false);
    QTest::newRow("dns list") << object(R"("DHCP_DNS": ["1.1.1.1", "9.9.9.9"])") << QStringLiteral("DHCP_DNS")
                              << QJsonValue(QStringLiteral("1.1.1.1,9.9.9.9"));
    QTest::newRow("syslog null") << object(R"("SYSLOG_SERVER": null)") << QStringLiteral("SYSLOG_SERVER")
                                 << QJsonValue(QJsonValue::Null);
    QTest::newRow("syslog empty") << object(R"("SYSLOG_SERVER": "")") << QStringLiteral("SYSLOG_SERVER")
                                  << QJsonValue(QJsonValue::Null);
    QTest::newRow("text null") << object(R"("NETBOOT_FILE": null)") << QStringLiteral("NETBOOT_FILE")
                               << QJsonValue(QString());
    QTest::newRow("debug with minus") << object(R"("MODE_DEBUG": "all,-dhcp")") << QStringLiteral("MODE_DEBUG")
                                      << QJsonValue(QStringLiteral("all,-dhcp"));
}

void TestPypxeConfig::tolerantValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);

    PypxeConfig config;
    const auto merged = config.mergeJson(json);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    QCOMPARE(jsonText(config.value(key)), jsonText(expected));
}

void TestPypxeConfig::allProblemsReported()
{
    PypxeConfig config;
    const auto merged = config.mergeJson(object(R"("DHCP_OFER_END": "1.2.3.4", "HTTP_PORT": -1, "USE_DHCP": true)"));
    QVERIFY(!merged.ok());
    const QStringList lines = merged.error().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(merged.error().contains(u"DHCP_OFER_END"), qPrintable(merged.error()));
    QVERIFY2(merged.error().contains(u"HTTP_PORT: -1 is not a port number"), qPrintable(merged.error()));
}

void TestPypxeConfig::nothingHalfApplied()
{
    PypxeConfig config;
    QVERIFY(config.mergeJson(object(R"("USE_HTTP": true, "HTTP_PORT": 8080)")).ok());
    const PypxeConfig before = config;

    // A good key next to a bad one: neither is applied.
    const auto json = config.mergeJson(object(R"("DHCP_SERVER_IP": "10.0.0.1", "DHCP_OFFER_BEGIN": "10.0.0.300")"));
    QVERIFY(!json.ok());
    QVERIFY(config == before);
    QCOMPARE(config.value(QStringLiteral("DHCP_SERVER_IP")), QJsonValue(QStringLiteral("192.168.2.2")));

    // The same for flags.
    Parser cli({QStringLiteral("--dhcp"), QStringLiteral("--dhcp-server-ip"), QStringLiteral("10.0.0.1"),
                QStringLiteral("--dhcp-end"), QStringLiteral("10.0.0")});
    QVERIFY(cli.ok);
    const auto flags = config.mergeCommandLine(cli.parser);
    QVERIFY(!flags.ok());
    QVERIFY2(flags.error().contains(u"--dhcp-end: \"10.0.0\" is not an IPv4 address"), qPrintable(flags.error()));
    QVERIFY(config == before);

    // And for setValue().
    QVERIFY(!config.setValue(QStringLiteral("HTTP_PORT"), QStringLiteral("eighty")).ok());
    QVERIFY(config == before);
}

void TestPypxeConfig::fileErrorsNameTheFile()
{
    const QString path = dataFile(QStringLiteral("pypxe-typo.json"));
    PypxeConfig config;
    const auto merged = config.mergeJsonFile(path);
    QVERIFY(!merged.ok());
    const QString native = QDir::toNativeSeparators(path);
    QVERIFY2(merged.error().contains(native + u": DHCP_OFFER_BEGIN: \"192.168.2.300\" is not an IPv4 address"),
             qPrintable(merged.error()));
    QVERIFY2(merged.error().contains(native + u": unknown key \"DHCP_OFER_END\"; did you mean DHCP_OFFER_END?"),
             qPrintable(merged.error()));
    QVERIFY(config == PypxeConfig());

    const auto missing = config.mergeJsonFile(dataFile(QStringLiteral("no-such-file.json")));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(u"no-such-file.json"), qPrintable(missing.error()));
}

void TestPypxeConfig::setValue()
{
    PypxeConfig config;
    QVERIFY(config.setValue(QStringLiteral("HTTP_PORT"), QStringLiteral("8080")).ok());
    QCOMPARE(config.value(QStringLiteral("HTTP_PORT")), QJsonValue(8080));
    const auto unknown = config.setValue(QStringLiteral("HTTP_PROT"), 80);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(u"did you mean HTTP_PORT?"), qPrintable(unknown.error()));
    QVERIFY(config.value(QStringLiteral("NO_SUCH_KEY")).isUndefined());
}

// ---- boot files -----------------------------------------------------------------------------------

void TestPypxeConfig::bootMapping_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("files"); // arch=file,... sorted by arch
    QTest::addColumn<bool>("chainloadIpxe");
    QTest::addColumn<QString>("ipxeScript");

    const QString every = QStringLiteral("bios=%1,uefi-arm64=%1,uefi-ia32=%1,uefi-x64=%1");

    // USE_IPXE off: NETBOOT_FILE goes to the family its name implies; the folder chooses the rest.
    QTest::newRow("plain, no file") << object("") << QString() << false << QString();
    QTest::newRow("pxelinux.0") << object(R"("NETBOOT_FILE": "pxelinux.0")") << QStringLiteral("bios=pxelinux.0")
                                << false << QString();
    QTest::newRow("undionly.kpxe") << object(R"("NETBOOT_FILE": "undionly.kpxe")")
                                   << QStringLiteral("bios=undionly.kpxe") << false << QString();
    QTest::newRow("undionly.kkpxe") << object(R"("NETBOOT_FILE": "undionly.kkpxe")")
                                    << QStringLiteral("bios=undionly.kkpxe") << false << QString();
    QTest::newRow("ipxe.pxe") << object(R"("NETBOOT_FILE": "ipxe.pxe")") << QStringLiteral("bios=ipxe.pxe") << false
                              << QString();
    QTest::newRow("pxeboot.com") << object(R"("NETBOOT_FILE": "boot/pxeboot.com")")
                                 << QStringLiteral("bios=boot/pxeboot.com") << false << QString();
    QTest::newRow("ipxe.efi") << object(R"("NETBOOT_FILE": "ipxe.efi")") << QStringLiteral("uefi-x64=ipxe.efi")
                              << false << QString();
    QTest::newRow("BOOTX64.EFI") << object(R"("NETBOOT_FILE": "EFI/BOOT/BOOTX64.EFI")")
                                 << QStringLiteral("uefi-x64=EFI/BOOT/BOOTX64.EFI") << false << QString();
    QTest::newRow("bootia32.efi") << object(R"("NETBOOT_FILE": "bootia32.efi")")
                                  << QStringLiteral("uefi-ia32=bootia32.efi") << false << QString();
    QTest::newRow("ipxe-i386.efi") << object(R"("NETBOOT_FILE": "ipxe-i386.efi")")
                                   << QStringLiteral("uefi-ia32=ipxe-i386.efi") << false << QString();
    QTest::newRow("grubaa64.efi") << object(R"("NETBOOT_FILE": "grubaa64.efi")")
                                  << QStringLiteral("uefi-arm64=grubaa64.efi") << false << QString();
    QTest::newRow("arm64/snponly.efi") << object(R"("NETBOOT_FILE": "arm64/snponly.efi")")
                                       << QStringLiteral("uefi-arm64=arm64/snponly.efi") << false << QString();
    QTest::newRow("script without iPXE") << object(R"("NETBOOT_FILE": "boot.ipxe")") << every.arg(u"boot.ipxe")
                                         << false << QString();
    QTest::newRow("no extension") << object(R"("NETBOOT_FILE": "memdisk")") << every.arg(u"memdisk") << false
                                  << QString();
    QTest::newRow("HTTP without iPXE") << object(R"("NETBOOT_FILE": "pxelinux.0", "USE_HTTP": true)")
                                       << QStringLiteral("bios=pxelinux.0") << false << QString();

    // USE_IPXE on: PXE clients get the folder's iPXE loader per architecture, iPXE gets the script.
    QTest::newRow("iPXE, TFTP") << object(R"("USE_IPXE": true)") << QString() << true << QStringLiteral("boot.ipxe");
    QTest::newRow("iPXE, HTTP") << object(R"("USE_IPXE": true, "USE_HTTP": true)") << QString() << true
                                << QStringLiteral("http://192.168.2.2/boot.http.ipxe");
    QTest::newRow("iPXE, HTTP port") << object(R"("USE_IPXE": true, "USE_HTTP": true, "HTTP_PORT": 8080)")
                                     << QString() << true << QStringLiteral("http://192.168.2.2:8080/boot.http.ipxe");
    QTest::newRow("iPXE, HTTP, file server")
        << object(R"("USE_IPXE": true, "USE_HTTP": true, "DHCP_FILESERVER": "192.168.2.10")") << QString() << true
        << QStringLiteral("http://192.168.2.10/boot.http.ipxe");
    QTest::newRow("iPXE, HTTP, no file server")
        << object(R"("USE_IPXE": true, "USE_HTTP": true, "DHCP_FILESERVER": "", "DHCP_SERVER_IP": "192.168.2.3")")
        << QString() << true << QStringLiteral("http://192.168.2.3/boot.http.ipxe");
    QTest::newRow("iPXE, TFTP, file") << object(R"("USE_IPXE": true, "NETBOOT_FILE": "menu.ipxe")") << QString()
                                      << true << QStringLiteral("menu.ipxe");
    QTest::newRow("iPXE, HTTP, bare file")
        << object(R"("USE_IPXE": true, "USE_HTTP": true, "NETBOOT_FILE": "menu.ipxe")") << QString() << true
        << QStringLiteral("http://192.168.2.2/menu.ipxe");
    QTest::newRow("iPXE, HTTP, path")
        << object(R"("USE_IPXE": true, "USE_HTTP": true, "HTTP_PORT": 8000, "NETBOOT_FILE": "/menus/lab.ipxe")")
        << QString() << true << QStringLiteral("http://192.168.2.2:8000/menus/lab.ipxe");
    QTest::newRow("iPXE, HTTP, URL")
        << object(R"("USE_IPXE": true, "USE_HTTP": true, "NETBOOT_FILE": "https://boot.netboot.xyz/menu.ipxe")")
        << QString() << true << QStringLiteral("https://boot.netboot.xyz/menu.ipxe");
    QTest::newRow("iPXE, TFTP, URL")
        << object(R"("USE_IPXE": true, "NETBOOT_FILE": "http://10.0.0.5/boot.ipxe")") << QString() << true
        << QStringLiteral("http://10.0.0.5/boot.ipxe");
}

void TestPypxeConfig::bootMapping()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, files);
    QFETCH(bool, chainloadIpxe);
    QFETCH(QString, ipxeScript);

    PypxeConfig config;
    const auto merged = config.mergeJson(json);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    const auto profile = config.toProfile(m_base.path());
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    QCOMPARE(filesText(profile->boot.files), files);
    QCOMPARE(profile->boot.chainloadIpxe, chainloadIpxe);
    QCOMPARE(profile->boot.ipxeScript, ipxeScript);
}

// ---- static config --------------------------------------------------------------------------------

void TestPypxeConfig::staticConfig()
{
    const auto bindings = PypxeConfig::loadStaticConfig(dataFile(QStringLiteral("static-leases.json")));
    QVERIFY2(bindings.ok(), qPrintable(bindings.error()));
    QCOMPARE(bindings->size(), 2);

    // Sorted by MAC, as JSON objects are.
    const Binding &vm = bindings->at(0);
    QCOMPARE(vm.mac.toString(), QStringLiteral("52:54:00:12:34:56"));
    QCOMPARE(vm.address, QHostAddress(QStringLiteral("10.10.0.24")));
    QCOMPARE(vm.hostname, QStringLiteral("lab-vm-1"));
    QVERIFY(vm.bootFile.isEmpty());
    QVERIFY(vm.subnetMask.isNull());
    QVERIFY(vm.router.isNull());
    QVERIFY(vm.dns.isEmpty());

    const Binding &pc = bindings->at(1);
    QCOMPARE(pc.mac.toString(), QStringLiteral("5c:9a:d8:5e:f2:e5"));
    QCOMPARE(pc.address, QHostAddress(QStringLiteral("10.10.0.23")));
    QCOMPARE(pc.subnetMask, QHostAddress(QStringLiteral("255.255.255.0")));
    QCOMPARE(pc.router, QHostAddress(QStringLiteral("10.10.0.1")));
    QCOMPARE(pc.dns, (QList<QHostAddress>{QHostAddress(QStringLiteral("10.10.0.1")),
                                         QHostAddress(QStringLiteral("8.8.8.8"))}));
    QCOMPARE(pc.bootFile, QStringLiteral("pxelinux.0"));

    // Tolerated: MAC spellings PyPXE would never have matched, empty fields (PyPXE's fallback), no bindings.
    const auto tolerant = PypxeConfig::parseStaticConfig(
        R"({"dhcp": {"binding": {"aa-bb-cc-dd-ee-ff": {"ipaddr": "", "router": "", "dns": "1.1.1.1"}}}})");
    QVERIFY2(tolerant.ok(), qPrintable(tolerant.error()));
    QCOMPARE(tolerant->size(), 1);
    QCOMPARE(tolerant->at(0).mac.toString(), QStringLiteral("aa:bb:cc:dd:ee:ff"));
    QVERIFY(tolerant->at(0).address.isNull());
    QVERIFY(tolerant->at(0).router.isNull());
    QCOMPARE(tolerant->at(0).dns, QList<QHostAddress>{QHostAddress(QStringLiteral("1.1.1.1"))});
    for (const QByteArray &empty : {QByteArray("{}"), QByteArray(R"({"dhcp": {}})"),
                                    QByteArray(R"({"dhcp": {"binding": {}}})")}) {
        const auto none = PypxeConfig::parseStaticConfig(empty);
        QVERIFY2(none.ok(), qPrintable(none.error()));
        QVERIFY(none->isEmpty());
    }
}

void TestPypxeConfig::staticConfigErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const auto binding = [](const QByteArray &mac, const QByteArray &fields) -> QByteArray {
        return R"({"dhcp": {"binding": {")" + mac + R"(": {)" + fields + "}}}}";
    };
    QTest::newRow("bad MAC") << binding("5C:9A:D8:5E:F2", R"("ipaddr": "10.0.0.5")")
                             << QStringLiteral("\"5C:9A:D8:5E:F2\" is not a MAC address");
    QTest::newRow("bad ipaddr") << binding("5C:9A:D8:5E:F2:E5", R"("ipaddr": "10.0.0.300")")
                                << QStringLiteral("5C:9A:D8:5E:F2:E5: ipaddr: \"10.0.0.300\" is not an IPv4 address");
    QTest::newRow("bad subnet") << binding("5C:9A:D8:5E:F2:E5", R"("subnet": "255.255.0.255")")
                                << QStringLiteral("5C:9A:D8:5E:F2:E5: subnet: \"255.255.0.255\" is not a subnet mask");
    QTest::newRow("bad router") << binding("5C:9A:D8:5E:F2:E5", R"("router": 1)")
                                << QStringLiteral("5C:9A:D8:5E:F2:E5: router: expected an IPv4 address as text");
    QTest::newRow("bad dns") << binding("5C:9A:D8:5E:F2:E5", R"("dns": ["8.8.8.8", "8.8.4"])")
                             << QStringLiteral("5C:9A:D8:5E:F2:E5: dns: \"8.8.4\" is not an IPv4 address");
    QTest::newRow("bad rom") << binding("5C:9A:D8:5E:F2:E5", R"("rom": false)")
                             << QStringLiteral("5C:9A:D8:5E:F2:E5: rom: expected text");
    QTest::newRow("unknown field") << binding("5C:9A:D8:5E:F2:E5", R"("ipadr": "10.0.0.5")")
                                   << QStringLiteral(
                                          "5C:9A:D8:5E:F2:E5: unknown key \"ipadr\"; did you mean ipaddr?");
    QTest::newRow("entry not an object") << QByteArray(R"({"dhcp": {"binding": {"5C:9A:D8:5E:F2:E5": "10.0.0.5"}}})")
                                         << QStringLiteral("5C:9A:D8:5E:F2:E5: expected an object");
    QTest::newRow("MAC twice") << QByteArray(R"({"dhcp": {"binding": {"5C:9A:D8:5E:F2:E5": {},
                                                                       "5c:9a:d8:5e:f2:e5": {}}}})")
                               << QStringLiteral("this MAC address is listed twice");
    QTest::newRow("unknown top key") << QByteArray(R"({"dchp": {}})")
                                     << QStringLiteral("unknown key \"dchp\"; did you mean dhcp?");
    QTest::newRow("unknown dhcp key") << QByteArray(R"({"dhcp": {"bindings": {}}})")
                                      << QStringLiteral("dhcp: unknown key \"bindings\"; did you mean binding?");
    QTest::newRow("binding a list") << QByteArray(R"({"dhcp": {"binding": []}})")
                                    << QStringLiteral("dhcp.binding: expected an object");
    QTest::newRow("not JSON") << QByteArray("{\"dhcp\": ") << QStringLiteral("not valid JSON");
}

void TestPypxeConfig::staticConfigErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto bindings = PypxeConfig::parseStaticConfig(json);
    QVERIFY(!bindings.ok());
    QVERIFY2(bindings.error().contains(error), qPrintable(bindings.error()));
}

void TestPypxeConfig::staticConfigInProfile()
{
    // STATIC_CONFIG is relative to the base directory (PyPXE: its working directory).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("netboot")));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("static-leases.json")), dir.filePath(QStringLiteral("static.json"))));

    PypxeConfig config;
    QVERIFY(config.mergeJson(object(R"("USE_DHCP": true, "DHCP_WHITELIST": true, "STATIC_CONFIG": "static.json",
        "DHCP_SERVER_IP": "10.10.0.1", "DHCP_OFFER_BEGIN": "10.10.0.100", "DHCP_OFFER_END": "10.10.0.199",
        "DHCP_ROUTER": "10.10.0.1")"))
                .ok());
    const auto profile = config.toProfile(dir.path());
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    QCOMPARE(profile->dhcp.bindings.size(), 2);
    QCOMPARE(profile->dhcp.bindings.at(1).bootFile, QStringLiteral("pxelinux.0"));
    QVERIFY(profile->dhcp.allowListOnly);
    QVERIFY(config.warnings(dir.path()).isEmpty());
}

void TestPypxeConfig::staticConfigFileErrors()
{
    // Errors name STATIC_CONFIG, the file and the MAC/key.
    PypxeConfig config;
    QVERIFY(config.setValue(QStringLiteral("STATIC_CONFIG"), QStringLiteral("static-bad.json")).ok());
    const auto bad = config.toProfile(dataDir);
    QVERIFY(!bad.ok());
    const QString file = QDir::toNativeSeparators(dataFile(QStringLiteral("static-bad.json")));
    QVERIFY2(bad.error().startsWith(u"STATIC_CONFIG: " + file + u": 5C:9A:D8:5E:F2:E5: ipaddr: "),
             qPrintable(bad.error()));

    QVERIFY(config.setValue(QStringLiteral("STATIC_CONFIG"), QStringLiteral("missing-static.json")).ok());
    const auto missing = config.toProfile(dataDir);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().startsWith(u"STATIC_CONFIG: cannot read "), qPrintable(missing.error()));
    QVERIFY2(missing.error().contains(u"missing-static.json"), qPrintable(missing.error()));

    // Profile::validate() on a binding names its MAC and PyPXE field.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("s.json")),
              R"({"dhcp": {"binding": {"5C:9A:D8:5E:F2:E5": {"ipaddr": "10.9.9.9"}}}})");
    PypxeConfig withBinding;
    QVERIFY(withBinding.mergeJson(object(R"("USE_DHCP": true, "STATIC_CONFIG": "s.json")")).ok());
    const auto outside = withBinding.toProfile(dir.path());
    QVERIFY(!outside.ok());
    QVERIFY2(outside.error().contains(
                 u"STATIC_CONFIG: 5C:9A:D8:5E:F2:E5: ipaddr: 10.9.9.9 is not in the server's subnet"),
             qPrintable(outside.error()));

    const auto direct = PypxeConfig::loadStaticConfig(dataFile(QStringLiteral("static-bad.json")));
    QVERIFY(!direct.ok());
    QVERIFY2(direct.error().startsWith(file + u": 5C:9A:D8:5E:F2:E5: ipaddr: \"10.10.0.300\""),
             qPrintable(direct.error()));
}

// ---- Profile::validate() in PyPXE's words -----------------------------------------------------------

void TestPypxeConfig::validateProblemsUsePypxeKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("pool outside subnet") << object(R"("USE_DHCP": true, "DHCP_OFFER_BEGIN": "10.0.0.5")")
                                         << QStringLiteral("DHCP_OFFER_BEGIN: 10.0.0.5 is not in the server's subnet");
    QTest::newRow("pool reversed")
        << object(R"("USE_DHCP": true, "DHCP_OFFER_BEGIN": "192.168.2.150", "DHCP_OFFER_END": "192.168.2.100")")
        << QStringLiteral("DHCP_OFFER_END: 192.168.2.100 comes before");
    QTest::newRow("no server address") << object(R"("USE_DHCP": true, "DHCP_SERVER_IP": "")")
                                       << QStringLiteral("DHCP_SERVER_IP: DHCP needs the server's own IPv4 address");
    QTest::newRow("no pool") << object(R"("USE_DHCP": true, "DHCP_OFFER_END": "")")
                             << QStringLiteral("DHCP_OFFER_END: full DHCP mode needs an address pool");
    QTest::newRow("router outside subnet") << object(R"("USE_DHCP": true, "DHCP_ROUTER": "10.0.0.1")")
                                           << QStringLiteral("DHCP_ROUTER: 10.0.0.1 is not in the server's subnet");
}

void TestPypxeConfig::validateProblemsUsePypxeKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    PypxeConfig config;
    const auto merged = config.mergeJson(json);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    const auto profile = config.toProfile(m_base.path());
    QVERIFY(!profile.ok());
    QVERIFY2(profile.error().contains(error), qPrintable(profile.error()));
}

// ---- warnings -------------------------------------------------------------------------------------

void TestPypxeConfig::warnings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // each is the start of one warning, in order

    QTest::newRow("defaults") << object("") << QStringList{};
    QTest::newRow("NBD defaults spelled out")
        << object(R"("NBD_COW": true, "NBD_PORT": 10809, "SYSLOG_SERVER": null, "SYSLOG_PORT": "514")")
        << QStringList{};
    QTest::newRow("syslog") << object(R"("SYSLOG_SERVER": "10.0.0.9")")
                            << QStringList{QStringLiteral("SYSLOG_SERVER: ")};
    QTest::newRow("syslog port") << object(R"("SYSLOG_SERVER": "10.0.0.9", "SYSLOG_PORT": 1514)")
                                 << QStringList{QStringLiteral("SYSLOG_SERVER: "), QStringLiteral("SYSLOG_PORT: ")};
    QTest::newRow("nbd (served now)") << object(R"("NBD_BLOCK_DEVICE": "disk.img")") << QStringList{};
    QTest::newRow("nbd settings (served now)")
        << object(R"("NBD_BLOCK_DEVICE": "disk.img", "NBD_WRITE": true, "NBD_COW": false, "NBD_COW_IN_MEM": true,
                     "NBD_COPY_TO_RAM": true, "NBD_SERVER_IP": "10.0.0.1", "NBD_PORT": 10810)")
        << QStringList{};
    QTest::newRow("whitelist without static config")
        << object(R"("USE_DHCP": true, "DHCP_WHITELIST": true)") << QStringList{QStringLiteral("DHCP_WHITELIST: ")};
    QTest::newRow("whitelist, DHCP off") << object(R"("DHCP_WHITELIST": true)") << QStringList{};
    QTest::newRow("missing netboot dir") << object(R"("NETBOOT_DIR": "no-such-folder")")
                                         << QStringList{QStringLiteral("NETBOOT_DIR: the folder ")};
}

void TestPypxeConfig::warnings()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);

    PypxeConfig config;
    const auto merged = config.mergeJson(json);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    const QStringList warnings = config.warnings(m_base.path());
    QCOMPARE(warnings.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(warnings.at(i).startsWith(expected.at(i)), qPrintable(warnings.at(i)));
    // Accepted settings without effect never stop the profile.
    const auto profile = config.toProfile(m_base.path());
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
}

void TestPypxeConfig::netbootDirFallback()
{
    // PyPXE's default "netboot" where there is none: Bootcast's bundled folder, with a warning.
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const PypxeConfig config;
    const auto profile = config.toProfile(empty.path());
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    QVERIFY(profile->boot.netbootDir.isEmpty());
    QCOMPARE(profile->resolvedNetbootDir(), bundledNetbootDir());
    const QStringList warnings = config.warnings(empty.path());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(u"bundled netboot folder"), qPrintable(warnings.constFirst()));

    // A folder named on purpose is kept even when missing (the TFTP server will say so).
    PypxeConfig named;
    QVERIFY(named.setValue(QStringLiteral("NETBOOT_DIR"), QStringLiteral("tftpboot")).ok());
    const auto kept = named.toProfile(empty.path());
    QVERIFY(kept.ok());
    QCOMPARE(kept->boot.netbootDir, QStringLiteral("tftpboot"));
}

// ---- round trips ----------------------------------------------------------------------------------

void TestPypxeConfig::toJsonRoundTrip()
{
    PypxeConfig config;
    const auto merged = config.mergeJson(object(R"(
        "NETBOOT_DIR": "/srv/tftp", "NETBOOT_FILE": "menu.ipxe", "DHCP_SERVER_IP": "10.0.0.1",
        "DHCP_SERVER_PORT": "6767", "DHCP_OFFER_BEGIN": "10.0.0.10", "DHCP_OFFER_END": "10.0.0.20",
        "DHCP_SUBNET": "255.255.0.0", "DHCP_ROUTER": "", "DHCP_DNS": "1.1.1.1,9.9.9.9",
        "DHCP_BROADCAST": "10.0.0.255", "DHCP_FILESERVER": "10.0.0.2", "DHCP_WHITELIST": true,
        "DHCP_MODE_PROXY": true, "USE_DHCP": true, "USE_TFTP": false, "USE_HTTP": true, "USE_IPXE": true,
        "HTTP_PORT": 8080, "HTTP_SERVER_IP": "10.0.0.1", "TFTP_PORT": 6969, "TFTP_SERVER_IP": "10.0.0.1",
        "LEASES_FILE": "leases.json", "STATIC_CONFIG": "static.json", "SYSLOG_SERVER": "logs.example.org",
        "SYSLOG_PORT": 1514, "NBD_BLOCK_DEVICE": "disk.img", "NBD_WRITE": true, "NBD_COW": false,
        "NBD_COW_IN_MEM": true, "NBD_COPY_TO_RAM": true, "NBD_SERVER_IP": "10.0.0.1", "NBD_PORT": 10810,
        "MODE_DEBUG": "all,-dhcp", "MODE_VERBOSE": "tftp")"));
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    for (const QString &key : PypxeConfig::keys())
        QVERIFY2(config.value(key) != PypxeConfig::defaults().value(key), qPrintable(key));

    const QByteArray text = QJsonDocument(config.toJson()).toJson();
    PypxeConfig again;
    const auto reread = again.mergeJson(text);
    QVERIFY2(reread.ok(), qPrintable(reread.error()));
    QVERIFY(again == config);
    QCOMPARE(again.toJson(), config.toJson());
    QCOMPARE(config.toJson().value(QStringLiteral("DHCP_SERVER_PORT")), QJsonValue(6767)); // a number again

    // PyPXE's defaults survive the trip too, including SYSLOG_SERVER's null.
    PypxeConfig defaults;
    QVERIFY(defaults.mergeJson(QJsonDocument(PypxeConfig().toJson()).toJson()).ok());
    QVERIFY(defaults == PypxeConfig());
    QVERIFY(PypxeConfig().toJson().value(QStringLiteral("SYSLOG_SERVER")).isNull());
}

void TestPypxeConfig::dumpConfig()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pypxe.json"));
    writeFile(path, object(R"("USE_HTTP": true)"));

    {
        Parser cli({QStringLiteral("--dump-config"), QStringLiteral("--dhcp")});
        QVERIFY(cli.ok);
        QVERIFY(PypxeConfig::isDumpRequested(cli.parser));
        const auto dump = PypxeConfig::dumpConfig(cli.parser);
        QVERIFY2(dump.ok(), qPrintable(dump.error()));
        QCOMPARE(QJsonDocument::fromJson(*dump).object(), PypxeConfig::defaults()); // PyPXE's: the defaults
        QVERIFY(dump->contains("\n    \"DHCP_BROADCAST\": \"\",\n")); // sorted keys, 4-space indent
    }
    {
        Parser cli({QStringLiteral("--dump-config-merged"), QStringLiteral("--config"), path,
                    QStringLiteral("--dhcp")});
        QVERIFY(cli.ok);
        QVERIFY(PypxeConfig::isDumpRequested(cli.parser));
        const auto dump = PypxeConfig::dumpConfig(cli.parser);
        QVERIFY2(dump.ok(), qPrintable(dump.error()));
        const QJsonObject merged = QJsonDocument::fromJson(*dump).object();
        QCOMPARE(merged.value(QStringLiteral("USE_HTTP")), QJsonValue(true)); // from --config
        QCOMPARE(merged.value(QStringLiteral("USE_DHCP")), QJsonValue(true)); // from --dhcp
        PypxeConfig reread;
        QVERIFY(reread.mergeJson(*dump).ok());
    }
    {
        Parser cli({QStringLiteral("--dhcp")});
        QVERIFY(cli.ok);
        QVERIFY(!PypxeConfig::isDumpRequested(cli.parser));
    }
}

// ---- realistic files ------------------------------------------------------------------------------

void TestPypxeConfig::realisticConfig()
{
    // `pypxe.server --config pypxe-ipxe-http.json`, run from the data folder.
    PypxeConfig config;
    const auto merged = config.mergeJsonFile(dataFile(QStringLiteral("pypxe-ipxe-http.json")));
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    const auto profile = config.toProfile(dataDir);
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    const Profile &p = profile.value();
    QVERIFY(p.validate().isEmpty());
    QCOMPARE(p.dhcp.mode, DhcpMode::Full);
    QCOMPARE(p.serverAddress, QHostAddress(QStringLiteral("10.10.0.1")));
    QCOMPARE(p.dhcp.poolBegin, QHostAddress(QStringLiteral("10.10.0.100")));
    QCOMPARE(p.dhcp.poolEnd, QHostAddress(QStringLiteral("10.10.0.199")));
    QCOMPARE(p.dhcp.dns, QList<QHostAddress>{QHostAddress(QStringLiteral("10.10.0.1"))});
    QCOMPARE(p.dhcp.bindings.size(), 2);
    QCOMPARE(p.dhcp.leasesFile, QStringLiteral("leases.json"));
    QCOMPARE(p.resolvedLeasesFile(), dataFile(QStringLiteral("leases.json")));
    QCOMPARE(p.resolvedNetbootDir(), dataFile(QStringLiteral("netboot")));
    QVERIFY(p.boot.chainloadIpxe);
    QVERIFY(p.boot.files.isEmpty());
    QCOMPARE(p.boot.ipxeScript, QStringLiteral("http://10.10.0.1:8080/boot.http.ipxe"));
    QVERIFY(p.http.enabled);
    QCOMPARE(p.http.port, quint16(8080));
    QVERIFY(p.tftp.enabled);
    QCOMPARE(p.log.verbose, (QStringList{QStringLiteral("dhcp"), QStringLiteral("tftp")}));
    QVERIFY(p.log.debug.isEmpty());
    QVERIFY2(config.warnings(dataDir).isEmpty(), qPrintable(config.warnings(dataDir).join(u'\n')));
}

void TestPypxeConfig::pypxeDumpImports()
{
    // A file as PyPXE's --dump-config-merged prints it imports as a Bootcast profile that saves and loads.
    QStringList warnings;
    const auto profile = PypxeConfig::importFile(dataFile(QStringLiteral("pypxe-dump-merged.json")), &warnings);
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    const Profile &p = profile.value();
    QCOMPARE(p.name, QStringLiteral("pypxe-dump-merged"));
    QCOMPARE(p.dhcp.mode, DhcpMode::Proxy);
    QCOMPARE(p.serverAddress, QHostAddress(QStringLiteral("192.168.1.10")));
    QCOMPARE(p.dhcp.fileServer, QHostAddress(QStringLiteral("192.168.1.10")));
    QCOMPARE(filesText(p.boot.files), QStringLiteral("bios=pxelinux.0"));
    QVERIFY(!p.boot.chainloadIpxe);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(p.nbd.enabled);
    QCOMPARE(p.nbd.port, quint16(10809));
    QCOMPARE(p.nbd.exports.size(), 1);
    QCOMPARE(p.nbd.exports.first().name, QString()); // the default export
    QCOMPARE(p.nbd.exports.first().file, QStringLiteral("images/tinycore.img"));
    QCOMPARE(p.nbd.exports.first().mode, Profile::NbdExport::Mode::ReadOnly); // NBD_WRITE is false

    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString saved = out.filePath(QStringLiteral("profile.json"));
    const auto written = p.save(saved);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const auto loaded = Profile::load(saved);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(loaded.value() == p);
    // Saved elsewhere, the profile still finds the netboot folder next to the PyPXE config.
    QCOMPARE(loaded->resolvedNetbootDir(), dataFile(QStringLiteral("netboot")));
}

void TestPypxeConfig::importResolvesAgainstConfigFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("tftpboot")));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("static-leases.json")), dir.filePath(QStringLiteral("static.json"))));
    const QString path = dir.filePath(QStringLiteral("lab.json"));
    writeFile(path, object(R"("NETBOOT_DIR": "tftpboot", "STATIC_CONFIG": "static.json",
                               "LEASES_FILE": "state/leases.json")"));

    // The working directory is elsewhere; the config's folder counts.
    QStringList warnings;
    const auto profile = PypxeConfig::importFile(path, &warnings);
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    QCOMPARE(profile->name, QStringLiteral("lab"));
    QCOMPARE(profile->boot.netbootDir, dir.filePath(QStringLiteral("tftpboot")));
    QCOMPARE(profile->dhcp.leasesFile, dir.filePath(QStringLiteral("state/leases.json")));
    QCOMPARE(profile->dhcp.bindings.size(), 2);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));

    // Errors name the imported file.
    const auto typo = PypxeConfig::importFile(dataFile(QStringLiteral("pypxe-typo.json")));
    QVERIFY(!typo.ok());
    QVERIFY2(typo.error().contains(u"pypxe-typo.json: unknown key \"DHCP_OFER_END\""), qPrintable(typo.error()));
    writeFile(path, object(R"("USE_DHCP": true, "DHCP_OFFER_BEGIN": "10.0.0.1")"));
    const auto invalid = PypxeConfig::importFile(path);
    QVERIFY(!invalid.ok());
    QVERIFY2(invalid.error().contains(QDir::toNativeSeparators(path) + u": DHCP_OFFER_BEGIN: "),
             qPrintable(invalid.error()));
}

QTEST_GUILESS_MAIN(TestPypxeConfig)
#include "tst_pypxeconfig.moc"
