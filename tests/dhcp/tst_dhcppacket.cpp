// DHCP codec: packets and options both ways, malformed input, padding, overload, long options.

#include "DhcpTestUtil.h"
#include "dhcp/DhcpClientInfo.h"
#include "dhcp/DhcpPacket.h"

#include <QTest>

using namespace Bootcast;

class TestDhcpPacket : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void paddedTo300();
    void optionOrder();
    void longOptionSplitAndJoined();
    void overloadedOptions();
    void malformed_data();
    void malformed();
    void optionValues_data();
    void optionValues();
    void clientInfo_data();
    void clientInfo();
    void realDiscoverFromBusybox();
};

void TestDhcpPacket::roundTrip()
{
    DhcpPacket p = Test::request(DhcpMessageType::Request, QStringLiteral("52:54:00:12:34:56"), 0xdeadbeef);
    p.secs = 7;
    p.flags = DhcpPacket::BroadcastFlag;
    p.ciaddr = QHostAddress(QStringLiteral("10.0.0.5"));
    p.giaddr = QHostAddress(QStringLiteral("10.0.1.1"));
    p.hops = 1;
    p.sname = "server";
    p.file = "undionly.kpxe";
    p.options.setAddress(DhcpOption::RequestedAddress, QHostAddress(QStringLiteral("10.0.0.9")));
    p.options.setText(DhcpOption::HostName, QStringLiteral("pc-01"));
    p.options.set(DhcpOption::RelayAgentInfo, QByteArray("\x01\x04port", 6));

    const QByteArray wire = p.serialize();
    const auto parsed = DhcpPacket::parse(wire);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(*parsed, p);
    QCOMPARE(parsed->messageType(), DhcpMessageType::Request);
    QCOMPARE(parsed->mac().toString(), QStringLiteral("52:54:00:12:34:56"));
    QVERIFY(parsed->isBroadcast());
    QCOMPARE(quint8(wire[0]), quint8(1));
    QCOMPARE(wire.mid(236, 4), QByteArray("\x63\x82\x53\x63", 4));
}

void TestDhcpPacket::paddedTo300()
{
    const DhcpPacket p = Test::request(DhcpMessageType::Discover, QStringLiteral("00:11:22:33:44:55"));
    const QByteArray wire = p.serialize();
    QCOMPARE(wire.size(), DhcpPacket::PaddedSize);
    // Options end with End (255) followed only by zero padding.
    const qsizetype end = wire.indexOf(char(0xff), 240);
    QVERIFY(end > 240);
    QCOMPARE(wire.mid(end + 1), QByteArray(wire.size() - end - 1, '\0'));
}

void TestDhcpPacket::optionOrder()
{
    DhcpPacket p = Test::request(DhcpMessageType::Ack, QStringLiteral("00:11:22:33:44:55"));
    p.options.set(DhcpOption::RelayAgentInfo, QByteArray("\x01\x01x", 3));
    p.options.setAddress(DhcpOption::SubnetMask, QHostAddress(QStringLiteral("255.255.255.0")));
    p.options.setUInt32(DhcpOption::LeaseTime, 3600);
    p.options.set(DhcpOption::ClientMachineId, QByteArray(17, 'u'));
    const QByteArray wire = p.serialize();
    // Walk the option area: 53 first, 82 last before End.
    QList<quint8> codes;
    for (qsizetype i = 240; i < wire.size() && quint8(wire[i]) != 0xff; i += 2 + quint8(wire[i + 1]))
        codes.append(quint8(wire[i]));
    QCOMPARE(codes.first(), quint8(DhcpOption::MessageType));
    QCOMPARE(codes.last(), quint8(DhcpOption::RelayAgentInfo));
    QCOMPARE(codes.size(), 5);
}

void TestDhcpPacket::longOptionSplitAndJoined()
{
    DhcpPacket p = Test::request(DhcpMessageType::Ack, QStringLiteral("00:11:22:33:44:55"));
    QByteArray big(600, 'x');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char('a' + i % 26);
    p.options.set(DhcpOption::BootFileName, big);
    const QByteArray wire = p.serialize();
    QCOMPARE(wire.count(QByteArray("\x43\xff", 2)), 2); // 255 + 255 + 90
    const auto parsed = DhcpPacket::parse(wire);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->options.value(DhcpOption::BootFileName), big);
}

