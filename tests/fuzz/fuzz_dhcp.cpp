// Fuzz target for the DHCP codec and the protocol logic behind it.
// Invariants: parsing never crashes; what parses re-serialises to something that parses to the
// same packet; the responder answers any parsed packet without crashing, with a parseable reply.

#include "dhcp/BootPolicy.h"
#include "dhcp/DhcpPacket.h"
#include "dhcp/DhcpResponder.h"
#include "dhcp/LeaseStore.h"

#include <cstdint>
#include <cstdlib>

using namespace Bootcast;

namespace {

struct Fixture
{
    Fixture()
    {
        profile.serverAddress = QHostAddress(QStringLiteral("10.0.0.1"));
        profile.dhcp.mode = DhcpMode::Full;
        profile.dhcp.poolBegin = QHostAddress(QStringLiteral("10.0.0.100"));
        profile.dhcp.poolEnd = QHostAddress(QStringLiteral("10.0.0.110"));
        profile.dhcp.router = QHostAddress(QStringLiteral("10.0.0.254"));
        profile.boot.ipxeScript = QStringLiteral("http://10.0.0.1/boot.ipxe");
        profile.boot.files.insert(QStringLiteral("bios"), QStringLiteral("undionly.kpxe"));
        profile.boot.files.insert(QStringLiteral("uefi-x64"), QStringLiteral("ipxe.efi"));
    }
    Profile profile;
    LeaseStore leases;
    BootPolicy policy{BootPolicy::Config{profile.boot.files, true, profile.boot.ipxeScript, QString(),
                                         profile.serverAddress, true, 80}};
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture fixture;
    const auto parsed = DhcpPacket::parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!parsed.ok()) {
        if (parsed.error().isEmpty())
            std::abort();
        return 0;
    }
    const auto again = DhcpPacket::parse(parsed->serialize());
    if (!again.ok() || !(*again == *parsed))
        std::abort();

    for (const auto role : {DhcpResponder::Role::Full, DhcpResponder::Role::Proxy, DhcpResponder::Role::ProxyBoot}) {
        const DhcpResponder responder(fixture.profile, fixture.leases, fixture.policy, role);
        DhcpResponder::Received received;
        received.source = QHostAddress(QStringLiteral("10.0.0.50"));
        received.sourcePort = 68;
        received.now = 1700000000;
        const auto outcome = responder.handle(*parsed, received);
        if (outcome.reply && !DhcpPacket::parse(outcome.reply->serialize()).ok())
            std::abort();
        if (outcome.tentative)
            fixture.leases.offer(*outcome.tentative);
    }
    return 0;
}
