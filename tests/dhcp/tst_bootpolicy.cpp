// Boot policy table: architecture x iPXE x HTTP Boot x profile choices x folder contents.

#include "DhcpTestUtil.h"
#include "dhcp/BootPolicy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootcast;

class TestBootPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void archTags_data();
    void archTags();
    void ipxeLoaderNames_data();
    void ipxeLoaderNames();
    void newFilesSeenWithoutRestart();
};

namespace {

DhcpClientInfo client(int arch, bool pxe, bool ipxe, bool http)
{
    DhcpPacket p = Test::request(DhcpMessageType::Discover, QStringLiteral("52:54:00:00:00:01"));
    if (pxe)
        Test::makePxe(p, quint16(arch));
    if (http) {
        p.options.setText(DhcpOption::VendorClass, QStringLiteral("HTTPClient:Arch:%1:UNDI:003001").arg(arch, 5, 10, QChar(u'0')));
        p.options.setUInt16(DhcpOption::ClientArchitecture, quint16(arch));
    }
    if (ipxe)
        Test::makeIpxe(p);
    if (!pxe && !http)
        p.options.setText(DhcpOption::VendorClass, QStringLiteral("udhcp 1.35.0"));
    return DhcpClientInfo::from(p);
}

void makeFolder(const QString &root, const QStringList &files)
{
    for (const QString &name : files) {
        QDir().mkpath(QFileInfo(root + u'/' + name).absolutePath());
        QFile f(root + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
}

} // namespace

void TestBootPolicy::decide_data()
{
    QTest::addColumn<QStringList>("folder");
    QTest::addColumn<bool>("chainload");
    QTest::addColumn<bool>("httpOn");
    QTest::addColumn<QString>("ipxeScript");
    QTest::addColumn<QString>("filesKey");
    QTest::addColumn<QString>("filesValue");
    QTest::addColumn<QString>("binding");
    QTest::addColumn<int>("arch");
    QTest::addColumn<bool>("pxe");
    QTest::addColumn<bool>("ipxe");
    QTest::addColumn<bool>("http");
    QTest::addColumn<QString>("expectedFile"); // empty: no boot
    QTest::addColumn<QString>("expectedVendor");

    const QStringList ipxeFolder{QStringLiteral("undionly.kpxe"), QStringLiteral("ipxe.efi"), QStringLiteral("snponly.efi")};
    const QStringList pypxeFolder{QStringLiteral("pxelinux.0"), QStringLiteral("chainload.kpxe"),
                                  QStringLiteral("efi64/syslinux.efi")};
    const QStringList mixedCase{QStringLiteral("UNDIONLY.KPXE"), QStringLiteral("Snponly.EFI")};
    const QString none;
    const QString pxeVc = QStringLiteral("PXEClient");

    // Plain DHCP clients (installers, operating systems) get no boot information.
    QTest::newRow("udhcpc") << ipxeFolder << true << false << none << none << none << none << -1 << false << false
                            << false << none << none;
    // PXE ROMs by architecture, chainloading iPXE.
    QTest::newRow("bios -> undionly") << ipxeFolder << true << false << none << none << none << none << 0 << true
                                      << false << false << QStringLiteral("undionly.kpxe") << pxeVc;
    QTest::newRow("uefi 7 -> ipxe.efi") << ipxeFolder << true << false << none << none << none << none << 7 << true
                                        << false << false << QStringLiteral("ipxe.efi") << pxeVc;
    QTest::newRow("uefi 9 -> ipxe.efi") << ipxeFolder << true << false << none << none << none << none << 9 << true
                                        << false << false << QStringLiteral("ipxe.efi") << pxeVc;
    QTest::newRow("uefi, only snponly") << QStringList{QStringLiteral("snponly.efi")} << true << false << none << none
                                        << none << none << 7 << true << false << false << QStringLiteral("snponly.efi")
                                        << pxeVc;
    QTest::newRow("case-insensitive folder") << mixedCase << true << false << none << none << none << none << 0 << true
                                             << false << false << QStringLiteral("UNDIONLY.KPXE") << pxeVc;
    QTest::newRow("arm64, nothing fits") << ipxeFolder << true << false << none << none << none << none << 11 << true
                                         << false << false << none << pxeVc;
    // iPXE clients get the script, never a loader again (no loop).
    QTest::newRow("ipxe -> tftp script") << ipxeFolder << true << false << none << none << none << none << 0 << true
                                         << true << false << QStringLiteral("boot.ipxe") << pxeVc;
    QTest::newRow("ipxe -> http script") << ipxeFolder << true << true << none << none << none << none << 7 << true
                                         << true << false << QStringLiteral("http://10.0.0.1:8080/boot.ipxe") << pxeVc;
    QTest::newRow("ipxe -> custom script") << ipxeFolder << true << true << QStringLiteral("http://mirror/menu.ipxe")
                                           << none << none << none << 0 << true << true << false
                                           << QStringLiteral("http://mirror/menu.ipxe") << pxeVc;
    // PyPXE folder without iPXE: pxelinux.0 for BIOS, syslinux.efi for UEFI (never pxelinux.0 to UEFI).
    QTest::newRow("pypxe bios") << pypxeFolder << false << false << none << none << none << none << 0 << true << false
                                << false << QStringLiteral("pxelinux.0") << pxeVc;
    QTest::newRow("pypxe uefi") << pypxeFolder << false << false << none << none << none << none << 7 << true << false
                                << false << QStringLiteral("efi64/syslinux.efi") << pxeVc;
    QTest::newRow("pypxe ipxe bios -> chainload.kpxe") << pypxeFolder << true << false << none << none << none << none
                                                       << 0 << true << false << false
                                                       << QStringLiteral("chainload.kpxe") << pxeVc;
    // An iPXE ROM in a profile without chaining gets the arch file unless that file is an iPXE loader.
    QTest::newRow("ipxe rom, no chain, pxelinux") << pypxeFolder << false << false << none << none << none << none << 0
                                                  << true << true << false << QStringLiteral("pxelinux.0") << pxeVc;
    QTest::newRow("ipxe rom, no chain, loader only") << QStringList{QStringLiteral("undionly.kpxe")} << false << false
                                                     << none << none << none << none << 0 << true << true << false
                                                     << QStringLiteral("boot.ipxe") << pxeVc;
    // Profile and per-MAC overrides.
    QTest::newRow("profile file for bios") << ipxeFolder << true << false << none << QStringLiteral("bios")
                                           << QStringLiteral("custom.0") << none << 0 << true << false << false
                                           << QStringLiteral("custom.0") << pxeVc;
    QTest::newRow("binding wins") << ipxeFolder << true << false << none << none << none << QStringLiteral("memtest.0")
                                  << 0 << true << false << false << QStringLiteral("memtest.0") << pxeVc;
    QTest::newRow("binding loader to ipxe client") << ipxeFolder << true << false << none << none << none
                                                   << QStringLiteral("undionly.kpxe") << 0 << true << true << false
                                                   << QStringLiteral("boot.ipxe") << pxeVc;
    // UEFI HTTP Boot.
    QTest::newRow("http boot x64") << ipxeFolder << true << true << none << none << none << none << 16 << false << false
                                   << true << QStringLiteral("http://10.0.0.1:8080/ipxe.efi")
                                   << QStringLiteral("HTTPClient");
    QTest::newRow("http boot, http off") << ipxeFolder << true << false << none << none << none << none << 16 << false
                                         << false << true << none << QStringLiteral("HTTPClient");
    QTest::newRow("http boot url") << ipxeFolder << true << true << none << QStringLiteral("http-x64")
                                   << QStringLiteral("http://mirror/boot.efi") << none << 16 << false << false << true
                                   << QStringLiteral("http://mirror/boot.efi") << QStringLiteral("HTTPClient");
}

void TestBootPolicy::decide()
{
    QFETCH(QStringList, folder);
    QFETCH(bool, chainload);
    QFETCH(bool, httpOn);
    QFETCH(QString, ipxeScript);
    QFETCH(QString, filesKey);
    QFETCH(QString, filesValue);
    QFETCH(QString, binding);
    QFETCH(int, arch);
    QFETCH(bool, pxe);
    QFETCH(bool, ipxe);
    QFETCH(bool, http);
    QFETCH(QString, expectedFile);
    QFETCH(QString, expectedVendor);

    QTemporaryDir dir;
    makeFolder(dir.path(), folder);
    BootPolicy::Config config;
    config.chainloadIpxe = chainload;
    config.httpEnabled = httpOn;
    config.httpPort = 8080;
    config.ipxeScript = ipxeScript;
    config.netbootDir = dir.path();
    config.fileServer = QHostAddress(QStringLiteral("10.0.0.1"));
    if (!filesKey.isEmpty())
        config.files.insert(filesKey, filesValue);
    const BootPolicy policy(config);
    const BootPolicy::Decision d = policy.decide(client(arch, pxe, ipxe, http), binding);
    QCOMPARE(d.boot, !expectedFile.isEmpty());
    QCOMPARE(d.bootFile, expectedFile);
    QCOMPARE(d.vendorClass, expectedVendor);
    if (!d.boot && (pxe || http))
        QVERIFY2(!d.problem.isEmpty(), "a booting client that gets nothing must get a reason");
}

void TestBootPolicy::archTags_data()
{
    QTest::addColumn<int>("arch");
    QTest::addColumn<QString>("tag");
    QTest::newRow("0") << 0 << QStringLiteral("bios");
    QTest::newRow("6") << 6 << QStringLiteral("uefi-ia32");
    QTest::newRow("7") << 7 << QStringLiteral("uefi-x64");
    QTest::newRow("9") << 9 << QStringLiteral("uefi-x64");
    QTest::newRow("10") << 10 << QStringLiteral("uefi-arm32");
    QTest::newRow("11") << 11 << QStringLiteral("uefi-arm64");
    QTest::newRow("16") << 16 << QStringLiteral("http-x64");
    QTest::newRow("19") << 19 << QStringLiteral("http-arm64");
    QTest::newRow("99") << 99 << QStringLiteral("arch-99");
}

void TestBootPolicy::archTags()
{
    QFETCH(int, arch);
    QFETCH(QString, tag);
    QCOMPARE(BootPolicy::archTag(quint16(arch)), tag);
    QVERIFY(!BootPolicy::archDisplayName(quint16(arch)).isEmpty());
}

void TestBootPolicy::ipxeLoaderNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("loader");
    QTest::newRow("undionly") << QStringLiteral("undionly.kpxe") << true;
    QTest::newRow("ipxe.efi") << QStringLiteral("ipxe.efi") << true;
    QTest::newRow("sub/snponly") << QStringLiteral("x86_64/snponly.efi") << true;
    QTest::newRow("chainload") << QStringLiteral("chainload.kpxe") << true;
    QTest::newRow("pxelinux") << QStringLiteral("pxelinux.0") << false;
    QTest::newRow("grub") << QStringLiteral("grubx64.efi") << false;
    QTest::newRow("script") << QStringLiteral("boot.ipxe") << false;
}

void TestBootPolicy::ipxeLoaderNames()
{
    QFETCH(QString, name);
    QFETCH(bool, loader);
    QCOMPARE(BootPolicy::isIpxeLoader(name), loader);
}

void TestBootPolicy::newFilesSeenWithoutRestart()
{
    QTemporaryDir dir;
    BootPolicy::Config config;
    config.netbootDir = dir.path();
    const BootPolicy policy(config);
    QVERIFY(!policy.decide(client(0, true, false, false)).boot);
    makeFolder(dir.path(), {QStringLiteral("undionly.kpxe")});
    QTRY_VERIFY_WITH_TIMEOUT(policy.decide(client(0, true, false, false)).boot, 6000);
}

QTEST_GUILESS_MAIN(TestBootPolicy)
#include "tst_bootpolicy.moc"