void TestDhcpPacket::overloadedOptions()
{
    DhcpPacket p = Test::request(DhcpMessageType::Discover, QStringLiteral("00:11:22:33:44:55"));
    QByteArray wire = p.serialize();
    // Put option 52 = 3 (file and sname hold options) into the main area, then options there.
    const qsizetype end = wire.indexOf(char(0xff), 240);
    wire.insert(end, QByteArray("\x34\x01\x03", 3));
    const QByteArray inFile("\x0c\x04host\xff", 7);
    const QByteArray inSname = QByteArray("\x3c\x09", 2) + "PXEClient" + QByteArray(1, char(0xff));
    wire.replace(108, inFile.size(), inFile);
    wire.replace(44, inSname.size(), inSname);
    const auto parsed = DhcpPacket::parse(wire);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->options.text(DhcpOption::HostName), QStringLiteral("host"));
    QCOMPARE(parsed->options.text(DhcpOption::VendorClass), QStringLiteral("PXEClient"));
    QVERIFY(parsed->file.isEmpty());
    QVERIFY(parsed->sname.isEmpty());
}

void TestDhcpPacket::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    const QByteArray good = Test::request(DhcpMessageType::Discover, QStringLiteral("00:11:22:33:44:55")).serialize();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("short") << good.left(239);
    QTest::newRow("no cookie") << QByteArray(good).replace(236, 4, QByteArray(4, '\0'));
    QTest::newRow("bad op") << QByteArray(good).replace(0, 1, QByteArray(1, '\x07'));
    QTest::newRow("hlen 200") << QByteArray(good).replace(2, 1, QByteArray(1, char(200)));
    QByteArray truncated = good.left(240);
    truncated += QByteArray("\x35\x01\x01\x0c\x40" "ab", 7); // option 12 claims 64 bytes, has 2
    QTest::newRow("option past end") << truncated;
    QByteArray noLength = good.left(240);
    noLength += char(0x0c);
    QTest::newRow("option without length") << noLength;
    QByteArray badOverload = good.left(240);
    badOverload += QByteArray("\x35\x01\x01\x34\x01\x09\xff", 7);
    QTest::newRow("overload 9") << badOverload;
    QTest::newRow("huge") << QByteArray(70000, '\x01');
}

void TestDhcpPacket::malformed()
{
    QFETCH(QByteArray, wire);
    const auto parsed = DhcpPacket::parse(wire);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().isEmpty());
}

void TestDhcpPacket::optionValues_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("asAddress");
    QTest::addColumn<qlonglong>("asNumber");
    QTest::newRow("mask") << 1 << QByteArray("\xff\xff\xff\x00", 4) << QStringLiteral("255.255.255.0") << -1LL;
    QTest::newRow("router") << 3 << QByteArray("\x0a\x00\x00\x01", 4) << QStringLiteral("10.0.0.1") << -1LL;
    QTest::newRow("lease") << 51 << QByteArray("\x00\x00\x0e\x10", 4) << QString() << 3600LL;
    QTest::newRow("max size") << 57 << QByteArray("\x05\xdc", 2) << QString() << 1500LL;
    QTest::newRow("type") << 53 << QByteArray("\x03", 1) << QString() << 3LL;
    QTest::newRow("short address") << 54 << QByteArray("\x0a\x00", 2) << QString() << -1LL;
}

void TestDhcpPacket::optionValues()
{
    QFETCH(int, code);
    QFETCH(QByteArray, payload);
    QFETCH(QString, asAddress);
    QFETCH(qlonglong, asNumber);
    DhcpOptions options;
    QByteArray area;
    area.append(char(code));
    area.append(char(payload.size()));
    area.append(payload);
    area.append(char(0xff));
    QVERIFY(options.decode(area, nullptr));
    QCOMPARE(options.value(quint8(code)), payload);
    if (!asAddress.isEmpty() || payload.size() != 4) {
        const auto address = options.address(quint8(code));
        QCOMPARE(address ? address->toString() : QString(), asAddress);
    }
    qlonglong number = -1;
    if (payload.size() == 4 && asAddress.isEmpty())
        number = *options.uint32(quint8(code));
    else if (payload.size() == 2 && asAddress.isEmpty() && code != 54)
        number = *options.uint16(quint8(code));
    else if (payload.size() == 1)
        number = *options.uint8(quint8(code));
    QCOMPARE(number, asNumber);
    QCOMPARE(options.encode(), area);
}

