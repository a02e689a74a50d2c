#include "ClientTracker.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Bootcast {

QString stageDisplayName(ClientState::Stage stage)
{
    switch (stage) {
    case ClientState::Stage::Dhcp: return QCoreApplication::translate("Bootcast::ClientState", "DHCP");
    case ClientState::Stage::BootFile: return QCoreApplication::translate("Bootcast::ClientState", "boot file");
    case ClientState::Stage::Ipxe: return QCoreApplication::translate("Bootcast::ClientState", "iPXE");
    case ClientState::Stage::Menu: return QCoreApplication::translate("Bootcast::ClientState", "menu");
    case ClientState::Stage::Kernel: return QCoreApplication::translate("Bootcast::ClientState", "kernel");
    case ClientState::Stage::Initrd: return QCoreApplication::translate("Bootcast::ClientState", "initrd");
    case ClientState::Stage::InstallerDhcp: return QCoreApplication::translate("Bootcast::ClientState", "installer DHCP");
    }
    return QString();
}

ClientTracker::ClientTracker(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_batchTimer.setParent(this);
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(BatchIntervalMsecs);
    connect(&m_batchTimer, &QTimer::timeout, this, &ClientTracker::flush);
    m_stallTimer.setParent(this);
    m_stallTimer.setInterval(1000);
    connect(&m_stallTimer, &QTimer::timeout, this, &ClientTracker::checkStalled);
}

ClientState::Stage ClientTracker::stageForFile(const QString &fileName)
{
    const QString name = fileName.section(u'/', -1).section(u'?', 0, 0).toLower();
    const QString path = fileName.toLower();
    if (name.endsWith(u".ipxe") || name.endsWith(u".cfg") || name.endsWith(u".menu") || path.contains(u"pxelinux.cfg/")
        || name == u"default" || name.endsWith(u".conf"))
        return ClientState::Stage::Menu;
    if (name.startsWith(u"vmlinuz") || name.startsWith(u"bzimage") || name.startsWith(u"linux")
        || name.startsWith(u"kernel") || name == u"wimboot" || name.endsWith(u".krn") || name.startsWith(u"memtest"))
        return ClientState::Stage::Kernel;
    if (name.startsWith(u"initrd") || name.startsWith(u"initramfs") || name.endsWith(u".cpio")
        || name.endsWith(u".cpio.gz") || name.endsWith(u".img") || name.endsWith(u".wim") || name == u"bcd"
        || name.endsWith(u".sdi") || name.endsWith(u".squashfs"))
        return ClientState::Stage::Initrd;
    return ClientState::Stage::BootFile; // *.kpxe, *.efi, *.0, *.com and anything else fetched first
}

ClientState &ClientTracker::stateFor(const TrafficEvent &event)
{
    const qint64 now = event.msecsSinceEpoch ? event.msecsSinceEpoch : m_clock();
    QString key;
    if (!event.mac.isNull()) {
        key = event.mac.toString();
        // A machine first seen by address (proxy mode, or a transfer before any DHCP) becomes known
        // by its MAC: merge. DHCP events carry the leased address as subject; others the peer.
        const bool dhcp = event.service == Service::Dhcp || event.service == Service::ProxyDhcp;
        const QHostAddress address = dhcp && !QHostAddress(event.subject).isNull() ? QHostAddress(event.subject)
                                                                                    : event.peer;
        const auto byAddress = m_keyByAddress.constFind(address.toIPv4Address());
        if (!address.isNull() && byAddress != m_keyByAddress.cend() && byAddress->startsWith(u"ip:")) {
            const QString oldKey = *byAddress;
            ClientState moved = m_clients.take(oldKey);
            m_dirty.remove(oldKey);
            if (!m_clients.contains(key)) {
                moved.key = key;
                m_clients.insert(key, moved);
            }
            m_keyByAddress.insert(address.toIPv4Address(), key);
        }
    } else if (!event.peer.isNull()) {
        const quint32 ip = event.peer.toIPv4Address();
        key = m_keyByAddress.value(ip, QStringLiteral("ip:") + event.peer.toString());
    }
    ClientState &state = m_clients[key];
    if (state.key.isEmpty()) {
        state.key = key;
        state.firstSeenMsecs = now;
    }
    state.lastSeenMsecs = now;
    if (!event.mac.isNull())
        state.mac = event.mac;
    return state;
}

void ClientTracker::reach(ClientState &state, ClientState::Stage stage, qint64 now)
{
    auto &when = state.reachedMsecs[size_t(stage)];
    if (when == 0)
        when = now;
    state.lastStage = qMax(state.lastStage, int(stage));
}

