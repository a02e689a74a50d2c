// DHCP protocol rules (RFC 2131, 3046, 4578, PXE): full mode, proxy mode, routing of replies.

#include "DhcpTestUtil.h"
#include "dhcp/BootPolicy.h"
#include "dhcp/DhcpResponder.h"
#include "dhcp/LeaseStore.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootcast;

namespace {
const QString MacA = QStringLiteral("52:54:00:00:00:0a");
const QString MacB = QStringLiteral("52:54:00:00:00:0b");
const QString MacC = QStringLiteral("52:54:00:00:00:0c");
bool isNullAddress(const QHostAddress &a)
{
    return a.isNull() || a.toIPv4Address() == 0;
}
QHostAddress ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text));
}
} // namespace

class TestDhcpResponder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nonPxeClientGetsLease();
    void pxeClientGetsArchBootFile_data();
    void pxeClientGetsArchBootFile();
    void ipxeClientGetsScriptAndNoProxyWait();
    void requestAckCommitsLease();
    void renewalExtends();
    void sameAddressAfterRelease();
    void nakWrongAddress_data();
    void nakWrongAddress();
    void requestForOtherServerDropsOffer();
    void declineQuarantines();
    void poolExhaustion();
    void staticBindingAndOptions();
    void allowListOnly();
    void relayAndOption82();
    void option97Echoed();
    void routing_data();
    void routing();
    void parameterRequestListHonoured();
    void informAnswered();
    void proxyModeBootOnly();
    void proxyBootServerOn4011();

private:
    DhcpResponder::Outcome handle(const DhcpPacket &p, DhcpResponder::Role role = DhcpResponder::Role::Full);
    DhcpResponder::Outcome lease(const QString &mac, QHostAddress *address = nullptr);
    void applyOutcome(const DhcpResponder::Outcome &o);

    QTemporaryDir *m_dir = nullptr;
    Profile m_profile;
    LeaseStore *m_leases = nullptr;
    BootPolicy *m_policy = nullptr;
    qint64 m_now = 0;
};