void TestDhcpPacket::clientInfo_data()
{
    QTest::addColumn<QByteArray>("vendorClass");
    QTest::addColumn<int>("arch");
    QTest::addColumn<QByteArray>("userClass");
    QTest::addColumn<bool>("pxe");
    QTest::addColumn<bool>("http");
    QTest::addColumn<bool>("ipxe");
    QTest::addColumn<int>("expectedArch");
    QTest::newRow("udhcpc") << QByteArray("udhcp 1.35.0") << -1 << QByteArray() << false << false << false << -1;
    QTest::newRow("bios pxe") << QByteArray("PXEClient:Arch:00000:UNDI:002001") << 0 << QByteArray() << true << false
                              << false << 0;
    QTest::newRow("uefi from text only") << QByteArray("PXEClient:Arch:00007:UNDI:003016") << -1 << QByteArray()
                                         << true << false << false << 7;
    QTest::newRow("ipxe rom") << QByteArray("PXEClient:Arch:00000:UNDI:002001") << 0 << QByteArray("iPXE") << true
                              << false << true << 0;
    QTest::newRow("rfc3004 user class") << QByteArray() << 7 << QByteArray("\x04iPXE", 5) << true << false << true
                                        << 7;
    QTest::newRow("http boot") << QByteArray("HTTPClient:Arch:00016:UNDI:003001") << 16 << QByteArray() << false
                               << true << false << 16;
    QTest::newRow("anaconda") << QByteArray("anaconda-Linux 6.1 x86_64") << -1 << QByteArray() << false << false
                              << false << -1;
}

void TestDhcpPacket::clientInfo()
{
    QFETCH(QByteArray, vendorClass);
    QFETCH(int, arch);
    QFETCH(QByteArray, userClass);
    QFETCH(bool, pxe);
    QFETCH(bool, http);
    QFETCH(bool, ipxe);
    QFETCH(int, expectedArch);
    DhcpPacket p = Test::request(DhcpMessageType::Discover, QStringLiteral("00:11:22:33:44:55"));
    if (!vendorClass.isEmpty())
        p.options.set(DhcpOption::VendorClass, vendorClass);
    if (arch >= 0)
        p.options.setUInt16(DhcpOption::ClientArchitecture, quint16(arch));
    if (!userClass.isEmpty())
        p.options.set(DhcpOption::UserClass, userClass);
    const DhcpClientInfo info = DhcpClientInfo::from(p);
    QCOMPARE(info.isPxe, pxe);
    QCOMPARE(info.isHttpClient, http);
    QCOMPARE(info.isIpxe, ipxe);
    QCOMPARE(info.arch ? int(*info.arch) : -1, expectedArch);
    QCOMPARE(info.wantsBoot(), pxe || http || ipxe);
}

void TestDhcpPacket::realDiscoverFromBusybox()
{
    // A DISCOVER captured from busybox udhcpc 1.35 (options 53, 61, 57, 55, 60, 12).
    const QByteArray hex =
        "0101060062a0b4e30000000000000000000000000000000000000000"
        "a6c95b8e3a3f00000000000000000000"
        + QByteArray(64 * 2, '0') + QByteArray(128 * 2, '0')
        + "638253633501013d0701a6c95b8e3a3f3902024037070103060c0f1c2a"
          "3c0c756468637020312e33352e300c0774657374626f78ff";
    const QByteArray wire = QByteArray::fromHex(hex);
    const auto parsed = DhcpPacket::parse(wire);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->messageType(), DhcpMessageType::Discover);
    QCOMPARE(parsed->mac().toString(), QStringLiteral("a6:c9:5b:8e:3a:3f"));
    QCOMPARE(parsed->options.text(DhcpOption::VendorClass), QStringLiteral("udhcp 1.35.0"));
    QCOMPARE(parsed->options.text(DhcpOption::HostName), QStringLiteral("testbox"));
    QCOMPARE(*parsed->options.uint16(DhcpOption::MaxMessageSize), quint16(576));
    QVERIFY(!DhcpClientInfo::from(*parsed).wantsBoot());
}

QTEST_GUILESS_MAIN(TestDhcpPacket)
#include "tst_dhcppacket.moc"