void ClientTracker::consume(const TrafficEvent &event)
{
    using K = TrafficEvent::Kind;
    const bool dhcp = event.service == Service::Dhcp || event.service == Service::ProxyDhcp;
    const bool transfer = event.kind == K::TransferStarted || event.kind == K::TransferProgress
        || event.kind == K::TransferFinished || event.kind == K::TransferFailed;
    if (!(dhcp && (event.kind == K::Offered || event.kind == K::Acked)) && !transfer)
        return;
    if (event.mac.isNull() && event.peer.isNull())
        return;
    if (!m_stallTimer.isActive())
        m_stallTimer.start();

    const qint64 now = event.msecsSinceEpoch ? event.msecsSinceEpoch : m_clock();
    ClientState &state = stateFor(event);
    state.stalled = false;

    if (dhcp) {
        if (event.arch != 0xff)
            state.arch = event.arch;
        const bool ipxe = event.clientFlags & TrafficEvent::IpxeClient;
        const bool booting = event.clientFlags & (TrafficEvent::PxeClient | TrafficEvent::HttpBootClient);
        state.ipxe = state.ipxe || ipxe;
        state.httpBoot = state.httpBoot || (event.clientFlags & TrafficEvent::HttpBootClient);
        if (event.kind == K::Acked && !event.subject.isEmpty()) {
            state.address = QHostAddress(event.subject);
            m_keyByAddress.insert(state.address.toIPv4Address(), state.key);
        }
        if (ipxe)
            reach(state, ClientState::Stage::Ipxe, now);
        else if (!booting && state.reached(ClientState::Stage::Kernel))
            reach(state, ClientState::Stage::InstallerDhcp, now);
        else
            reach(state, ClientState::Stage::Dhcp, now);
        state.lastStep = serviceDisplayName(event.service);
        markDirty(state.key);
        return;
    }

    if (state.address.isNull() && !event.peer.isNull()) {
        state.address = event.peer;
        m_keyByAddress.insert(event.peer.toIPv4Address(), state.key);
    }
    const ClientState::Stage stage = stageForFile(event.subject);
    switch (event.kind) {
    case K::TransferStarted:
        state.transferActive = true;
        state.transferFile = event.subject;
        state.transferBytes = 0;
        state.transferTotal = event.totalBytes;
        state.bytesPerSecond = 0;
        state.etaMsecs = -1;
        break;
    case K::TransferProgress:
        if (state.transferFile == event.subject && event.elapsedMsecs > 0) {
            state.transferActive = true;
            state.transferBytes = event.bytes;
            if (event.totalBytes >= 0)
                state.transferTotal = event.totalBytes;
            state.bytesPerSecond = double(event.bytes) * 1000.0 / double(event.elapsedMsecs);
            state.etaMsecs = state.transferTotal > 0 && state.bytesPerSecond > 0
                ? qint64(double(state.transferTotal - state.transferBytes) * 1000.0 / state.bytesPerSecond)
                : -1;
        }
        break;
    case K::TransferFinished:
        if (state.transferActive && state.transferFile != event.subject) {
            // An earlier file's end reported late (HTTP waits for the client's acknowledgement) while
            // the next one is already coming: the stage counts, the current transfer stays shown.
            if (!(stage == ClientState::Stage::BootFile && state.reached(ClientState::Stage::Ipxe)))
                reach(state, stage, now);
            break;
        }
        state.transferActive = false;
        state.transferFile = event.subject;
        state.transferBytes = event.bytes;
        state.transferTotal = event.bytes;
        state.etaMsecs = 0;
        if (event.elapsedMsecs > 0)
            state.bytesPerSecond = double(event.bytes) * 1000.0 / double(event.elapsedMsecs);
        // Only a completed download moves the boot forward.
        if (!(stage == ClientState::Stage::BootFile && state.reached(ClientState::Stage::Ipxe)))
            reach(state, stage, now);
        break;
    case K::TransferFailed:
        state.transferActive = false;
        break;
    default:
        break;
    }
    state.lastStep = event.subject;
    markDirty(state.key);
}

void ClientTracker::markDirty(const QString &key)
{
    m_dirty.insert(key);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void ClientTracker::flush()
{
    m_batchTimer.stop();
    if (m_dirty.isEmpty())
        return;
    ClientStateList changed;
    for (const QString &key : std::as_const(m_dirty)) {
        const auto it = m_clients.constFind(key);
        if (it != m_clients.cend())
            changed.append(*it);
    }
    m_dirty.clear();
    std::sort(changed.begin(), changed.end(),
              [](const ClientState &a, const ClientState &b) { return a.firstSeenMsecs < b.firstSeenMsecs; });
    emit clientsUpdated(changed);
}

void ClientTracker::checkStalled()
{
    const qint64 now = m_clock();
    for (ClientState &state : m_clients) {
        if (state.stalled)
            continue;
        const qint64 silent = now - state.lastSeenMsecs;
        const bool transferStalled = state.transferActive && silent > TransferStallMsecs;
        const bool bootStalled = state.lastStage >= 0 && state.lastStage < int(ClientState::Stage::Kernel)
            && silent > BootStallMsecs;
        if (transferStalled || bootStalled) {
            state.stalled = true;
            markDirty(state.key);
        }
    }
}

ClientStateList ClientTracker::clients() const
{
    ClientStateList list = m_clients.values();
    std::sort(list.begin(), list.end(),
              [](const ClientState &a, const ClientState &b) { return a.firstSeenMsecs < b.firstSeenMsecs; });
    return list;
}

void ClientTracker::clear()
{
    m_clients.clear();
    m_keyByAddress.clear();
    m_dirty.clear();
    m_stallTimer.stop();
}

} // namespace Bootcast