void TestDhcpResponder::init()
{
    m_dir = new QTemporaryDir;
    for (const char *name : {"undionly.kpxe", "ipxe.efi"}) {
        QFile f(m_dir->filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    m_profile = Profile();
    m_profile.name = QStringLiteral("test");
    m_profile.serverAddress = ip("10.0.0.1");
    m_profile.dhcp.mode = DhcpMode::Full;
    m_profile.dhcp.poolBegin = ip("10.0.0.100");
    m_profile.dhcp.poolEnd = ip("10.0.0.102");
    m_profile.dhcp.router = ip("10.0.0.254");
    m_profile.dhcp.dns = {ip("10.0.0.53")};
    m_profile.dhcp.domain = QStringLiteral("lab.example");
    m_profile.boot.netbootDir = m_dir->path();
    QVERIFY2(m_profile.validate().isEmpty(), qPrintable(m_profile.validate().join(u'\n')));
    m_leases = new LeaseStore;
    QVERIFY(m_leases->open(m_dir->filePath(QStringLiteral("leases"))).ok());
    m_policy = new BootPolicy(BootPolicy::Config{{}, true, {}, m_dir->path(), m_profile.serverAddress, false, 80});
    m_now = QDateTime::currentSecsSinceEpoch();
}

void TestDhcpResponder::cleanup()
{
    delete m_policy;
    delete m_leases;
    delete m_dir;
}

DhcpResponder::Outcome TestDhcpResponder::handle(const DhcpPacket &p, DhcpResponder::Role role)
{
    const DhcpResponder responder(m_profile, *m_leases, *m_policy, role);
    DhcpResponder::Received received;
    received.source = isNullAddress(p.ciaddr) ? ip("0.0.0.0") : p.ciaddr;
    received.sourcePort = 68;
    received.now = m_now;
    // Every reply must survive its own codec.
    DhcpResponder::Outcome o = responder.handle(DhcpPacket::parse(p.serialize()).value(), received);
    if (o.reply) {
        const QByteArray wire = o.reply->serialize();
        [&] { QVERIFY(wire.size() >= DhcpPacket::PaddedSize); }();
        [&] { QVERIFY(DhcpPacket::parse(wire).ok()); }();
    }
    return o;
}

void TestDhcpResponder::applyOutcome(const DhcpResponder::Outcome &o)
{
    if (o.tentative)
        m_leases->offer(*o.tentative);
    if (o.durable)
        m_leases->commit(*o.durable);
}

DhcpResponder::Outcome TestDhcpResponder::lease(const QString &mac, QHostAddress *address)
{
    DhcpPacket discover = Test::request(DhcpMessageType::Discover, mac);
    const auto offer = handle(discover);
    applyOutcome(offer);
    if (!offer.reply)
        return offer;
    DhcpPacket request = Test::request(DhcpMessageType::Request, mac);
    request.options.setAddress(DhcpOption::ServerIdentifier, m_profile.serverAddress);
    request.options.setAddress(DhcpOption::RequestedAddress, offer.reply->yiaddr);
    const auto ack = handle(request);
    applyOutcome(ack);
    if (address && ack.reply)
        *address = ack.reply->yiaddr;
    return ack;
}

void TestDhcpResponder::nonPxeClientGetsLease()
{
    // The PyPXE failure case: an installer's DHCP request with a non-PXE vendor class.
    DhcpPacket discover = Test::request(DhcpMessageType::Discover, MacA);
    discover.options.setText(DhcpOption::VendorClass, QStringLiteral("anaconda-Linux 6.1"));
    const auto offer = handle(discover);
    QVERIFY(offer.reply);
    QCOMPARE(offer.reply->messageType(), DhcpMessageType::Offer);
    QVERIFY(!isNullAddress(offer.reply->yiaddr));
    QVERIFY(offer.reply->file.isEmpty());
    QVERIFY(!offer.reply->options.contains(DhcpOption::VendorClass));
    QCOMPARE(*offer.reply->options.address(DhcpOption::ServerIdentifier), m_profile.serverAddress);
    QCOMPARE(*offer.reply->options.uint32(DhcpOption::LeaseTime), m_profile.dhcp.leaseSeconds);
    QCOMPARE(*offer.reply->options.address(DhcpOption::Router), m_profile.dhcp.router);
    QVERIFY(offer.tentative);
    QVERIFY(!offer.durable);
    QCOMPARE(offer.events.value(0).kind, TrafficEvent::Kind::Offered);
}

void TestDhcpResponder::pxeClientGetsArchBootFile_data()
{
    QTest::addColumn<int>("arch");
    QTest::addColumn<QString>("file");
    QTest::newRow("bios") << 0 << QStringLiteral("undionly.kpxe");
    QTest::newRow("uefi x64 (7)") << 7 << QStringLiteral("ipxe.efi");
    QTest::newRow("uefi x64 (9)") << 9 << QStringLiteral("ipxe.efi");
}

void TestDhcpResponder::pxeClientGetsArchBootFile()
{
    QFETCH(int, arch);
    QFETCH(QString, file);
    DhcpPacket discover = Test::request(DhcpMessageType::Discover, MacA);
    Test::makePxe(discover, quint16(arch));
    const auto offer = handle(discover);
    QVERIFY(offer.reply);
    QCOMPARE(QString::fromLatin1(offer.reply->file), file);
    QCOMPARE(offer.reply->siaddr, m_profile.serverAddress);
    QCOMPARE(offer.reply->options.text(DhcpOption::VendorClass), QStringLiteral("PXEClient"));
    QVERIFY(offer.reply->options.contains(DhcpOption::VendorSpecific)); // PXE discovery control
    QCOMPARE(offer.reply->options.text(DhcpOption::BootFileName), file); // requested in the PRL
    QCOMPARE(offer.reply->options.text(DhcpOption::TftpServerName), QStringLiteral("10.0.0.1"));
}

void TestDhcpResponder::ipxeClientGetsScriptAndNoProxyWait()
{
    DhcpPacket discover = Test::request(DhcpMessageType::Discover, MacA);
    Test::makePxe(discover, 0);
    Test::makeIpxe(discover);
    const auto offer = handle(discover);
    QVERIFY(offer.reply);
    QCOMPARE(offer.reply->file, QByteArray("boot.ipxe"));
    const auto sub = decodeSubOptions(offer.reply->options.value(DhcpOption::IpxeEncapsulated));
    QCOMPARE(sub.value(176), QByteArray(1, '\x01'));
}

void TestDhcpResponder::requestAckCommitsLease()
{
    QHostAddress address;
    const auto ack = lease(MacA, &address);
    QVERIFY(ack.reply);
    QCOMPARE(ack.reply->messageType(), DhcpMessageType::Ack);
    QVERIFY(ack.durable);
    QCOMPARE(ack.durable->state, Lease::State::Bound);
    QCOMPARE(ack.durable->address, address);
    QCOMPARE(ack.durable->expiresAt, m_now + m_profile.dhcp.leaseSeconds);
    QCOMPARE(*ack.reply->options.uint32(DhcpOption::RenewalTime), m_profile.dhcp.leaseSeconds / 2);
    QCOMPARE(m_leases->byMac(*MacAddress::fromString(MacA))->state, Lease::State::Bound);
}

void TestDhcpResponder::renewalExtends()
{
    QHostAddress address;
    lease(MacA, &address);
    m_now += 1800;
    DhcpPacket renew = Test::request(DhcpMessageType::Request, MacA);
    renew.ciaddr = address;
    const auto ack = handle(renew);
    QVERIFY(ack.reply);
    QCOMPARE(ack.reply->messageType(), DhcpMessageType::Ack);
    QCOMPARE(ack.durable->expiresAt, m_now + m_profile.dhcp.leaseSeconds);
    QCOMPARE(ack.destination, address); // renewing clients are answered by unicast
    QVERIFY(ack.events.value(0).detail.contains(QStringLiteral("renewed")));
}

void TestDhcpResponder::sameAddressAfterRelease()
{
    QHostAddress first;
    lease(MacA, &first);
    DhcpPacket release = Test::request(DhcpMessageType::Release, MacA);
    release.ciaddr = first;
    release.options.setAddress(DhcpOption::ServerIdentifier, m_profile.serverAddress);
    const auto released = handle(release);
    QVERIFY(!released.reply);
    QVERIFY(released.durable);
    QCOMPARE(released.durable->state, Lease::State::Released);
    applyOutcome(released);
    // The released address is free for others...
    QHostAddress second;
    lease(MacA, &second);
    QCOMPARE(second, first); // ...but the same machine gets it back first
}

void TestDhcpResponder::nakWrongAddress_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("ciaddr");
    QTest::newRow("other subnet (init-reboot)") << QStringLiteral("192.168.77.5") << false;
    QTest::newRow("outside pool (init-reboot)") << QStringLiteral("10.0.0.200") << false;
    QTest::newRow("held by another (init-reboot)") << QStringLiteral("held") << false;
    QTest::newRow("held by another (renewing)") << QStringLiteral("held") << true;
}

void TestDhcpResponder::nakWrongAddress()
{
    QFETCH(QString, requested);
    QFETCH(bool, ciaddr);
    QHostAddress held;
    lease(MacB, &held);
    const QHostAddress wanted = requested == u"held" ? held : QHostAddress(requested);
    DhcpPacket request = Test::request(DhcpMessageType::Request, MacA);
    if (ciaddr)
        request.ciaddr = wanted;
    else
        request.options.setAddress(DhcpOption::RequestedAddress, wanted);
    const auto nak = handle(request);
    QVERIFY(nak.reply);
    QCOMPARE(nak.reply->messageType(), DhcpMessageType::Nak);
    QVERIFY(isNullAddress(nak.reply->yiaddr));
    QVERIFY(!nak.reply->options.contains(DhcpOption::LeaseTime));
    QVERIFY(!nak.reply->options.text(DhcpOption::Message).isEmpty());
    QVERIFY(!nak.durable);
    QCOMPARE(nak.destination, QHostAddress(QHostAddress::Broadcast));
    QCOMPARE(nak.events.value(0).kind, TrafficEvent::Kind::Naked);
}

void TestDhcpResponder::requestForOtherServerDropsOffer()
{
    const auto offer = handle(Test::request(DhcpMessageType::Discover, MacA));
    applyOutcome(offer);
    QVERIFY(m_leases->byAddress(offer.reply->yiaddr));
    DhcpPacket request = Test::request(DhcpMessageType::Request, MacA);
    request.options.setAddress(DhcpOption::ServerIdentifier, ip("10.0.0.99"));
    request.options.setAddress(DhcpOption::RequestedAddress, ip("10.0.0.150"));
    const auto out = handle(request);
    QVERIFY(!out.reply);
    QVERIFY(!m_leases->byAddress(offer.reply->yiaddr)); // our offer is withdrawn
}

void TestDhcpResponder::declineQuarantines()
{
    QHostAddress address;
    lease(MacA, &address);
    DhcpPacket decline = Test::request(DhcpMessageType::Decline, MacA);
    decline.options.setAddress(DhcpOption::RequestedAddress, address);
    decline.options.setAddress(DhcpOption::ServerIdentifier, m_profile.serverAddress);
    const auto out = handle(decline);
    QVERIFY(!out.reply);
    QVERIFY(out.durable);
    applyOutcome(out);
    QVERIFY(m_leases->isQuarantined(address, m_now));
    // The next offer to the same machine avoids the declined address.
    const auto offer = handle(Test::request(DhcpMessageType::Discover, MacA));
    QVERIFY(offer.reply);
    QVERIFY(offer.reply->yiaddr != address);
}

void TestDhcpResponder::poolExhaustion()
{
    // Pool of three: .100 - .102.
    QHostAddress a, b, c;
    lease(MacA, &a);
    lease(MacB, &b);
    lease(MacC, &c);
    QCOMPARE(QSet<quint32>({a.toIPv4Address(), b.toIPv4Address(), c.toIPv4Address()}).size(), 3);
    const auto out = handle(Test::request(DhcpMessageType::Discover, QStringLiteral("52:54:00:00:00:0d")));
    QVERIFY(!out.reply);
    QCOMPARE(out.events.value(0).kind, TrafficEvent::Kind::PoolExhausted);
    QVERIFY(out.events.value(0).detail.contains(QStringLiteral("10.0.0.100")));
    // Once a lease expires its address is reclaimed.
    m_now += m_profile.dhcp.leaseSeconds + 1;
    const auto later = handle(Test::request(DhcpMessageType::Discover, QStringLiteral("52:54:00:00:00:0d")));
    QVERIFY(later.reply);
}

void TestDhcpResponder::staticBindingAndOptions()
{
    Binding binding;
    binding.mac = *MacAddress::fromString(MacA);
    binding.address = ip("10.0.0.50");
    binding.hostname = QStringLiteral("lab-pc-1");
    binding.bootFile = QStringLiteral("memtest.0");
    binding.options.insert(42, ipv4Bytes(ip("10.0.0.123")));
    m_profile.dhcp.bindings = {binding};
    DhcpPacket discover = Test::request(DhcpMessageType::Discover, MacA);
    Test::makePxe(discover, 0);
    const auto offer = handle(discover);
    QVERIFY(offer.reply);
    QCOMPARE(offer.reply->yiaddr, binding.address);
    QCOMPARE(offer.reply->options.text(DhcpOption::HostName), binding.hostname);
    QCOMPARE(offer.reply->file, QByteArray("memtest.0"));
    QCOMPARE(offer.reply->options.value(42), ipv4Bytes(ip("10.0.0.123")));
    // The reserved address is never given to another machine.
    for (const QString &mac : {MacB, MacC}) {
        QHostAddress got;
        lease(mac, &got);
        QVERIFY(got != binding.address);
    }
}

void TestDhcpResponder::allowListOnly()
{
    Binding binding;
    binding.mac = *MacAddress::fromString(MacA);
    m_profile.dhcp.bindings = {binding};
    m_profile.dhcp.allowListOnly = true;
    QVERIFY(handle(Test::request(DhcpMessageType::Discover, MacA)).reply);
    const auto other = handle(Test::request(DhcpMessageType::Discover, MacB));
    QVERIFY(!other.reply);
    QCOMPARE(other.events.value(0).kind, TrafficEvent::Kind::Ignored);
}

void TestDhcpResponder::relayAndOption82()
{
    DhcpPacket discover = Test::request(DhcpMessageType::Discover, MacA);
    discover.giaddr = ip("10.0.0.2");
    discover.hops = 1;
    const QByteArray agentInfo("\x01\x06" "eth0/1" "\x02\x04" "sw01", 14);
    discover.options.set(DhcpOption::RelayAgentInfo, agentInfo);
    const auto offer = handle(discover);
    QVERIFY(offer.reply);
    QCOMPARE(offer.destination, ip("10.0.0.2"));
    QCOMPARE(offer.port, quint16(67));
    QCOMPARE(offer.reply->giaddr, ip("10.0.0.2"));
    QCOMPARE(offer.reply->options.value(DhcpOption::RelayAgentInfo), agentInfo);
    // A relay from a subnet we have no pool for is not answered.
    discover.giaddr = ip("172.16.0.1");
    const auto foreign = handle(discover);
    QVERIFY(!foreign.reply);
}

void TestDhcpResponder::option97Echoed()
{
    DhcpPacket discover = Test::request(DhcpMessageType::Discover, MacA);
    Test::makePxe(discover, 7);
    const QByteArray uuid = QByteArray(1, '\0') + QByteArray::fromHex("0123456789abcdef0123456789abcdef");
    discover.options.set(DhcpOption::ClientMachineId, uuid);
    const auto offer = handle(discover);
    QCOMPARE(offer.reply->options.value(DhcpOption::ClientMachineId), uuid);
}

void TestDhcpResponder::routing_data()
{
    QTest::addColumn<bool>("broadcastFlag");
    QTest::addColumn<QString>("ciaddr");
    QTest::addColumn<QString>("destination"); // "yiaddr" for unicast to the offered address
    QTest::addColumn<bool>("hardware");
    QTest::newRow("broadcast bit") << true << QString() << QStringLiteral("255.255.255.255") << false;
    QTest::newRow("no bit, no ciaddr") << false << QString() << QStringLiteral("yiaddr") << true;
}

void TestDhcpResponder::routing()
{
    QFETCH(bool, broadcastFlag);
    QFETCH(QString, ciaddr);
    QFETCH(QString, destination);
    QFETCH(bool, hardware);
    DhcpPacket discover = Test::request(DhcpMessageType::Discover, MacA);
    if (broadcastFlag)
        discover.flags = DhcpPacket::BroadcastFlag;
    const auto offer = handle(discover);
    QVERIFY(offer.reply);
    QCOMPARE(offer.port, quint16(68));
    QCOMPARE(offer.viaHardwareAddress, hardware);
    QCOMPARE(offer.destination, destination == u"yiaddr" ? offer.reply->yiaddr : QHostAddress(destination));
    QCOMPARE(offer.reply->flags, discover.flags);
}

void TestDhcpResponder::parameterRequestListHonoured()
{
    DhcpPacket discover = Test::request(DhcpMessageType::Discover, MacA);
    discover.options.set(DhcpOption::ParameterRequestList, QByteArray("\x01\x03", 2));
    const auto offer = handle(discover);
    QVERIFY(offer.reply->options.contains(DhcpOption::Router));
    QVERIFY(!offer.reply->options.contains(DhcpOption::DnsServers));
    QVERIFY(!offer.reply->options.contains(DhcpOption::DomainName));
    QVERIFY(offer.reply->options.contains(DhcpOption::SubnetMask));
    QVERIFY(offer.reply->options.contains(DhcpOption::LeaseTime));
    discover.options.set(DhcpOption::ParameterRequestList, QByteArray("\x06\x0f\x1c", 3));
    const auto second = handle(discover);
    QVERIFY(second.reply->options.contains(DhcpOption::DnsServers));
    QCOMPARE(second.reply->options.text(DhcpOption::DomainName), QStringLiteral("lab.example"));
    QCOMPARE(*second.reply->options.address(DhcpOption::BroadcastAddress), ip("10.0.0.255"));
}

void TestDhcpResponder::informAnswered()
{
    DhcpPacket inform = Test::request(DhcpMessageType::Inform, MacA);
    inform.ciaddr = ip("10.0.0.77");
    const auto ack = handle(inform);
    QVERIFY(ack.reply);
    QCOMPARE(ack.reply->messageType(), DhcpMessageType::Ack);
    QVERIFY(isNullAddress(ack.reply->yiaddr));
    QVERIFY(!ack.reply->options.contains(DhcpOption::LeaseTime));
    QCOMPARE(ack.destination, ip("10.0.0.77"));
    QVERIFY(!ack.durable);
}

void TestDhcpResponder::proxyModeBootOnly()
{
    m_profile.dhcp.mode = DhcpMode::Proxy;
    DhcpPacket plain = Test::request(DhcpMessageType::Discover, MacA);
    QVERIFY(!handle(plain, DhcpResponder::Role::Proxy).reply); // the other server serves it
    DhcpPacket pxe = Test::request(DhcpMessageType::Discover, MacA);
    Test::makePxe(pxe, 7);
    const auto offer = handle(pxe, DhcpResponder::Role::Proxy);
    QVERIFY(offer.reply);
    QCOMPARE(offer.reply->messageType(), DhcpMessageType::Offer);
    QVERIFY(isNullAddress(offer.reply->yiaddr));
    QVERIFY(!offer.reply->options.contains(DhcpOption::LeaseTime));
    QVERIFY(!offer.reply->options.contains(DhcpOption::Router));
    QCOMPARE(offer.reply->file, QByteArray("ipxe.efi"));
    QCOMPARE(offer.reply->options.text(DhcpOption::VendorClass), QStringLiteral("PXEClient"));
    QCOMPARE(offer.destination, QHostAddress(QHostAddress::Broadcast));
    QVERIFY(!offer.tentative && !offer.durable);
    // A REQUEST on 67 is the real server's business.
    DhcpPacket request = Test::request(DhcpMessageType::Request, MacA);
    Test::makePxe(request, 7);
    QVERIFY(!handle(request, DhcpResponder::Role::Proxy).reply);
}

void TestDhcpResponder::proxyBootServerOn4011()
{
    m_profile.dhcp.mode = DhcpMode::Proxy;
    DhcpPacket request = Test::request(DhcpMessageType::Request, MacA);
    Test::makePxe(request, 0);
    request.ciaddr = ip("10.0.0.160");
    const auto ack = handle(request, DhcpResponder::Role::ProxyBoot);
    QVERIFY(ack.reply);
    QCOMPARE(ack.reply->messageType(), DhcpMessageType::Ack);
    QCOMPARE(ack.reply->file, QByteArray("undionly.kpxe"));
    QCOMPARE(ack.destination, ip("10.0.0.160"));
    QCOMPARE(ack.port, quint16(68));
    QVERIFY(isNullAddress(ack.reply->yiaddr));
    QVERIFY(!handle(Test::request(DhcpMessageType::Discover, MacA), DhcpResponder::Role::ProxyBoot).reply);
}

QTEST_GUILESS_MAIN(TestDhcpResponder)
#include "tst_dhcpresponder.moc"
